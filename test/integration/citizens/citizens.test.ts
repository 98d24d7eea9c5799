import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  citizens,
  createCitizenDataActions,
  createCitizenPreferences,
  findCitizen,
  isInsideSendWindow,
  purgeInactiveCitizens,
} from '../../../src/citizens/index.js';
import type { CitizenId, InboundEvent } from '../../../src/conversation/channel.js';
import {
  ANONYMISED_HANDOFF_CITIZEN,
  createHandoffStore,
  handoffPersonalData,
} from '../../../src/conversation/index.js';
import { createDossierFollowStore } from '../../../src/lgsp/index.js';
import { createPersonalDataHolders } from '../../../src/personal-data-holders.js';
import { buildZaloEvent } from '../../../src/sandbox/zalo/index.js';
import { listConversation, purgeConversationLog } from '../../../src/messaging/index.js';
import { handleZaloEvent, parseZaloEvent, type ZaloEvent } from '../../../src/zalo/index.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { followDossier } from '../../helpers/dossier-follows.js';
import { testLogger } from '../../helpers/logger.js';

const USER = '6142494823000000201';
let db: TestDatabase;
let handled: InboundEvent[];

beforeEach(async () => {
  db = await createTestDatabase();
  handled = [];
});
afterEach(async () => {
  await db.destroy();
});

let sequence = 0;
function event(action: Parameters<typeof buildZaloEvent>[0], at = Date.now()): ZaloEvent {
  sequence += 1;
  const parsed = parseZaloEvent(
    buildZaloEvent(action, {
      appId: '1',
      oaId: '2',
      userId: USER,
      userIdByApp: '3',
      timestamp: String(at),
      msgId: `m${sequence}`,
    }),
  );
  if (parsed.kind !== 'event') throw new Error('test event did not parse');
  return parsed.event;
}

const handle = (e: ZaloEvent) =>
  handleZaloEvent(e, {
    db: db.db,
    logger: testLogger(),
    // Records the event as the engine does (in its transaction), without answering.
    handler: async (inbound, claim) => {
      handled.push(inbound);
      return (await db.db.transaction(claim)) ? 'committed' : 'duplicate';
    },
  });

describe('citizen record', () => {
  it('follows, shares contact details with consent time, and unfollows', async () => {
    const followedAt = Date.now() - 60_000;
    await handle(event({ type: 'follow' }, followedAt));
    let citizen = await findCitizen(db.db, USER);
    expect(citizen?.following).toBe(true);
    expect(citizen?.followedAt?.getTime()).toBe(followedAt);
    expect(isInsideSendWindow(citizen, new Date(), 7)).toBe(true);

    const sharedAt = Date.now() - 30_000;
    await handle(
      event({ type: 'submit_info', name: 'Nguyễn Thị Lan', phone: '0912345678', address: 'Phường 1' }, sharedAt),
    );
    citizen = await findCitizen(db.db, USER);
    expect(citizen?.contactPhone).toBe('0912345678');
    expect(citizen?.contactName).toBe('Nguyễn Thị Lan');
    expect(citizen?.contactConsentedAt?.getTime()).toBe(sharedAt);
    expect(handled.at(-1)?.payload).toMatchObject({ kind: 'contact', phone: '0912345678' });

    await handle(event({ type: 'unfollow' }));
    citizen = await findCitizen(db.db, USER);
    expect(citizen?.following).toBe(false);
    expect(handled.map((e) => e.payload.kind)).toEqual(['follow', 'contact', 'unfollow']);
    expect(await listConversation(db.db, USER)).toHaveLength(3);
  });

  it('never moves the last interaction backwards when an older event is handled late', async () => {
    const now = Date.now();
    await handle(event({ type: 'text', text: 'mới' }, now));
    await handle(event({ type: 'text', text: 'cũ' }, now - 3_600_000));
    expect((await findCitizen(db.db, USER))?.lastInteractionAt?.getTime()).toBe(now);
  });

  it('remembers the language chosen in the conversation', async () => {
    const preferences = createCitizenPreferences(db.db);
    const id = USER as CitizenId;
    expect(await preferences.findLanguage(id)).toBeNull();
    await preferences.setLanguage(id, 'en');
    expect(await preferences.findLanguage(id)).toBe('en');
  });

  it('purges citizens who left and conversation messages older than the retention period', async () => {
    const old = Date.now() - 100 * 24 * 3600 * 1000;
    await handle(event({ type: 'follow' }, old));
    await handle(event({ type: 'text', text: 'cũ lắm rồi' }, old));
    await handle(event({ type: 'unfollow' }, old));
    const stayer = '6142494823000000202';
    await db.db.insert(citizens).values({ zaloUserId: stayer, following: true, lastInteractionAt: new Date(old) });

    const cutoff = new Date(Date.now() - 90 * 24 * 3600 * 1000);
    expect(await purgeConversationLog(db.db, cutoff)).toBe(3);
    expect(await purgeInactiveCitizens(db.db, cutoff)).toBe(1);
    expect(await findCitizen(db.db, USER)).toBeNull();
    const [kept] = await db.db.select().from(citizens).where(eq(citizens.zaloUserId, stayer));
    expect(kept?.following).toBe(true);
  });

  it('pseudonymises handoffs ended before the retention period (id, Zalo name, close note go), keeping times and rating', async () => {
    const handoffs = createHandoffStore(db.db);
    const endHandoff = async (citizenId: string, closedAt: Date) => {
      const { id } = await handoffs.request({
        citizenId: citizenId as CitizenId,
        flowId: 'handoff',
        at: new Date(closedAt.getTime() - 3600_000),
      });
      await handoffs.setCitizenName(id, 'Nguyễn Văn An');
      await handoffs.recordAnswer(id, { now: new Date(closedAt.getTime() - 60_000) });
      await handoffs.close(id, 'official', { now: closedAt, note: 'Đã gọi lại số 0912345678' });
      return id;
    };
    const old = await endHandoff(USER, new Date(Date.now() - 100 * 24 * 3600 * 1000));
    const recent = await endHandoff('6142494823000000203', new Date(Date.now() - 24 * 3600 * 1000));

    await handoffs.rate({
      citizenId: USER,
      handoffId: old,
      rating: 4,
      at: new Date(Date.now() - 99 * 24 * 3600 * 1000),
    });

    expect(await handoffs.purgePersonalData(new Date(Date.now() - 90 * 24 * 3600 * 1000))).toBe(1);
    // Pseudonymised: the rating stays countable for the statistics, the link to the citizen goes.
    expect(await handoffs.find(old)).toMatchObject({
      citizenId: ANONYMISED_HANDOFF_CITIZEN,
      citizenName: null,
      closeNote: null,
      status: 'closed',
      rating: 4,
    });
    expect((await handoffs.find(old))?.firstAnswerAt).not.toBeNull();
    expect(await handoffPersonalData.count(db.db, USER)).toBe(0);
    // Done once: the next run finds nothing left to clear.
    expect(await handoffs.purgePersonalData(new Date(Date.now() - 90 * 24 * 3600 * 1000))).toBe(0);
    expect(await handoffs.find(recent)).toMatchObject({
      citizenName: 'Nguyễn Văn An',
      closeNote: 'Đã gọi lại số 0912345678',
    });
  });

  it("erases a citizen's handoffs at their request: the live one ends, all lose the citizen's id, ratings stay", async () => {
    const handoffs = createHandoffStore(db.db);
    const other = '6142494823000000204';
    const earlier = await handoffs.request({ citizenId: USER as CitizenId, flowId: 'handoff' });
    await handoffs.setCitizenName(earlier.id, 'Nguyễn Văn An');
    await handoffs.recordAnswer(earlier.id);
    await handoffs.close(earlier.id, 'official', { note: 'Đã gọi lại số 0912345678' });
    await handoffs.rate({ citizenId: USER, handoffId: earlier.id, rating: 5, at: new Date() });
    const live = await handoffs.request({ citizenId: USER as CitizenId, flowId: 'handoff' });
    const theirs = await handoffs.request({ citizenId: other as CitizenId, flowId: 'handoff' });
    const holder = createPersonalDataHolders({ photos: { remove: () => Promise.resolve() } }).find(
      (h) => h.name === 'handoffs',
    );
    if (!holder) throw new Error('no handoffs holder');

    expect(await holder.count(db.db, USER)).toBe(2);
    expect(await holder.describe?.(db.db, USER)).toEqual([
      expect.objectContaining({ status: 'closed', rating: 5 }),
      expect.objectContaining({ status: 'open', rating: null }),
    ]);
    expect(await holder.erase(db.db, USER)).toBe(2);
    expect(await holder.count(db.db, USER)).toBe(0);
    expect(await handoffs.find(earlier.id)).toMatchObject({
      citizenId: ANONYMISED_HANDOFF_CITIZEN,
      citizenName: null,
      closeNote: null,
      rating: 5,
      closedBy: 'official',
    });
    expect(await handoffs.find(live.id)).toMatchObject({
      citizenId: ANONYMISED_HANDOFF_CITIZEN,
      status: 'closed',
      closedBy: 'citizen',
    });
    expect(await handoffs.findLive(USER)).toBeNull();
    // A name looked up meanwhile is not written back onto the pseudonymised row.
    await handoffs.setCitizenName(live.id, 'Nguyễn Văn An');
    expect((await handoffs.find(live.id))?.citizenName).toBeNull();
    // Someone else's handoff is untouched; erasing again finds nothing.
    expect(await handoffs.find(theirs.id)).toMatchObject({ citizenId: other, status: 'open' });
    expect(await holder.erase(db.db, USER)).toBe(0);
  });

  it('counts the dossier follows in effect as followed, the ended ones (kept until purged) apart', async () => {
    const follows = createDossierFollowStore(db.db);
    const now = new Date();
    const follow = (citizenId: string, dossierCode: string) => followDossier(db.db, citizenId, dossierCode, now);
    await follow(USER, '000.00.15.H02-221205-0001');
    await follow(USER, '000.00.15.H02-230118-0042');
    await follow('someone-else', '000.00.15.H02-221205-0001');
    expect(await follows.stop(USER, '000.00.15.H02-221205-0001', now)).toBe(true);
    const holders = createPersonalDataHolders({ photos: { remove: () => Promise.resolve() } });
    const show = createCitizenDataActions({ db: db.db, holders }).find((a) => a.name === 'citizen.data.show');
    const shown = async () => {
      const result = await show?.run(
        {},
        { citizenId: USER as CitizenId, language: 'vi', now, logger: testLogger(), variables: {} },
      );
      return result?.status === 'ok' ? (result.value as Record<string, number>) : null;
    };

    // "hồ sơ đang theo dõi" lists one: "dữ liệu của tôi" says one, and the one stopped on a line of its own.
    expect((await follows.listActive(USER)).length).toBe(1);
    expect(await shown()).toMatchObject({ follows: 1, endedFollows: 1, total: 2 });
    await follows.stop(USER, '000.00.15.H02-230118-0042', now);
    expect(await shown()).toMatchObject({ follows: 0, endedFollows: 2, total: 2 });
    // The retention purge takes the ended ones: nothing is left to show.
    await follows.purgeEnded(new Date(now.getTime() + 1));
    expect(await shown()).toMatchObject({ follows: 0, endedFollows: 0, total: 0 });

    // Erasure takes both kinds, and only the citizen's.
    await follow(USER, '000.00.15.H02-221205-0001');
    await follow(USER, '000.00.15.H02-230118-0042');
    await follows.stop(USER, '000.00.15.H02-230118-0042', now);
    const erased: Record<string, number> = {};
    for (const holder of holders.filter((h) => h.name === 'follows' || h.name === 'endedFollows')) {
      erased[holder.name] = await holder.erase(db.db, USER);
    }
    expect(erased).toEqual({ follows: 1, endedFollows: 1 });
    expect(await shown()).toMatchObject({ follows: 0, endedFollows: 0 });
    expect((await follows.listActive('someone-else')).length).toBe(1);
  });
});
