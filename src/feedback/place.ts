import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { defineInputType, foldText, type InputTypeDefinition } from '../conversation/index.js';
import type { AdministrativeUnit } from '../lgsp/index.js';

/** Longest place a citizen may type. */
const PLACE_TEXT_MAX = 300;

/** The answer to "where is it?": a location shared in Zalo, or words (a commune, a street). */
export const placeAnswerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('location'),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    address: z.string().max(500).optional(),
  }),
  z.object({ kind: z.literal('text'), text: z.string().min(1).max(PLACE_TEXT_MAX) }),
]);
export type PlaceAnswer = z.infer<typeof placeAnswerSchema>;

/** Input type `place`: where the problem is. */
export const PLACE_INPUT_TYPES: readonly InputTypeDefinition[] = [
  defineInputType({
    type: 'place',
    description:
      'Where something is: a shared location → { kind: location, latitude, longitude, address }, or typed words (a commune, a street) → { kind: text, text }.',
    invalidTemplate: 'feedback:intake.place_invalid',
    examples: ['xã Yên Phong', 'thôn Đông, phuong kinh bac'],
    takesWords: true,
    interpret(payload) {
      if (payload.kind === 'location') {
        return {
          kind: 'value',
          value: {
            kind: 'location',
            latitude: payload.latitude,
            longitude: payload.longitude,
            ...(payload.address ? { address: payload.address } : {}),
          },
        };
      }
      if (payload.kind !== 'text') return { kind: 'invalid' };
      const text = payload.text.trim();
      if (text.length === 0 || text.startsWith('#') || [...text].length > PLACE_TEXT_MAX) return { kind: 'invalid' };
      return { kind: 'value', value: { kind: 'text', text } };
    },
  }),
];

/** Words naming the kind of a commune-level unit since July 2025 (folded): what citizens may type or leave out. */
const UNIT_KINDS = ['dac khu', 'thi tran', 'phuong', 'xa'];

function withoutKind(folded: string): string {
  for (const kind of UNIT_KINDS) if (folded.startsWith(`${kind} `)) return folded.slice(kind.length + 1);
  return folded;
}

/** The catalogue's communes with their names folded, in full and without the kind word ("phuong kinh bac", "kinh bac"). */
function foldedUnits(communes: readonly AdministrativeUnit[]) {
  return communes.map((unit) => {
    const full = foldText(unit.name);
    return { unit, full, base: withoutKind(full) };
  });
}

/** The one unit whose name (in full or without its kind) is the longest among the hits; null when several tie. */
function onlyLongest(hits: ReturnType<typeof foldedUnits>, key: 'full' | 'base'): AdministrativeUnit | null {
  const longest = Math.max(...hits.map((hit) => hit[key].length));
  const top = hits.filter((hit) => hit[key].length === longest);
  return top.length === 1 ? (top[0]?.unit ?? null) : null;
}

/**
 * The commune a citizen's words name, matched loosely against the catalogue (without diacritics, with or without
 * "xã"/"phường", inside a longer address, or with a typo): null when none or several fit equally.
 */
export function findCommune(answer: string, communes: readonly AdministrativeUnit[]): AdministrativeUnit | null {
  const folded = foldText(answer);
  if (folded.length < 2) return null;
  const padded = ` ${folded} `;
  const units = foldedUnits(communes);
  const byFullName = units.filter((hit) => padded.includes(` ${hit.full} `));
  if (byFullName.length > 0) return onlyLongest(byFullName, 'full');
  const byName = units.filter((hit) => hit.base.length >= 3 && padded.includes(` ${hit.base} `));
  if (byName.length > 0) return onlyLongest(byName, 'base');
  // A typo in the name alone ("yen phog"): one edit for short names, two for long ones.
  const typed = withoutKind(folded);
  if (typed.length < 4) return null;
  const near = units.filter((hit) => distance(typed, hit.base) <= (hit.base.length >= 9 ? 2 : 1));
  return near.length === 1 ? (near[0]?.unit ?? null) : null;
}

/**
 * The commune a report's description names in full, its kind included ("đèn đường ở phường Kinh Bắc hỏng"): the place
 * offered before the citizen is asked for one. A bare name is not enough in prose ("phố Yên Phong" is a street), nor a
 * typo; null when none or several fit equally.
 */
export function findCommuneNamedIn(text: string, communes: readonly AdministrativeUnit[]): AdministrativeUnit | null {
  // Folding keeps dots (codes, numbers): a sentence's full stop is not part of the name before it.
  const padded = ` ${foldText(text).replace(/\./g, ' ')} `;
  const named = foldedUnits(communes).filter((hit) => hit.base !== hit.full && padded.includes(` ${hit.full} `));
  return named.length > 0 ? onlyLongest(named, 'full') : null;
}
