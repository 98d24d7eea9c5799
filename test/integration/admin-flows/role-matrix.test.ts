import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { ADMIN_ROLES, type AdminRole } from '../../../src/admin/index.js';
import { announcements } from '../../../src/announcements/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { AdminApi, createAccount, signInFirstAdmin, ZaloCitizens, type ApiResponse } from './clients.js';

const HELP_YAML = fs.readFileSync(new URL('../../../flows/help.yaml', import.meta.url), 'utf8');
const CORE_VI: unknown = JSON.parse(
  fs.readFileSync(new URL('../../../templates/vi/core.json', import.meta.url), 'utf8'),
);
const ANNOUNCEMENT_CONTENT = {
  vi: { title: 'Thông báo', text: 'Kính gửi {{name}}: lịch tiêm chủng tại {{commune}}.' },
};
const CANNED_REPLY = {
  title: 'Giờ làm việc',
  content: { vi: { text: 'Bộ phận một cửa làm việc từ thứ Hai đến thứ Sáu.' } },
};
const README = fs.readFileSync(new URL('../../../src/admin/README.md', import.meta.url), 'utf8');

/** The roles table as documented in src/admin/README.md: permission → roles with a tick. */
function documentedPermissions(): Map<string, AdminRole[]> {
  const lines = README.split('\n');
  const columns = (lines.find((line) => line.startsWith('| Permission')) ?? '').split('|').map((cell) => cell.trim());
  const table = new Map<string, AdminRole[]>();
  for (const line of lines) {
    const cells = line.split('|').map((cell) => cell.trim());
    const permission = /^`([a-z.]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!permission || !cells.slice(2, 7).every((cell) => cell === '' || cell === '✓')) continue;
    table.set(
      permission,
      ADMIN_ROLES.filter((role) => cells[columns.indexOf(role)] === '✓'),
    );
  }
  return table;
}

/** What a route needs: a permission of the table, any signed-in caller, or nothing at all. */
type Needs = { permission: string } | 'signed-in' | 'public';

interface RouteCase {
  method: string;
  /** The route as mounted, with express parameters (`/api/admin/accounts/:id`). */
  route: string;
  needs: Needs;
  /** The answer a caller who may use the route gets. */
  ok: number;
  /** Path and body to send; called only for callers the table lets through (fixtures are made per call). */
  request: (
    ctx: CaseContext,
  ) =>
    | Promise<{ path: string; body?: unknown; contentType?: string }>
    | { path: string; body?: unknown; contentType?: string };
}

interface CaseContext {
  role: AdminRole;
  client: AdminApi;
}

describe('roles as documented', () => {
  let system: TestSystem;
  let admin: AdminApi;
  let citizens: ZaloCitizens;
  let dummyId: string;
  let talkingCitizen: string;
  let secondApprover: AdminApi;
  const permissions = documentedPermissions();

  /** A citizen who asked for an official: an open handoff and a conversation to answer. */
  async function openHandoff(name: string): Promise<{ citizenId: string; handoffId: string }> {
    const citizenId = await citizens.create(name);
    await citizens.say(citizenId, { type: 'follow' });
    await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
    const open = await admin.request('GET', '/conversations/handoffs?limit=100');
    const handoff = (open.body.items as Array<{ id: string; citizenId: string }>).find(
      (item) => item.citizenId === citizenId,
    );
    if (!handoff) throw new Error('no handoff opened');
    return { citizenId, handoffId: handoff.id };
  }

  /** An announcement the first admin wrote, taken to `status` (approved by a second approver when needed); its id. */
  async function announcement(status: 'draft' | 'submitted' | 'approved' | 'scheduled' | 'paused'): Promise<string> {
    const created = await admin.request('POST', '/announcements', { content: ANNOUNCEMENT_CONTENT });
    if (created.status !== 201) throw new Error(`creating an announcement answered ${created.status}`);
    const id = String(created.body.id);
    const steps: Array<[AdminApi, string, unknown]> = [
      [admin, 'submit', undefined],
      [secondApprover, 'approve', undefined],
      // Far ahead: nothing is sent during the matrix.
      [admin, 'schedule', { sendAt: '2099-01-01T00:00:00Z' }],
      [admin, 'pause', undefined],
    ];
    const wanted = ['draft', 'submitted', 'approved', 'scheduled', 'paused'].indexOf(status);
    for (const [client, step, body] of steps.slice(0, wanted)) {
      const answer = await client.request('POST', `/announcements/${id}/${step}`, body);
      if (answer.status !== 200) throw new Error(`${step} answered ${answer.status}`);
    }
    return id;
  }

  /** A canned reply the first admin wrote; its id. */
  async function cannedReply(): Promise<string> {
    const created = await admin.request('POST', '/conversations/canned-replies', CANNED_REPLY);
    if (created.status !== 201) throw new Error(`creating a canned reply answered ${created.status}`);
    return String(created.body.id);
  }

  /** A release with what is live now, not live itself; its id. */
  async function draftRelease(name: string): Promise<number> {
    const drafted = await admin.request('POST', '/releases', { name });
    if (drafted.status !== 201) throw new Error(`drafting a release answered ${drafted.status}`);
    return Number(drafted.body.id);
  }

  const cases: RouteCase[] = [
    // Flows, templates, simulator.
    {
      method: 'GET',
      route: '/api/admin/flows',
      needs: { permission: 'flows.read' },
      ok: 200,
      request: () => ({ path: '/flows' }),
    },
    {
      method: 'GET',
      route: '/api/admin/flows/:id/versions',
      needs: { permission: 'flows.read' },
      ok: 200,
      request: () => ({ path: '/flows/help/versions' }),
    },
    {
      method: 'GET',
      route: '/api/admin/flows/:id/versions/:n',
      needs: { permission: 'flows.read' },
      ok: 200,
      request: () => ({ path: '/flows/help/versions/1' }),
    },
    {
      method: 'GET',
      route: '/api/admin/flows/templates',
      needs: { permission: 'flows.read' },
      ok: 200,
      request: () => ({ path: '/flows/templates' }),
    },
    {
      method: 'GET',
      route: '/api/admin/flows/templates/:language/:namespace/versions',
      needs: { permission: 'flows.read' },
      ok: 200,
      request: () => ({ path: '/flows/templates/vi/core/versions' }),
    },
    {
      method: 'GET',
      route: '/api/admin/flows/templates/:language/:namespace/versions/:n',
      needs: { permission: 'flows.read' },
      ok: 200,
      request: () => ({ path: '/flows/templates/vi/core/versions/1' }),
    },
    {
      method: 'POST',
      route: '/api/admin/flows/templates/preview',
      needs: { permission: 'flows.read' },
      ok: 200,
      request: () => ({ path: '/flows/templates/preview', body: { texts: { vi: '{{code}}', en: '{{code}}' } } }),
    },
    {
      method: 'POST',
      route: '/api/admin/flows/validate',
      needs: { permission: 'flows.write' },
      ok: 200,
      request: () => ({ path: '/flows/validate', body: { yaml: HELP_YAML } }),
    },
    {
      method: 'POST',
      route: '/api/admin/flows/:id/versions',
      needs: { permission: 'flows.write' },
      ok: 201,
      request: () => ({ path: '/flows/help/versions', body: HELP_YAML, contentType: 'application/yaml' }),
    },
    {
      method: 'POST',
      route: '/api/admin/flows/templates/:language/:namespace/versions',
      needs: { permission: 'flows.write' },
      ok: 201,
      request: () => ({ path: '/flows/templates/vi/core/versions', body: { content: CORE_VI } }),
    },
    {
      method: 'POST',
      route: '/api/admin/flows/simulate',
      needs: { permission: 'flows.simulate' },
      ok: 200,
      request: () => ({ path: '/flows/simulate', body: { messages: ['@follow'] } }),
    },
    {
      method: 'POST',
      route: '/api/admin/flows/:id/publish',
      needs: { permission: 'flows.publish' },
      ok: 200,
      request: () => ({ path: '/flows/help/publish', body: { version: 1 } }),
    },
    {
      method: 'POST',
      route: '/api/admin/flows/:id/rollback',
      needs: { permission: 'flows.publish' },
      ok: 200,
      request: () => ({ path: '/flows/help/rollback', body: { version: 1 } }),
    },
    {
      method: 'POST',
      route: '/api/admin/flows/templates/:language/:namespace/publish',
      needs: { permission: 'flows.publish' },
      ok: 200,
      request: () => ({ path: '/flows/templates/vi/core/publish', body: { version: 1 } }),
    },
    {
      method: 'POST',
      route: '/api/admin/flows/templates/:namespace/publish',
      needs: { permission: 'flows.publish' },
      ok: 200,
      request: () => ({ path: '/flows/templates/core/publish', body: { versions: { vi: 1, en: 1 } } }),
    },
    // Releases. Publishing needs a release that is not live: the first admin drafts one per call.
    {
      method: 'GET',
      route: '/api/admin/releases',
      needs: { permission: 'flows.read' },
      ok: 200,
      request: () => ({ path: '/releases' }),
    },
    {
      method: 'POST',
      route: '/api/admin/releases',
      needs: { permission: 'flows.write' },
      ok: 201,
      request: ({ role }) => ({ path: '/releases', body: { name: `drafted by ${role}` } }),
    },
    {
      method: 'GET',
      route: '/api/admin/releases/diff',
      needs: { permission: 'flows.read' },
      ok: 200,
      request: () => ({ path: '/releases/diff?from=1' }),
    },
    {
      method: 'GET',
      route: '/api/admin/releases/:id',
      needs: { permission: 'flows.read' },
      ok: 200,
      request: () => ({ path: '/releases/1' }),
    },
    {
      method: 'POST',
      route: '/api/admin/releases/:id/publish',
      needs: { permission: 'flows.publish' },
      ok: 200,
      request: async ({ role }) => ({ path: `/releases/${await draftRelease(`to publish by ${role}`)}/publish` }),
    },
    {
      method: 'POST',
      route: '/api/admin/releases/:id/rollback',
      needs: { permission: 'flows.publish' },
      ok: 200,
      // The publish case before this one left an earlier release to roll back to.
      request: async () => {
        const { items } = (await admin.request('GET', '/releases')).body as {
          items: Array<{ id: number; status: string }>;
        };
        const earlier = items.find((item) => item.status === 'previous');
        if (!earlier) throw new Error('no earlier release to roll back to');
        return { path: `/releases/${earlier.id}/rollback` };
      },
    },
    // Handoffs and conversations.
    {
      method: 'GET',
      route: '/api/admin/conversations/handoffs',
      needs: { permission: 'conversations.read' },
      ok: 200,
      request: () => ({ path: '/conversations/handoffs' }),
    },
    {
      method: 'GET',
      route: '/api/admin/conversations/handoffs/events',
      needs: { permission: 'conversations.read' },
      ok: 200,
      request: () => ({ path: '/conversations/handoffs/events?seconds=1' }),
    },
    {
      method: 'GET',
      route: '/api/admin/conversations/:citizenId/messages',
      needs: { permission: 'conversations.read' },
      ok: 200,
      request: () => ({ path: `/conversations/${talkingCitizen}/messages` }),
    },
    {
      method: 'POST',
      route: '/api/admin/conversations/:citizenId/messages',
      needs: { permission: 'conversations.reply' },
      ok: 202,
      request: () => ({ path: `/conversations/${talkingCitizen}/messages`, body: { text: 'Cán bộ xin trả lời.' } }),
    },
    {
      method: 'POST',
      route: '/api/admin/conversations/handoffs/:id/take',
      needs: { permission: 'conversations.reply' },
      ok: 200,
      request: async ({ role }) => ({
        path: `/conversations/handoffs/${(await openHandoff(`Công dân nhận ${role}`)).handoffId}/take`,
        body: {},
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/conversations/handoffs/:id/messages',
      needs: { permission: 'conversations.reply' },
      ok: 202,
      request: async ({ role }) => ({
        path: `/conversations/handoffs/${(await openHandoff(`Công dân hỏi ${role}`)).handoffId}/messages`,
        body: { text: 'Cán bộ xin trả lời.' },
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/conversations/handoffs/:id/attachments',
      needs: { permission: 'conversations.reply' },
      ok: 201,
      request: async ({ role }) => ({
        path: `/conversations/handoffs/${(await openHandoff(`Công dân gửi tệp ${role}`)).handoffId}/attachments?name=don.pdf`,
        body: Buffer.from('%PDF-1.4 đơn'),
      }),
    },
    {
      method: 'GET',
      route: '/api/admin/conversations/handoffs/attachment-limits',
      needs: { permission: 'conversations.reply' },
      ok: 200,
      request: () => ({ path: '/conversations/handoffs/attachment-limits' }),
    },
    {
      method: 'GET',
      route: '/api/admin/conversations/handoffs/closed',
      needs: { permission: 'conversations.read' },
      ok: 200,
      request: () => ({ path: '/conversations/handoffs/closed' }),
    },
    {
      method: 'GET',
      route: '/api/admin/conversations/handoffs/:id/files/:fileId',
      needs: { permission: 'conversations.read' },
      ok: 404,
      request: async ({ role }) => ({
        path: `/conversations/handoffs/${(await openHandoff(`Công dân gửi ảnh ${role}`)).handoffId}/files/00000000-0000-4000-8000-000000000000`,
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/conversations/handoffs/:id/close',
      needs: { permission: 'conversations.reply' },
      ok: 200,
      request: async ({ role }) => ({
        path: `/conversations/handoffs/${(await openHandoff(`Công dân ${role}`)).handoffId}/close`,
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/conversations/handoffs/:id/transfer',
      needs: { permission: 'conversations.reply' },
      ok: 200,
      request: async ({ role }) => {
        // Units live in the province settings, which another case resets: set them for each call.
        await admin.request('PUT', '/settings/province', { units: [{ code: 'so-xd', name: { vi: 'Sở Xây dựng' } }] });
        const { handoffId } = await openHandoff(`Công dân chuyển ${role}`);
        return { path: `/conversations/handoffs/${handoffId}/transfer`, body: { unit: 'so-xd' } };
      },
    },
    {
      method: 'GET',
      route: '/api/admin/conversations/canned-replies',
      needs: { permission: 'conversations.read' },
      ok: 200,
      request: () => ({ path: '/conversations/canned-replies' }),
    },
    {
      method: 'POST',
      route: '/api/admin/conversations/canned-replies',
      needs: { permission: 'settings.manage' },
      ok: 201,
      request: () => ({ path: '/conversations/canned-replies', body: CANNED_REPLY }),
    },
    {
      method: 'PUT',
      route: '/api/admin/conversations/canned-replies/:id',
      needs: { permission: 'settings.manage' },
      ok: 200,
      request: async () => ({ path: `/conversations/canned-replies/${await cannedReply()}`, body: CANNED_REPLY }),
    },
    {
      method: 'DELETE',
      route: '/api/admin/conversations/canned-replies/:id',
      needs: { permission: 'settings.manage' },
      ok: 204,
      request: async () => ({ path: `/conversations/canned-replies/${await cannedReply()}` }),
    },
    // Zalo connection.
    {
      method: 'POST',
      route: '/api/admin/zalo/connect',
      needs: { permission: 'zalo.connect' },
      ok: 200,
      request: () => ({ path: '/zalo/connect' }),
    },
    {
      method: 'GET',
      route: '/api/admin/zalo/token',
      needs: { permission: 'zalo.connect' },
      ok: 200,
      request: () => ({ path: '/zalo/token' }),
    },
    {
      method: 'GET',
      route: '/api/admin/zalo/callback',
      needs: 'public',
      ok: 400,
      request: () => ({ path: '/zalo/callback' }),
    },
    // Dead letters. None is open here: for the roles that may, a 404 shows the guard let them through.
    {
      method: 'GET',
      route: '/api/admin/zalo/dead-letters',
      needs: { permission: 'events.replay' },
      ok: 200,
      request: () => ({ path: '/zalo/dead-letters' }),
    },
    {
      method: 'POST',
      route: '/api/admin/zalo/dead-letters/:id/replay',
      needs: { permission: 'events.replay' },
      ok: 404,
      request: () => ({ path: '/zalo/dead-letters/00000000-0000-4000-8000-000000000000/replay' }),
    },
    {
      method: 'POST',
      route: '/api/admin/zalo/dead-letters/:id/discard',
      needs: { permission: 'events.replay' },
      ok: 404,
      request: () => ({ path: '/zalo/dead-letters/00000000-0000-4000-8000-000000000000/discard' }),
    },
    // The LGSP's health as the answering process sees it.
    {
      method: 'GET',
      route: '/api/admin/lgsp/health',
      needs: { permission: 'settings.manage' },
      ok: 200,
      request: () => ({ path: '/lgsp/health' }),
    },
    {
      method: 'GET',
      route: '/api/admin/lgsp/catalogue',
      needs: { permission: 'settings.manage' },
      ok: 200,
      request: () => ({ path: '/lgsp/catalogue' }),
    },
    {
      method: 'POST',
      route: '/api/admin/lgsp/catalogue/refresh',
      needs: { permission: 'settings.manage' },
      ok: 202,
      request: () => ({ path: '/lgsp/catalogue/refresh' }),
    },
    // Writes to external systems (outbox).
    {
      method: 'GET',
      route: '/api/admin/effects',
      needs: { permission: 'events.replay' },
      ok: 200,
      request: () => ({ path: '/effects?status=failed' }),
    },
    {
      method: 'POST',
      route: '/api/admin/effects/:id/retry',
      needs: { permission: 'events.replay' },
      ok: 404,
      request: () => ({ path: '/effects/00000000-0000-4000-8000-000000000000/retry' }),
    },
    // Citizens' feedback tickets. None with this number exists: for the roles that may, a 404 shows the guard let
    // them through (the feedback tests walk the answer path itself).
    {
      method: 'GET',
      route: '/api/admin/feedback/tickets',
      needs: { permission: 'feedback.read' },
      ok: 200,
      request: () => ({ path: '/feedback/tickets?status=answered&text=%C4%91%C3%A8n' }),
    },
    {
      method: 'GET',
      route: '/api/admin/feedback/tickets/:number',
      needs: { permission: 'feedback.read' },
      ok: 404,
      request: () => ({ path: '/feedback/tickets/PA-ZL-2026-999999' }),
    },
    {
      method: 'GET',
      route: '/api/admin/feedback/tickets/:number/photos/:photoId',
      needs: { permission: 'feedback.read' },
      ok: 404,
      request: () => ({ path: '/feedback/tickets/PA-ZL-2026-999999/photos/00000000-0000-4000-8000-000000000000' }),
    },
    {
      method: 'POST',
      route: '/api/admin/feedback/tickets/:number/answer',
      needs: { permission: 'feedback.answer' },
      ok: 404,
      request: () => ({ path: '/feedback/tickets/PA-ZL-2026-999999/answer', body: { text: 'Đã xử lý.' } }),
    },
    {
      method: 'POST',
      route: '/api/admin/feedback/tickets/:number/reject',
      needs: { permission: 'feedback.answer' },
      ok: 404,
      request: () => ({ path: '/feedback/tickets/PA-ZL-2026-999999/reject', body: { reason: 'Ngoài thẩm quyền.' } }),
    },
    {
      method: 'POST',
      route: '/api/admin/feedback/tickets/:number/duplicate',
      needs: { permission: 'feedback.answer' },
      ok: 404,
      request: () => ({ path: '/feedback/tickets/PA-ZL-2026-999999/duplicate', body: { reason: 'PA-ZL-2026-000001' } }),
    },
    {
      method: 'POST',
      route: '/api/admin/feedback/tickets/:number/close',
      needs: { permission: 'feedback.answer' },
      ok: 404,
      request: () => ({ path: '/feedback/tickets/PA-ZL-2026-999999/close', body: {} }),
    },
    {
      method: 'POST',
      route: '/api/admin/feedback/tickets/:number/reopen',
      needs: { permission: 'feedback.answer' },
      ok: 404,
      request: () => ({ path: '/feedback/tickets/PA-ZL-2026-999999/reopen', body: {} }),
    },
    {
      method: 'POST',
      route: '/api/admin/feedback/tickets/:number/assign',
      needs: { permission: 'feedback.manage' },
      // No unit of this code in the catalogue: a 400 shows the guard let the caller through.
      ok: 400,
      request: () => ({ path: '/feedback/tickets/PA-ZL-2026-999999/assign', body: { unitCode: 'ubnd-kb' } }),
    },
    {
      method: 'GET',
      route: '/api/admin/feedback/reminders',
      needs: { permission: 'feedback.read' },
      ok: 200,
      request: () => ({ path: '/feedback/reminders?days=3' }),
    },
    {
      method: 'GET',
      route: '/api/admin/feedback/categories',
      needs: { permission: 'feedback.read' },
      ok: 200,
      request: () => ({ path: '/feedback/categories' }),
    },
    {
      method: 'GET',
      route: '/api/admin/feedback/routing',
      needs: { permission: 'feedback.read' },
      ok: 200,
      request: () => ({ path: '/feedback/routing' }),
    },
    {
      method: 'PUT',
      route: '/api/admin/feedback/routing',
      needs: { permission: 'feedback.manage' },
      ok: 200,
      request: () => ({ path: '/feedback/routing', body: { rules: [], deadlines: [] } }),
    },
    {
      method: 'GET',
      route: '/api/admin/feedback/retention',
      needs: { permission: 'feedback.read' },
      ok: 200,
      request: () => ({ path: '/feedback/retention' }),
    },
    {
      method: 'PUT',
      route: '/api/admin/feedback/retention',
      needs: { permission: 'feedback.manage' },
      ok: 200,
      request: () => ({ path: '/feedback/retention', body: { categories: [] } }),
    },
    // A citizen's personal data on a request made elsewhere.
    {
      method: 'POST',
      route: '/api/admin/citizens/personal-data/find',
      needs: { permission: 'citizens.data' },
      ok: 200,
      request: () => ({
        path: '/citizens/personal-data/find',
        body: { reference: 'CV 12/2026', ticketNumber: 'PA-ZL-2026-999999' },
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/citizens/:citizenId/personal-data',
      needs: { permission: 'citizens.data' },
      ok: 404,
      request: () => ({ path: '/citizens/0000000000/personal-data', body: { reference: 'CV 12/2026' } }),
    },
    {
      method: 'POST',
      route: '/api/admin/citizens/:citizenId/personal-data/erase',
      needs: { permission: 'citizens.data' },
      ok: 404,
      request: () => ({ path: '/citizens/0000000000/personal-data/erase', body: { reference: 'CV 12/2026' } }),
    },
    // Announcements. The first admin writes each one, so every role that may approve is not its author.
    {
      method: 'GET',
      route: '/api/admin/announcements',
      needs: { permission: 'announcements.read' },
      ok: 200,
      request: () => ({ path: '/announcements?status=draft' }),
    },
    {
      method: 'POST',
      route: '/api/admin/announcements',
      needs: { permission: 'announcements.write' },
      ok: 201,
      request: () => ({
        path: '/announcements',
        body: { content: ANNOUNCEMENT_CONTENT, audience: { tags: ['matrix'] } },
      }),
    },
    {
      method: 'GET',
      route: '/api/admin/announcements/:id',
      needs: { permission: 'announcements.read' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('draft')}` }),
    },
    {
      method: 'PATCH',
      route: '/api/admin/announcements/:id',
      needs: { permission: 'announcements.write' },
      ok: 200,
      request: async () => ({
        path: `/announcements/${await announcement('draft')}`,
        body: { audience: { languages: ['en'] } },
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/announcements/:id/submit',
      needs: { permission: 'announcements.write' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('draft')}/submit` }),
    },
    {
      method: 'POST',
      route: '/api/admin/announcements/:id/approve',
      needs: { permission: 'announcements.approve' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('submitted')}/approve` }),
    },
    {
      method: 'POST',
      route: '/api/admin/announcements/:id/return',
      needs: { permission: 'announcements.approve' },
      ok: 200,
      request: async () => ({
        path: `/announcements/${await announcement('submitted')}/return`,
        body: { comment: 'Ghi rõ giờ tiêm.' },
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/announcements/:id/urgent',
      needs: { permission: 'announcements.approve' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('draft')}/urgent`, body: { urgent: true } }),
    },
    {
      method: 'POST',
      route: '/api/admin/announcements/:id/schedule',
      needs: { permission: 'announcements.write' },
      ok: 200,
      request: async () => ({
        path: `/announcements/${await announcement('approved')}/schedule`,
        body: { sendAt: '2099-01-01T00:00:00+07:00' },
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/announcements/:id/pause',
      needs: { permission: 'announcements.write' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('scheduled')}/pause` }),
    },
    {
      method: 'POST',
      route: '/api/admin/announcements/:id/resume',
      needs: { permission: 'announcements.write' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('paused')}/resume` }),
    },
    {
      method: 'POST',
      route: '/api/admin/announcements/:id/cancel',
      needs: { permission: 'announcements.write' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('draft')}/cancel` }),
    },
    {
      method: 'POST',
      route: '/api/admin/announcements/:id/reopen',
      needs: { permission: 'announcements.write' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('scheduled')}/reopen` }),
    },
    {
      method: 'POST',
      route: '/api/admin/announcements/:id/withdraw-held',
      needs: { permission: 'announcements.write' },
      ok: 200,
      request: async () => {
        // Sent (as the workers would have it) without sending anything during the matrix.
        const id = await announcement('draft');
        await system.database.db
          .update(announcements)
          .set({ status: 'sent', finishedAt: new Date() })
          .where(eq(announcements.id, id));
        return { path: `/announcements/${id}/withdraw-held` };
      },
    },
    {
      method: 'POST',
      route: '/api/admin/announcements/preview',
      needs: { permission: 'announcements.write' },
      ok: 200,
      request: () => ({ path: '/announcements/preview', body: { audience: { tags: ['matrix'] } } }),
    },
    {
      method: 'GET',
      route: '/api/admin/announcements/:id/preview',
      needs: { permission: 'announcements.read' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('draft')}/preview` }),
    },
    {
      method: 'GET',
      route: '/api/admin/announcements/:id/progress',
      needs: { permission: 'announcements.read' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('draft')}/progress` }),
    },
    {
      method: 'GET',
      route: '/api/admin/announcements/:id/report',
      needs: { permission: 'announcements.read' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('draft')}/report` }),
    },
    {
      method: 'GET',
      route: '/api/admin/announcements/:id/events',
      needs: { permission: 'announcements.read' },
      ok: 200,
      request: async () => ({ path: `/announcements/${await announcement('draft')}/events?seconds=1` }),
    },
    {
      method: 'POST',
      route: '/api/admin/zalo/followers/sync',
      needs: { permission: 'zalo.connect' },
      ok: 202,
      request: () => ({ path: '/zalo/followers/sync' }),
    },
    {
      method: 'GET',
      route: '/api/admin/announcements/communes',
      needs: { permission: 'announcements.write' },
      ok: 200,
      request: () => ({ path: '/announcements/communes' }),
    },
    {
      method: 'GET',
      route: '/api/admin/announcements/placeholder-fallbacks',
      needs: { permission: 'announcements.read' },
      ok: 200,
      request: () => ({ path: '/announcements/placeholder-fallbacks' }),
    },
    {
      method: 'GET',
      route: '/api/admin/announcements/topics',
      needs: { permission: 'announcements.read' },
      ok: 200,
      request: () => ({ path: '/announcements/topics' }),
    },
    {
      method: 'PUT',
      route: '/api/admin/announcements/topics',
      needs: { permission: 'announcements.write' },
      ok: 200,
      request: () => ({
        path: '/announcements/topics',
        body: { items: [{ code: 'health', vi: 'Y tế', en: 'Health' }] },
      }),
    },
    // The learning loop. No message with this id exists: a 404 shows the guard let the caller through.
    {
      method: 'GET',
      route: '/api/admin/understanding/misses',
      needs: { permission: 'understanding.review' },
      ok: 200,
      request: () => ({ path: '/understanding/misses?status=all' }),
    },
    {
      method: 'POST',
      route: '/api/admin/understanding/misses/:id/example',
      needs: { permission: 'flows.write' },
      ok: 404,
      request: () => ({ path: '/understanding/misses/999999/example', body: { flowId: 'help' } }),
    },
    {
      method: 'POST',
      route: '/api/admin/understanding/misses/:id/dismiss',
      needs: { permission: 'understanding.review' },
      ok: 404,
      request: () => ({ path: '/understanding/misses/999999/dismiss' }),
    },
    // Accounts and the audit log.
    {
      method: 'GET',
      route: '/api/admin/accounts',
      needs: { permission: 'accounts.manage' },
      ok: 200,
      request: () => ({ path: '/accounts' }),
    },
    {
      method: 'POST',
      route: '/api/admin/accounts',
      needs: { permission: 'accounts.manage' },
      ok: 201,
      request: ({ role }) => ({
        path: '/accounts',
        body: { email: `made-by-${role}@province.gov.vn`, password: 'a made up passphrase', roles: ['viewer'] },
      }),
    },
    {
      method: 'PATCH',
      route: '/api/admin/accounts/:id',
      needs: { permission: 'accounts.manage' },
      ok: 200,
      request: () => ({ path: `/accounts/${dummyId}`, body: { roles: ['viewer'] } }),
    },
    {
      method: 'POST',
      route: '/api/admin/accounts/:id/password',
      needs: { permission: 'accounts.manage' },
      ok: 204,
      request: () => ({
        path: `/accounts/${dummyId}/password`,
        body: { password: 'a reset passphrase for the dummy' },
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/accounts/:id/unlock',
      needs: { permission: 'accounts.manage' },
      ok: 200,
      request: () => ({ path: `/accounts/${dummyId}/unlock` }),
    },
    {
      method: 'GET',
      route: '/api/admin/audit',
      needs: { permission: 'audit.read' },
      ok: 200,
      request: () => ({ path: '/audit' }),
    },
    {
      method: 'GET',
      route: '/api/admin/audit/verify',
      needs: { permission: 'audit.read' },
      ok: 200,
      request: () => ({ path: '/audit/verify' }),
    },
    // The API's own description.
    {
      method: 'GET',
      route: '/api/admin/openapi.json',
      needs: 'public',
      ok: 200,
      request: () => ({ path: '/openapi.json' }),
    },
    { method: 'GET', route: '/api/admin/docs', needs: 'public', ok: 200, request: () => ({ path: '/docs' }) },
    // One's own session, tokens and password (last: the password change, then the logout).
    {
      method: 'POST',
      route: '/api/admin/auth/login',
      needs: 'public',
      ok: 401,
      request: ({ role }) => ({
        path: '/auth/login',
        body: { email: `nobody-${role}@province.gov.vn`, password: 'not a password at all' },
      }),
    },
    {
      method: 'GET',
      route: '/api/admin/auth/session',
      needs: 'signed-in',
      ok: 200,
      request: () => ({ path: '/auth/session' }),
    },
    { method: 'GET', route: '/api/admin/tokens', needs: 'signed-in', ok: 200, request: () => ({ path: '/tokens' }) },
    { method: 'GET', route: '/api/admin/stats', needs: 'signed-in', ok: 200, request: () => ({ path: '/stats' }) },
    {
      method: 'GET',
      route: '/api/admin/settings/province',
      needs: 'signed-in',
      ok: 200,
      request: () => ({ path: '/settings/province' }),
    },
    {
      method: 'PUT',
      route: '/api/admin/settings/province',
      needs: { permission: 'settings.manage' },
      ok: 200,
      // The unit the handoff transfer case uses stays: a unit with open handoffs cannot leave the catalogue (409).
      request: () => ({
        path: '/settings/province',
        body: { units: [{ code: 'so-xd', name: { vi: 'Sở Xây dựng' } }] },
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/tokens',
      needs: 'signed-in',
      ok: 201,
      request: () => ({ path: '/tokens', body: { name: 'matrix' } }),
    },
    {
      method: 'DELETE',
      route: '/api/admin/tokens/:id',
      needs: 'signed-in',
      ok: 204,
      request: async ({ client }) => ({
        path: `/tokens/${String((await client.request('POST', '/tokens', { name: 'to revoke' })).body.id)}`,
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/me/password',
      needs: 'signed-in',
      ok: 204,
      request: ({ role }) => ({
        path: '/me/password',
        body: { currentPassword: `${role} long passphrase`, newPassword: 'my own new passphrase' },
      }),
    },
    {
      method: 'POST',
      route: '/api/admin/auth/logout',
      needs: 'signed-in',
      ok: 204,
      request: () => ({ path: '/auth/logout' }),
    },
  ];

  function allowed(needs: Needs, role: AdminRole): boolean {
    if (needs === 'public' || needs === 'signed-in') return true;
    const roles = permissions.get(needs.permission);
    if (!roles) throw new Error(`${needs.permission} is not in the README's table`);
    return roles.includes(role);
  }

  beforeAll(async () => {
    system = await startTestSystem({ env: { OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    admin = await signInFirstAdmin(system);
    citizens = ZaloCitizens.of(system);
    dummyId = (await createAccount(system, admin, 'dummy@province.gov.vn', ['viewer'])).id;
    talkingCitizen = (await openHandoff('Công dân trò chuyện')).citizenId;
    secondApprover = (await createAccount(system, admin, 'second-approver@province.gov.vn', ['approver'])).api;
  });
  afterAll(() => system.destroy());

  it('lists every mounted admin route in this test', () => {
    const app = system.app as unknown as { router: { stack: RouterLayer[] } };
    const mounted = new Set<string>();
    for (const layer of app.router.stack) {
      const base = layer.rawPath;
      if (typeof base !== 'string' || !base.startsWith('/api/admin') || !layer.handle.stack) continue;
      for (const inner of layer.handle.stack) {
        if (!inner.route) continue;
        for (const method of Object.keys(inner.route.methods))
          mounted.add(`${method.toUpperCase()} ${base}${inner.route.path}`);
      }
    }
    const listed = new Set(cases.map((entry) => `${entry.method} ${entry.route}`));
    expect([...mounted].sort()).toEqual([...listed].sort());
  });

  it('refuses every guarded route without credentials (401)', async () => {
    for (const entry of cases.filter((item) => item.needs !== 'public')) {
      const response = await fetch(
        `${system.url}/api/admin${entry.route.replace('/api/admin', '').replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000')}`,
        {
          method: entry.method,
        },
      );
      expect(response.status, `${entry.method} ${entry.route}`).toBe(401);
    }
  });

  it.each(ADMIN_ROLES.map((role) => [role]))(
    'answers %s on every route as the table says (2xx or 403)',
    async (role) => {
      const { api: client } = await createAccount(system, admin, `${role}-matrix@province.gov.vn`, [role]);
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const entry of cases) {
        const may = allowed(entry.needs, role);
        const { path, body, contentType } = may
          ? await entry.request({ role, client })
          : {
              path: entry.route.replace('/api/admin', '').replace(/:[a-zA-Z]+/g, 'x'),
              body: undefined,
              contentType: undefined,
            };
        const response: ApiResponse = await client.request(
          entry.method,
          path,
          body,
          contentType ? { contentType } : {},
        );
        const refused = response.status === 403 && response.body.code === 'ADMIN_FORBIDDEN';
        outcomes.push(`${entry.method} ${entry.route} → ${refused ? 'forbidden' : response.status}`);
        expected.push(`${entry.method} ${entry.route} → ${may ? entry.ok : 'forbidden'}`);
      }
      expect(outcomes).toEqual(expected);
    },
    // Every route with its fixtures, one after another: a guard against a hang, not a measure of speed.
    180_000,
  );
});

interface RouterLayer {
  rawPath?: unknown;
  handle: { stack?: Array<{ route?: { path: string; methods: Record<string, boolean> } }> };
}
