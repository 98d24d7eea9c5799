/** Weights of the first nine digits of a Vietnamese tax code (mã số thuế) in its check-digit formula. */
const TAX_CODE_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * Normalises a tax code (10 digits, or 10 + `-` + 3 for a branch; spaces and dots ignored) and checks its check
 * digit: the tenth digit equals 10 − (Σ weightᵢ·digitᵢ mod 11); codes whose formula gives 10 do not exist.
 */
export function normalizeTaxCode(input: string): string | null {
  const compact = input.replace(/[\s.]/g, '');
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(compact);
  if (!match?.[1]) return null;
  const digits = [...match[1]].map(Number);
  const sum = TAX_CODE_WEIGHTS.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
  const check = 10 - (sum % 11);
  if (check > 9 || check !== digits[9]) return null;
  return match[2] ? `${match[1]}-${match[2]}` : match[1];
}
