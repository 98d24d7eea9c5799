import { expect } from 'vitest';
import { citizens } from '../../../src/citizens/index.js';
import type { Db } from '../../../src/platform/db.js';
import type { AdminApi, ConversationItem } from '../admin-flows/clients.js';

/**
 * How many followers the delivery tests use: 300 on PostgreSQL; fewer on PGlite, which runs one query at a time (the
 * exactly-once guarantees do not depend on the number, the time the test takes does).
 */
export const FOLLOWERS = process.env.TEST_DB === 'pglite' ? 60 : 300;

export const CONTENT = {
  vi: {
    title: 'Lịch tiêm chủng tháng 12',
    text: 'Kính gửi {{name}}: trạm y tế {{commune}} tiêm vắc-xin sởi từ 8 giờ sáng thứ Bảy.',
    buttons: [
      { type: 'link', title: 'Xem chi tiết', url: 'https://example.gov.vn/tiem-chung' },
      { type: 'phone', title: 'Gọi trạm y tế', phone: '02363822222' },
    ],
  },
  en: {
    title: 'December vaccination schedule',
    text: 'Dear {{name}}: the {{commune}} health station vaccinates against measles from 8 am on Saturday.',
  },
};

export interface FollowerOptions {
  /** Where the simulated citizens live: the sandbox (over HTTP) and our citizens table (as follower sync writes). */
  baseUrl: string;
  db: Db;
  count: number;
  tag: string;
  lastInteractionAt?: Date | null;
  language?: 'vi' | 'en';
  communeCode?: string;
}

/** `count` followers of the OA, known to the simulator and recorded in our citizens table; their ids. */
export async function makeFollowers(options: FollowerOptions): Promise<string[]> {
  const at = options.lastInteractionAt === undefined ? new Date() : options.lastInteractionAt;
  const response = await fetch(`${options.baseUrl}/sandbox/zalo/api/followers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      count: options.count,
      namePrefix: options.tag,
      lastInteractionAt: at?.toISOString() ?? null,
    }),
  });
  expect(response.status).toBe(201);
  const { items } = (await response.json()) as { items: Array<{ id: string }> };
  const ids = items.map((item) => item.id);
  const language = options.language ?? 'vi';
  const communeCode = options.communeCode ?? null;
  // An upsert: the worker's periodic follower sync (it runs once as the worker starts) may have listed the new
  // followers from the sandbox before this insert; what it wrote is a bare row, completed here.
  await options.db
    .insert(citizens)
    .values(
      ids.map((id) => ({
        zaloUserId: id,
        following: true,
        followedAt: new Date(),
        lastInteractionAt: at,
        tags: [options.tag],
        language,
        communeCode,
      })),
    )
    .onConflictDoUpdate({
      target: citizens.zaloUserId,
      set: { following: true, lastInteractionAt: at, tags: [options.tag], language, communeCode },
    });
  return ids;
}

export interface Progress {
  status: string;
  waitsUntil: string | null;
  total: number;
  pending: number;
  queued: number;
  sent: number;
  received: number;
  seen: number;
  held: number;
  failed: number;
  skipped: Record<string, number>;
  lanes: { message: number; article: number };
}

/** Creates, submits, approves (by `approver`) and schedules an announcement (now, or at `sendAt`); its id. */
export async function sendAnnouncement(
  author: AdminApi,
  approver: AdminApi,
  body: { content?: unknown; audience: unknown },
  options: { urgent?: boolean; sendAt?: Date } = {},
): Promise<string> {
  const created = await author.request('POST', '/announcements', { content: CONTENT, ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = String(created.body.id);
  if (options.urgent)
    expect((await approver.request('POST', `/announcements/${id}/urgent`, { urgent: true })).status).toBe(200);
  expect((await author.request('POST', `/announcements/${id}/submit`)).status).toBe(200);
  expect((await approver.request('POST', `/announcements/${id}/approve`)).status).toBe(200);
  const schedule = options.sendAt ? { sendAt: options.sendAt.toISOString() } : {};
  expect((await author.request('POST', `/announcements/${id}/schedule`, schedule)).status).toBe(200);
  return id;
}

export async function progressOf(api: AdminApi, id: string): Promise<Progress> {
  const answer = await api.request('GET', `/announcements/${id}/progress`);
  expect(answer.status).toBe(200);
  return answer.body as unknown as Progress;
}

/** Waits until the announcement is sent and nothing it handed over is still queued. */
export async function waitUntilDelivered(api: AdminApi, id: string, timeoutMs = 80_000): Promise<Progress> {
  return settle(api, id, (progress) => progress.status === 'sent' && progress.queued === 0, timeoutMs);
}

/** Polls the progress (gently: the workers share the machine) until `done` holds. */
export async function settle(
  api: AdminApi,
  id: string,
  done: (progress: Progress) => boolean,
  timeoutMs = 80_000,
): Promise<Progress> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const progress = await progressOf(api, id);
    if (process.env.DEBUG_PROGRESS) console.log(Date.now(), JSON.stringify(progress));
    if (done(progress)) return progress;
    if (Date.now() > deadline) throw new Error(`not settled in time: ${JSON.stringify(progress)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Messages the OA delivered to one simulated citizen. */
export async function deliveredTo(baseUrl: string, citizenId: string): Promise<ConversationItem[]> {
  const response = await fetch(`${baseUrl}/sandbox/zalo/api/citizens/${citizenId}/conversation`);
  const { items } = (await response.json()) as { items: ConversationItem[] };
  return items.filter((item) => item.direction === 'out');
}

/** How many of the OA's messages to this citizen carry `title`. */
export async function countAnnouncements(baseUrl: string, citizenId: string, title: string): Promise<number> {
  return (await deliveredTo(baseUrl, citizenId)).filter((item) => item.body.message?.text?.includes(title)).length;
}
