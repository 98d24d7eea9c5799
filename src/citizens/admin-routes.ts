import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { parsePhone } from '../conversation/index.js';
import type { RecordAdminChange } from '../platform/admin-change.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db, DbOrTx } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import type { PersonalDataHolder } from './personal-data.js';
import { citizens } from './schema.js';

export interface CitizensAdminApiDeps {
  db: Db;
  /** Every holder of personal data (`src/personal-data-holders.ts`), the same the chat's "dữ liệu của tôi" uses. */
  holders: readonly PersonalDataHolder[];
  /** The citizen who filed a feedback ticket (a letter often quotes its number); null when none or anonymised. */
  citizenOfTicket: (db: DbOrTx, number: string) => Promise<string | null>;
  audit: RecordAdminChange;
}

const route = apiRoutes<CitizensAdminApiDeps>();
const canManage = { permission: 'citizens.data' } as const;

const citizenIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[0-9A-Za-z_-]+$/, 'a Zalo user id')
  .meta({ description: "The citizen's Zalo user id for this OA" });
const itemSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
const holderViewSchema = z
  .object({
    name: z.string().meta({ description: '`feedback`, `follows`, `subscriptions`, `handoffs`, `contact`' }),
    count: z.number().int(),
    items: z.array(itemSchema).nullable().meta({ description: 'Item by item; null: this kind is counted only' }),
  })
  .meta({ id: 'PersonalDataHolderView' });
const personalDataSchema = z
  .object({
    citizenId: z.string(),
    known: z.boolean().meta({ description: 'Whether the service has a record of this citizen at all' }),
    holders: z.array(holderViewSchema),
    total: z.number().int(),
  })
  .meta({ id: 'CitizenPersonalData' });
const requestSchema = z.object({
  reference: z
    .string()
    .trim()
    .min(3)
    .max(200)
    .meta({ description: 'The request it answers: letter number and date, or the desk case number (audited)' }),
});
const findSchema = requestSchema
  .extend({
    ticketNumber: z.string().trim().min(1).max(64).optional().meta({ example: 'PA-ZL-2026-000123' }),
    phone: z
      .string()
      .trim()
      .max(32)
      // At least a phone number's digits: fewer (or none) would match citizens who shared no phone at all.
      .refine((value) => value.replace(/\D/g, '').length >= 9, 'a phone number has at least 9 digits')
      .optional()
      .meta({ description: 'The phone the citizen shared in chat' }),
  })
  .refine((body) => (body.ticketNumber === undefined) !== (body.phone === undefined), {
    message: 'give exactly one of ticketNumber and phone',
  });

async function viewOf(deps: CitizensAdminApiDeps, citizenId: string): Promise<z.output<typeof personalDataSchema>> {
  const [record] = await deps.db
    .select({ id: citizens.zaloUserId })
    .from(citizens)
    .where(eq(citizens.zaloUserId, citizenId))
    .limit(1);
  const holders = [];
  for (const holder of deps.holders) {
    const count = await holder.count(deps.db, citizenId);
    const items = holder.describe ? await holder.describe(deps.db, citizenId) : null;
    holders.push({ name: holder.name, count, items });
  }
  return {
    citizenId,
    known: record !== undefined,
    holders,
    total: holders.reduce((sum, holder) => sum + holder.count, 0),
  };
}

/**
 * A citizen's personal data on a request made outside the chat (Law 91/2025/QH15, Decree 356/2025: a letter, a visit
 * to the one-stop shop): an admin finds the citizen by a ticket number or the phone they shared, sees what is kept,
 * and erases it exactly as "xóa dữ liệu của tôi" does in chat. Every look and every erasure is audited with the
 * request's reference; the audit row holds counts, never the data.
 */
export const citizensAdminApi = defineApiModule<CitizensAdminApiDeps, CitizensAdminApiDeps>(
  [
    {
      prefix: '/citizens',
      tag: {
        name: 'Citizens',
        description: "A citizen's personal data shown and erased on a request made outside the chat",
      },
      routes: [
        route({
          method: 'post',
          path: '/personal-data/find',
          operationId: 'findCitizenPersonalData',
          summary: 'Find a citizen and show their personal data (by ticket number or phone)',
          description:
            'The citizens the request points at (a ticket number names one; a phone shared in chat may name several), each with what is kept about them. POST so the phone stays out of URLs and logs. Audited as `citizen.data.find` (the reference and the number of matches).',
          access: canManage,
          body: findSchema,
          response: z.object({ items: z.array(personalDataSchema) }),
          async handler({ body, req, res }, deps) {
            let ids: string[] = [];
            if (body.ticketNumber !== undefined) {
              const id = await deps.citizenOfTicket(deps.db, body.ticketNumber);
              ids = id === null ? [] : [id];
            } else if (body.phone !== undefined) {
              const phone = parsePhone(body.phone) ?? body.phone;
              const digits = phone.replace(/\D/g, '');
              const rows = await deps.db
                .select({ id: citizens.zaloUserId })
                .from(citizens)
                .where(sql`regexp_replace(coalesce(${citizens.contactPhone}, ''), '\\D', '', 'g') = ${digits}`)
                .limit(20);
              ids = rows.map((row) => row.id);
            }
            const items = [];
            for (const id of ids) items.push(await viewOf(deps, id));
            await deps.db.transaction((tx) =>
              deps.audit(tx, req, res, {
                action: 'citizen.data.find',
                target: { type: 'citizen_request', id: body.reference },
                after: { by: body.ticketNumber === undefined ? 'phone' : 'ticket', matches: ids.length },
              }),
            );
            return { items };
          },
        }),
        route({
          method: 'post',
          path: '/:citizenId/personal-data',
          operationId: 'showCitizenPersonalData',
          summary: 'Show what is kept about a citizen',
          description:
            'Each kind of data with its count and, where the module lists them, its items (tickets, the shared contact). Audited as `citizen.data.read` with the reference.',
          access: canManage,
          params: z.object({ citizenId: citizenIdSchema }),
          body: requestSchema,
          response: personalDataSchema,
          errors: { 404: '`NOT_FOUND`: no record and no data of this citizen' },
          async handler({ params, body, req, res }, deps) {
            const view = await viewOf(deps, params.citizenId);
            if (!view.known && view.total === 0) throw PlatformErrors.notFound('citizen');
            await deps.db.transaction((tx) =>
              deps.audit(tx, req, res, {
                action: 'citizen.data.read',
                target: { type: 'citizen', id: params.citizenId },
                after: { reference: body.reference, total: view.total },
              }),
            );
            return view;
          },
        }),
        route({
          method: 'post',
          path: '/:citizenId/personal-data/erase',
          operationId: 'eraseCitizenPersonalData',
          summary: 'Erase what is kept about a citizen',
          description:
            'As "xóa dữ liệu của tôi" in chat: feedback tickets anonymised (number, category, unit, status and dates stay for statistics; the LGSP keeps its copy), dossier follows, announcement topics and the shared contact erased (a refusal of every announcement stays), the announcements received no longer naming the citizen (their delivery outcomes stay counted). Idempotent: repeat it after a failure. Audited as `citizen.data.erase.request` (with the reference) before anything is erased, then as `citizen.data.erase` with the counts erased.',
          access: canManage,
          params: z.object({ citizenId: citizenIdSchema }),
          body: requestSchema,
          response: z.object({
            citizenId: z.string(),
            erased: z.record(z.string(), z.number().int()).meta({ description: 'Items erased per kind' }),
          }),
          errors: { 404: '`NOT_FOUND`: no record and no data of this citizen' },
          async handler({ params, body, req, res }, deps) {
            const view = await viewOf(deps, params.citizenId);
            if (!view.known && view.total === 0) throw PlatformErrors.notFound('citizen');
            // The request is on record before anything is erased: an erasure that fails half-way (or whose last
            // audit row is lost) is never an unaudited one. The repeat after a failure is audited the same way.
            await deps.db.transaction((tx) =>
              deps.audit(tx, req, res, {
                action: 'citizen.data.erase.request',
                target: { type: 'citizen', id: params.citizenId },
                before: { total: view.total },
                after: { reference: body.reference },
              }),
            );
            const erased: Record<string, number> = {};
            // Each holder erases in its own transactions (anonymising tickets goes in batches); all are idempotent.
            for (const holder of deps.holders) erased[holder.name] = await holder.erase(deps.db, params.citizenId);
            await deps.db.transaction((tx) =>
              deps.audit(tx, req, res, {
                action: 'citizen.data.erase',
                target: { type: 'citizen', id: params.citizenId },
                before: { total: view.total },
                after: { reference: body.reference, erased },
              }),
            );
            return { citizenId: params.citizenId, erased };
          },
        }),
      ],
    },
  ],
  (deps) => deps,
);
