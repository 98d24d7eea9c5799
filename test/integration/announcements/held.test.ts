import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { announcements } from '../../../src/announcements/index.js';
import { messageDeliveries } from '../../../src/messaging/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { createAccount, signInFirstAdmin, ZaloCitizens, type AdminApi } from '../admin-flows/clients.js';
import { eventually } from '../zalo/harness.js';
import {
  CONTENT,
  countAnnouncements,
  deliveredTo,
  makeFollowers,
  progressOf,
  sendAnnouncement,
  settle,
} from './harness.js';

const DAY_MS = 24 * 3600 * 1000;
const HELD_DAYS = 3;

/**
 * Messages held for followers outside the window (offered at their next visit): withdrawn by an official once the
 * announcement is sent, or expired ANNOUNCEMENTS_HELD_DAYS after it finished; counted, reported and audited.
 */
describe('held announcement messages', () => {
  let system: TestSystem;
  let editor: AdminApi;
  let approver: AdminApi;
  let viewer: AdminApi;
  let zalo: ZaloCitizens;

  beforeAll(async () => {
    system = await startTestSystem({
      env: { ANNOUNCEMENTS_QUIET_HOURS: 'off', ANNOUNCEMENTS_HELD_DAYS: String(HELD_DAYS) },
    });
    const admin = await signInFirstAdmin(system);
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    approver = (await createAccount(system, admin, 'approver@province.gov.vn', ['approver'])).api;
    viewer = (await createAccount(system, admin, 'viewer@province.gov.vn', ['viewer'])).api;
    zalo = ZaloCitizens.of(system);
  });
  afterAll(() => system.destroy());

  const auditActions = async (id: string) =>
    (
      await system.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.targetType, 'announcement'), eq(auditLog.targetId, id)))
        .orderBy(auditLog.id)
    ).map((row) => row.action);

  /** Two followers outside the window, an announcement to them, sent: both held. */
  async function heldAnnouncement(tag: string): Promise<{ id: string; followers: string[] }> {
    const followers = await makeFollowers({
      baseUrl: system.url,
      db: system.database.db,
      count: 2,
      tag,
      lastInteractionAt: new Date(Date.now() - 10 * DAY_MS),
    });
    const id = await sendAnnouncement(editor, approver, { audience: { tags: [tag] } });
    await settle(viewer, id, (progress) => progress.status === 'sent' && progress.held === 2);
    return { id, followers };
  }

  it('an official withdraws what is still held once it is sent: never offered again, counted, reported, audited', async () => {
    const draft = await editor.request('POST', '/announcements', { content: CONTENT, audience: { tags: ['none'] } });
    expect((await editor.request('POST', `/announcements/${String(draft.body.id)}/withdraw-held`)).body.code).toBe(
      'ANNOUNCEMENT_STATUS_CONFLICT',
    );

    const { id, followers } = await heldAnnouncement('held-withdrawn');
    expect((await viewer.request('POST', `/announcements/${id}/withdraw-held`)).status).toBe(403);
    const withdrawn = await editor.request('POST', `/announcements/${id}/withdraw-held`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      status: 'sent',
      heldEnded: { reason: 'withdrawn', at: expect.any(String) },
    });
    expect(await progressOf(viewer, id)).toMatchObject({ total: 2, held: 0, withdrawn: 2, expired: 0, skipped: {} });
    expect((await editor.request('POST', `/announcements/${id}/withdraw-held`)).body.code).toBe(
      'ANNOUNCEMENT_STATUS_CONFLICT',
    );
    expect(await auditActions(id)).toContain('announcement.withdraw_held');

    const report = await viewer.request('GET', `/announcements/${id}/report`);
    const lines = report.text.split('\r\n').filter(Boolean).slice(1);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^[^,]+,Bài viết OA,Đã thu hồi,đã thu hồi,/);

    // Back in the chat: the reply comes; the turn that answered it would have queued a held message, not this one.
    const [citizen] = followers;
    await zalo.say(citizen ?? '', { type: 'text', text: 'xin chào' });
    await eventually(async () => (await deliveredTo(system.url, citizen ?? '')).length > 0);
    const records = await system.database.db
      .select({ status: messageDeliveries.status, reason: messageDeliveries.reason })
      .from(messageDeliveries)
      .where(
        and(eq(messageDeliveries.citizenId, citizen ?? ''), eq(messageDeliveries.correlationId, `announcement:${id}`)),
      );
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((record) => `${record.status}:${record.reason}`))).toEqual(
      new Set(['skipped:withdrawn']),
    );
    expect(await countAnnouncements(system.url, citizen ?? '', CONTENT.vi.title)).toBe(0);
  });

  it('never releases a held message stored with a non-web link: withdrawn at the visit, then by the sweep', async () => {
    const { id, followers } = await heldAnnouncement('held-non-web');
    // Sent, its messages held, before the rule: its stored image is a `file:` address.
    await system.database.db
      .update(announcements)
      .set({ content: { ...CONTENT, vi: { ...CONTENT.vi, imageUrl: 'file:///etc/passwd' } } })
      .where(eq(announcements.id, id));

    const [citizen = '', other = ''] = followers;
    await zalo.say(citizen, { type: 'text', text: 'xin chào' });
    await eventually(async () => (await deliveredTo(system.url, citizen)).length > 0);
    const recordsOf = (citizenId: string) =>
      system.database.db
        .select({ status: messageDeliveries.status, reason: messageDeliveries.reason })
        .from(messageDeliveries)
        .where(
          and(eq(messageDeliveries.citizenId, citizenId), eq(messageDeliveries.correlationId, `announcement:${id}`)),
        );
    const outcomes = async (citizenId: string) =>
      new Set((await recordsOf(citizenId)).map((record) => `${record.status}:${record.reason}`));
    expect(await outcomes(citizen)).toEqual(new Set(['skipped:non_web_address']));
    expect(await countAnnouncements(system.url, citizen, CONTENT.vi.title)).toBe(0);

    // The other citizen's is withdrawn by the sweep before any visit (or already was, if it ran meanwhile).
    await system.announcements.withdrawNonWebAddresses();
    expect(await outcomes(other)).toEqual(new Set(['skipped:non_web_address']));
    expect(await system.announcements.withdrawNonWebAddresses()).toBe(0);
    expect(await progressOf(viewer, id)).toMatchObject({
      status: 'sent',
      held: 0,
      withdrawn: 0,
      skipped: { non_web_address: 2 },
    });
    expect(await auditActions(id)).toContain('announcement.withdraw_unsent');
  });

  it(`expires held messages ANNOUNCEMENTS_HELD_DAYS (${HELD_DAYS}) after it finished, not before`, async () => {
    const { id } = await heldAnnouncement('held-expired');
    expect(await system.announcements.expireHeld()).toBe(0);
    expect(await progressOf(viewer, id)).toMatchObject({ held: 2, expired: 0 });

    await system.database.db
      .update(announcements)
      .set({ finishedAt: new Date(Date.now() - (HELD_DAYS + 1) * DAY_MS) })
      .where(eq(announcements.id, id));
    expect(await system.announcements.expireHeld()).toBe(2);
    expect(await system.announcements.expireHeld()).toBe(0);
    expect(await progressOf(viewer, id)).toMatchObject({ total: 2, held: 0, expired: 2, withdrawn: 0 });
    expect((await viewer.request('GET', `/announcements/${id}`)).body).toMatchObject({
      heldEnded: { reason: 'expired' },
    });
    expect(await auditActions(id)).toContain('announcement.held_expired');
    expect((await editor.request('POST', `/announcements/${id}/withdraw-held`)).body.code).toBe(
      'ANNOUNCEMENT_STATUS_CONFLICT',
    );
  });
});
