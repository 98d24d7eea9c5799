/** A bench's `--name value` options, read from its arguments with their bounds checked. */
export function benchArgs(args: readonly string[]) {
  const raw = (name: string): string | undefined => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  /** `--name <number>` within min..max (a whole number unless `fraction`), or `fallback` when absent. */
  const number = (name: string, fallback: number, min: number, max: number, fraction = false): number => {
    const value = raw(name) === undefined ? fallback : Number(raw(name));
    const valid = fraction ? Number.isFinite(value) : Number.isInteger(value);
    if (!valid || value < min || value > max) throw new Error(`--${name} expects ${min}..${max}`);
    return value;
  };
  return { raw, number, flag: (name: string) => args.includes(`--${name}`) };
}
