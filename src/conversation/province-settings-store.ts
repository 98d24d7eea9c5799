import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db.js';
import { DEFAULT_LANGUAGE, languageSchema, type Language } from './channel.js';
import { parseOfficeHours, type OfficeHours } from './office-hours.js';
import { provinceSettingsSchema, provinceTemplateVariables, type ProvinceSettings } from './province-settings.js';
import { provinceSettings } from './schema.js';

/** What admins may change: any of the settings; a field left out comes from the configuration. */
export const provinceSettingsOverridesSchema = provinceSettingsSchema
  .partial()
  .strict()
  .refine((overrides) => overrides.officeHours === undefined || isValidOfficeHours(overrides.officeHours), {
    message:
      'office hours are days then HH:mm-HH:mm ranges, e.g. "Mon-Fri 07:30-11:30,13:30-17:00; Sat 07:30-11:30" ' +
      '(or the Vietnamese way: "T2-T6 7h30-11h30, 13h30-17h")',
    path: ['officeHours'],
    params: { reason: 'officeHours' },
  });
export type ProvinceSettingsOverrides = z.infer<typeof provinceSettingsOverridesSchema>;

function isValidOfficeHours(spec: string): boolean {
  try {
    parseOfficeHours(spec);
    return true;
  } catch {
    return false;
  }
}

/**
 * The province's settings in effect: the configuration under what admins changed. Reads are synchronous (templates
 * and the engine ask on every message); the stored row is read again at most every `refreshMs`, so a change made in one
 * process reaches the others within seconds.
 */
export interface ProvinceSettingsSource {
  current(): ProvinceSettings;
  /** The template variables of the current settings in a language (`province.*`, `you`, `You`); default Vietnamese. */
  variables(language?: Language): Record<string, unknown>;
  /** Office hours with the current schedule and holidays. */
  officeHours: OfficeHours;
  /** The stored changes (empty when admins changed nothing). */
  overrides(): ProvinceSettingsOverrides;
  /**
   * Stored changes the current rules refuse (a hotline saved before it had to dial), one per field: those fields read
   * the configuration's value instead. Empty when every stored change is in effect.
   */
  refused(): RefusedSetting[];
  /** The configuration's settings, what a field left out of the changes returns to. */
  base(): ProvinceSettings;
  /** Reads the stored row now (at start, and after a change in this process). */
  refresh(): Promise<void>;
  /** Replaces the stored changes inside the caller's transaction (the admin API commits it with its audit row). */
  save(executor: DbOrTx, overrides: ProvinceSettingsOverrides, updatedBy: string): Promise<void>;
}

export interface ProvinceSettingsSourceOptions {
  db: Db;
  /** The configuration's settings (PROVINCE_*, OFFICE_HOURS, PUBLIC_HOLIDAYS). */
  base: ProvinceSettings;
  refreshMs?: number;
  clock?: () => Date;
  /** Told when a read fails; the settings in use stay. */
  onError?: (error: unknown) => void;
  /** Told once each time the stored changes the rules refuse become different (not their values: no personal data). */
  onRefused?: (refused: RefusedSetting[]) => void;
}

/** A stored change the current rules refuse: the field, zod's issue code and the rule's reason when it names one. */
export interface RefusedSetting {
  field: string;
  issue: string;
  reason?: string;
}

/**
 * The stored changes as this version reads them. A field it does not know is dropped (a newer version wrote it), and so
 * is a value its rules now refuse (a hotline stored before it had to dial): that field falls back to the configuration
 * and the other changes stay. Holidays stored twice, once accepted, are kept once.
 */
function readStoredOverrides(stored: unknown): { overrides: ProvinceSettingsOverrides; refused: RefusedSetting[] } {
  const schema = provinceSettingsSchema.partial();
  const fields: Record<string, unknown> =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? { ...stored } : {};
  if (Array.isArray(fields.holidays)) fields.holidays = [...new Set(fields.holidays)];
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { overrides: parsed.data, refused: [] };
  const refused = new Map<string, RefusedSetting>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (refused.has(field)) continue;
    const reason = 'params' in issue ? (issue.params as { reason?: unknown } | undefined)?.reason : undefined;
    refused.set(field, { field, issue: issue.code, ...(typeof reason === 'string' ? { reason } : {}) });
  }
  const kept = schema.safeParse(Object.fromEntries(Object.entries(fields).filter(([key]) => !refused.has(key))));
  return { overrides: kept.success ? kept.data : {}, refused: [...refused.values()] };
}

/** The variables of every language, computed once per change of the settings (templates ask on every rendering). */
function variablesByLanguage(settings: ProvinceSettings): Record<Language, Record<string, unknown>> {
  return Object.fromEntries(
    languageSchema.options.map((language) => [language, provinceTemplateVariables(settings, language)]),
  ) as Record<Language, Record<string, unknown>>;
}

export function createProvinceSettingsSource(options: ProvinceSettingsSourceOptions): ProvinceSettingsSource {
  const refreshMs = options.refreshMs ?? 5000;
  const clock = options.clock ?? (() => new Date());
  let stored: ProvinceSettingsOverrides = {};
  let refused: RefusedSetting[] = [];
  let settings = options.base;
  let variables = variablesByLanguage(settings);
  let hours = parseOfficeHours(settings.officeHours, settings.holidays);
  let readAt = clock().getTime();
  let reading: Promise<void> | null = null;
  // Reads may end out of order: a background read begun before an admin's change committed can end after the read
  // made for that change. The newest read begun wins; an older one ending later is dropped.
  let readsBegun = 0;
  let newestApplied = 0;

  function apply(overrides: ProvinceSettingsOverrides) {
    stored = overrides;
    settings = { ...options.base, ...overrides };
    variables = variablesByLanguage(settings);
    hours = parseOfficeHours(settings.officeHours, settings.holidays);
  }

  async function refresh() {
    readsBegun += 1;
    const read = readsBegun;
    const [row] = await options.db
      .select({ overrides: provinceSettings.overrides })
      .from(provinceSettings)
      .where(eq(provinceSettings.id, 1));
    if (read < newestApplied) return;
    newestApplied = read;
    const parsed = readStoredOverrides(row?.overrides ?? {});
    apply(parsed.overrides);
    // Told once per different set (every read would repeat it every few seconds).
    if (JSON.stringify(parsed.refused) !== JSON.stringify(refused) && parsed.refused.length > 0)
      options.onRefused?.(parsed.refused);
    refused = parsed.refused;
    readAt = clock().getTime();
  }

  /** Starts a background read when the copy is older than `refreshMs`; callers never wait for it. */
  function maybeRefresh() {
    if (reading || clock().getTime() - readAt < refreshMs) return;
    reading = refresh()
      .catch((error: unknown) => {
        readAt = clock().getTime();
        options.onError?.(error);
      })
      .finally(() => {
        reading = null;
      });
  }

  return {
    current() {
      maybeRefresh();
      return settings;
    },
    variables(language = DEFAULT_LANGUAGE) {
      maybeRefresh();
      return variables[language];
    },
    officeHours: {
      isOpen: (at) => {
        maybeRefresh();
        return hours.isOpen(at);
      },
      nextOpening: (at) => {
        maybeRefresh();
        return hours.nextOpening(at);
      },
    },
    overrides: () => stored,
    refused: () => refused,
    base: () => options.base,
    refresh,
    async save(executor, overrides, updatedBy) {
      await executor
        .insert(provinceSettings)
        .values({ id: 1, overrides, updatedBy, updatedAt: clock() })
        .onConflictDoUpdate({ target: provinceSettings.id, set: { overrides, updatedBy, updatedAt: clock() } });
    },
  };
}
