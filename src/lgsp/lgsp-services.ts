import { getPath } from '../kernel/index.js';
import { parseTaxCode } from './parse-codes.js';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../platform/logger.js';
import type { LgspCache } from './lgsp-cache.js';
import type { CallOptions, CallOutcome, LgspClient } from './lgsp-client.js';
import {
  convertRawToBusiness,
  convertRawToDossier,
  convertRawToFeedbackCategory,
  convertRawToFeedbackTicket,
  convertRawToProcedure,
  convertRawToProcedureSummary,
  convertRawToUnit,
  formatDateTime,
  type Converted,
} from './mapping.js';
import {
  administrativeUnitSchema,
  businessSchema,
  dossierSchema,
  feedbackCategorySchema,
  feedbackSubmissionSchema,
  procedureSchema,
  procedureSearchResultSchema,
  type AdministrativeUnit,
  type Business,
  type Dossier,
  type FeedbackCategory,
  type FeedbackStatus,
  type FeedbackSubmission,
  type FeedbackTicket,
  type LookupResult,
  type Procedure,
  type ProcedureSearchResult,
  type WriteResult,
} from './model.js';
import type { ServiceName } from './profile.js';

/** Cache lifetimes per kind of data, in seconds. */
export interface LgspCacheTtls {
  dossierSeconds: number;
  procedureSeconds: number;
  catalogueSeconds: number;
}

export const DEFAULT_CACHE_TTLS: LgspCacheTtls = {
  dossierSeconds: 60,
  procedureSeconds: 3600,
  catalogueSeconds: 86_400,
};

/** How far back "my dossiers" looks, in days. */
const DOSSIERS_BY_PHONE_DAYS = 365;

export interface LgspServicesDeps {
  client: LgspClient;
  cache: LgspCache;
  logger: Logger;
  clock?: () => Date;
  ttls?: Partial<LgspCacheTtls>;
}

export interface LgspServices {
  dossiers: {
    /** One dossier with its history; `fresh` skips the cache (the watch job). */
    get(code: string, options?: { fresh?: boolean }): Promise<LookupResult<Dossier>>;
    /** Dossiers filed under a phone number the citizen shared through Zalo; never a number typed in chat. */
    listByPhone(phone: string): Promise<LookupResult<Dossier[]>>;
  };
  procedures: {
    search(words: string, limit?: number): Promise<LookupResult<ProcedureSearchResult>>;
    get(code: string): Promise<LookupResult<Procedure>>;
    /**
     * One page of the whole catalogue (the search service with an empty keyword), never cached: what the catalogue
     * refresh reads. `total` is what the LGSP says the catalogue holds, when it says.
     */
    listPage(
      page: number,
      size: number,
    ): Promise<LookupResult<{ total: number | undefined; items: ProcedureSearchResult['items'] }>>;
  };
  businesses: {
    /** `not_found` also for a tax code whose check digit is wrong (no such business can exist). */
    get(taxCode: string): Promise<LookupResult<Business>>;
  };
  catalogue: {
    provinces(): Promise<LookupResult<AdministrativeUnit[]>>;
    communes(provinceCode: string): Promise<LookupResult<AdministrativeUnit[]>>;
    feedbackCategories(): Promise<LookupResult<FeedbackCategory[]>>;
  };
  pakn: {
    uploadAttachment(file: {
      name: string;
      contentType: string;
      content: Buffer;
    }): Promise<WriteResult<{ fileId: string }>>;
    submit(submission: FeedbackSubmission): Promise<WriteResult<{ lgspId: string; status: FeedbackStatus }>>;
    status(lgspId: string): Promise<LookupResult<FeedbackTicket>>;
  };
  health(): ReturnType<LgspClient['health']>;
  activity(): ReturnType<LgspClient['activity']>;
}

const UNAVAILABLE = { status: 'unavailable' } as const;
const NOT_FOUND = { status: 'not_found' } as const;

/** Our services on top of the client: conversion into our model, caching, and outcomes as values. */
export function createLgspServices(deps: LgspServicesDeps): LgspServices {
  const { client, cache } = deps;
  const profile = client.profile;
  const logger = deps.logger.child({ module: 'lgsp' });
  const clock = deps.clock ?? (() => new Date());
  const ttls = { ...DEFAULT_CACHE_TTLS, ...deps.ttls };

  /** A converted value, or undefined after logging which fields did not fit (never their values). */
  function fit<T>(service: ServiceName, converted: Converted<T>): T | undefined {
    if (converted.ok) return converted.value;
    logger.warn(
      { service, profile: profile.name, issues: converted.issues.slice(0, 20) },
      'LGSP answer does not fit the profile',
    );
    return undefined;
  }

  function list<T>(service: ServiceName, raw: unknown, convert: (raw: unknown) => Converted<T>): T[] | undefined {
    if (raw === null || raw === undefined) return [];
    if (!Array.isArray(raw)) {
      logger.warn({ service, profile: profile.name, shape: typeof raw }, 'LGSP answer is not a list');
      return undefined;
    }
    const out: T[] = [];
    for (const item of raw) {
      const value = fit(service, convert(item));
      if (value === undefined) return undefined;
      out.push(value);
    }
    return out;
  }

  /** The single record of a lookup (some profiles wrap it in a list); null when there is none. */
  function single(service: ServiceName, outcome: Extract<CallOutcome, { kind: 'ok' }>): unknown {
    const result = outcome.result;
    if (profile.services[service]?.resultIsList) return Array.isArray(result) ? (result[0] ?? null) : undefined;
    return result ?? null;
  }

  function readOutcome(
    service: ServiceName,
    outcome: CallOutcome,
  ): Extract<CallOutcome, { kind: 'ok' }> | 'not_found' | 'unavailable' {
    if (outcome.kind === 'ok') return outcome;
    if (outcome.kind === 'rejected') {
      // A 404 from a REST-style gateway is an answer; other refusals of a read mean we asked wrongly.
      if (outcome.status === 404) return 'not_found';
      logger.warn({ service, status: outcome.status, code: outcome.code }, 'LGSP refused a read');
    }
    return 'unavailable';
  }

  async function cached<S extends z.ZodType>(
    service: ServiceName,
    key: string,
    schema: S,
    ttlSeconds: number,
    load: () => Promise<LookupResult<z.output<S>>>,
    options: { fresh?: boolean; keepLastGood?: boolean } = {},
  ): Promise<LookupResult<z.output<S>>> {
    if (!options.fresh) {
      const hit = await cache.get(service, key, schema);
      if (hit !== undefined) return { status: 'ok', value: hit };
    }
    const result = await load();
    if (result.status === 'ok') {
      await cache.set(service, key, result.value, ttlSeconds);
      if (options.keepLastGood) await cache.setLastGood(service, key, result.value);
    } else if (result.status === 'unavailable' && options.keepLastGood) {
      const stale = await cache.getLastGood(service, key, schema);
      if (stale !== undefined) return { status: 'ok', value: stale };
    }
    return result;
  }

  const codeSchema = z.string().trim().min(1).max(64);

  const services: LgspServices = {
    dossiers: {
      get(code, options = {}) {
        const parsed = codeSchema.safeParse(code);
        if (!parsed.success) return Promise.resolve(NOT_FOUND);
        return cached(
          'dossierGet',
          parsed.data.toUpperCase(),
          dossierSchema,
          ttls.dossierSeconds,
          async () => {
            const outcome = readOutcome('dossierGet', await client.call('dossierGet', { code: parsed.data }));
            if (typeof outcome === 'string') return { status: outcome };
            const raw = single('dossierGet', outcome);
            if (raw === null) return NOT_FOUND;
            const dossier = fit('dossierGet', convertRawToDossier(profile, raw));
            return dossier ? { status: 'ok', value: dossier } : UNAVAILABLE;
          },
          options,
        );
      },
      async listByPhone(phone) {
        const parsed = z
          .string()
          .regex(/^0\d{9}$/)
          .safeParse(phone);
        if (!parsed.success) return NOT_FOUND;
        const since = new Date(clock().getTime() - DOSSIERS_BY_PHONE_DAYS * 86_400_000).toISOString();
        // Keyed by a hash: a phone number must not appear in Redis keys.
        const key = createHash('sha256').update(parsed.data).digest('hex').slice(0, 32);
        return cached('dossierListByPhone', key, z.array(dossierSchema), ttls.dossierSeconds, async () => {
          const outcome = readOutcome(
            'dossierListByPhone',
            await client.call('dossierListByPhone', {
              phone: parsed.data,
              from: formatDateTime(since, profile.dateTimeFormat),
            }),
          );
          if (typeof outcome === 'string') return { status: outcome };
          const dossiers = list('dossierListByPhone', outcome.result, (raw) => convertRawToDossier(profile, raw));
          if (dossiers === undefined) return UNAVAILABLE;
          return dossiers.length === 0 ? NOT_FOUND : { status: 'ok', value: dossiers };
        });
      },
    },
    procedures: {
      async search(words, limit = 5) {
        const query = words.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
        if (query.length === 0 || query.length > 200) return NOT_FOUND;
        const size = Math.min(Math.max(limit, 1), 20);
        // Hashed: what citizens type stays out of Redis key names.
        const key = `${size}:${createHash('sha256').update(query).digest('hex').slice(0, 32)}`;
        return cached('procedureSearch', key, procedureSearchResultSchema, ttls.procedureSeconds, async () => {
          const outcome = readOutcome(
            'procedureSearch',
            await client.call('procedureSearch', { words: query, page: 1, size }),
          );
          if (typeof outcome === 'string') return { status: outcome };
          const items = list('procedureSearch', outcome.result, (raw) => convertRawToProcedureSummary(profile, raw));
          if (items === undefined) return UNAVAILABLE;
          if (items.length === 0) return NOT_FOUND;
          const total = z.coerce.number().int().safeParse(outcome.total);
          return {
            status: 'ok',
            value: { total: total.success ? total.data : items.length, items: items.slice(0, size) },
          };
        });
      },
      async listPage(page, size) {
        const outcome = readOutcome('procedureSearch', await client.call('procedureSearch', { words: '', page, size }));
        if (typeof outcome === 'string') return { status: outcome };
        const items = list('procedureSearch', outcome.result, (raw) => convertRawToProcedureSummary(profile, raw));
        if (items === undefined) return UNAVAILABLE;
        const total = z.coerce.number().int().min(0).safeParse(outcome.total);
        return { status: 'ok', value: { total: total.success ? total.data : undefined, items } };
      },
      get(code) {
        const parsed = codeSchema.safeParse(code);
        if (!parsed.success) return Promise.resolve(NOT_FOUND);
        return cached('procedureGet', parsed.data, procedureSchema, ttls.procedureSeconds, async () => {
          const outcome = readOutcome('procedureGet', await client.call('procedureGet', { code: parsed.data }));
          if (typeof outcome === 'string') return { status: outcome };
          const raw = single('procedureGet', outcome);
          if (raw === null) return NOT_FOUND;
          const procedure = fit('procedureGet', convertRawToProcedure(profile, raw));
          return procedure ? { status: 'ok', value: procedure } : UNAVAILABLE;
        });
      },
    },
    businesses: {
      async get(taxCode) {
        const normalized = parseTaxCode(taxCode);
        if (normalized === null) return NOT_FOUND;
        return cached('businessGet', normalized, businessSchema, ttls.procedureSeconds, async () => {
          const outcome = readOutcome('businessGet', await client.call('businessGet', { taxCode: normalized }));
          if (typeof outcome === 'string') return { status: outcome };
          const raw = single('businessGet', outcome);
          if (raw === null) return NOT_FOUND;
          const business = fit('businessGet', convertRawToBusiness(profile, raw));
          return business ? { status: 'ok', value: business } : UNAVAILABLE;
        });
      },
    },
    catalogue: {
      provinces: () => catalogue(profile.catalogues.provinces, undefined),
      communes: (provinceCode) => catalogue(profile.catalogues.communes, provinceCode),
      feedbackCategories: () =>
        cached(
          'feedbackCategories',
          'all',
          z.array(feedbackCategorySchema),
          ttls.catalogueSeconds,
          async () => {
            const outcome = readOutcome('feedbackCategories', await client.call('feedbackCategories', {}));
            if (typeof outcome === 'string') return { status: outcome };
            const categories = list('feedbackCategories', outcome.result, (raw) =>
              convertRawToFeedbackCategory(profile, raw),
            );
            return categories ? { status: 'ok', value: categories } : UNAVAILABLE;
          },
          { keepLastGood: true },
        ),
    },
    pakn: {
      async uploadAttachment(file) {
        const field = profile.services.feedbackUpload?.params.file ?? 'file';
        const options: CallOptions = {
          file: { field, name: file.name, contentType: file.contentType, content: file.content },
        };
        const outcome = await client.call('feedbackUpload', {}, options);
        if (outcome.kind === 'rejected')
          return { status: 'invalid', reason: outcome.message ?? `rejected (${outcome.status})` };
        if (outcome.kind === 'unavailable') return UNAVAILABLE;
        const fileId = getPath(outcome.result, profile.fields.upload.fileId);
        if (typeof fileId !== 'string') {
          logger.warn({ service: 'feedbackUpload' }, 'LGSP upload answer has no file id');
          return UNAVAILABLE;
        }
        return { status: 'ok', value: { fileId } };
      },
      async submit(submission) {
        const parsed = feedbackSubmissionSchema.safeParse(submission);
        if (!parsed.success)
          return { status: 'invalid', reason: parsed.error.issues.map((i) => i.path.join('.')).join(', ') };
        const outcome = await client.call('feedbackSubmit', parsed.data);
        if (outcome.kind === 'rejected')
          return { status: 'invalid', reason: outcome.message ?? `rejected (${outcome.status})` };
        if (outcome.kind === 'unavailable') return UNAVAILABLE;
        const ticket = fit('feedbackSubmit', convertRawToFeedbackTicket(profile, outcome.result));
        return ticket ? { status: 'ok', value: { lgspId: ticket.lgspId, status: ticket.status } } : UNAVAILABLE;
      },
      async status(lgspId) {
        const outcome = readOutcome('feedbackStatus', await client.call('feedbackStatus', { lgspId }));
        if (typeof outcome === 'string') return { status: outcome };
        if (outcome.result === null || outcome.result === undefined) return NOT_FOUND;
        const ticket = fit('feedbackStatus', convertRawToFeedbackTicket(profile, outcome.result));
        return ticket ? { status: 'ok', value: ticket } : UNAVAILABLE;
      },
    },
    health: () => client.health(),
    activity: () => client.activity(),
  };

  function catalogue(code: string, parent: string | undefined): Promise<LookupResult<AdministrativeUnit[]>> {
    return cached(
      'catalogue',
      `${code}:${parent ?? ''}`,
      z.array(administrativeUnitSchema),
      ttls.catalogueSeconds,
      async () => {
        const outcome = readOutcome('catalogue', await client.call('catalogue', { catalogue: code, parent }));
        if (typeof outcome === 'string') return { status: outcome };
        const units = list('catalogue', outcome.result, (raw) => convertRawToUnit(profile, raw));
        return units ? { status: 'ok', value: units } : UNAVAILABLE;
      },
      { keepLastGood: true },
    );
  }

  return services;
}
