/** One commune of the catalogue: what the name lookup needs of the LGSP's administrative units. */
export interface CommuneUnit {
  code: string;
  name: string;
}

export type CommuneCatalogueResult = { status: 'ok'; value: CommuneUnit[] } | { status: 'not_found' | 'unavailable' };

/**
 * Commune code → name, from the LGSP's catalogue of the province (`PROVINCE_CODE`, the one feedback places are matched
 * in). Kept in memory for `ttlMs` (a fan-out renders thousands of messages a minute; the LGSP client caches the
 * catalogue in Redis for a day besides); a failed read is tried again after a minute.
 */
export function createCommuneNames(options: {
  load: () => Promise<CommuneCatalogueResult>;
  ttlMs?: number;
  clock?: () => number;
}): (code: string) => Promise<string | null> {
  const ttlMs = options.ttlMs ?? 3_600_000;
  const clock = options.clock ?? Date.now;
  let names: Map<string, string> | null = null;
  let until = 0;
  let loading: Promise<void> | null = null;

  async function load() {
    const result = await options.load().catch(() => ({ status: 'unavailable' as const }));
    if (result.status === 'ok') {
      names = new Map(result.value.map((unit) => [unit.code, unit.name]));
      until = clock() + ttlMs;
    } else {
      until = clock() + 60_000;
    }
  }

  return async (code) => {
    if (clock() >= until) {
      loading ??= load().finally(() => (loading = null));
      await loading;
    }
    return names?.get(code) ?? null;
  };
}
