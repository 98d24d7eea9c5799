import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackTickets } from '../../../src/feedback/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from '../admin-flows/clients.js';

const NUMBER = /PA-ZL-\d{4}-\d{6}/;
const CONTENT = 'Cống thoát nước trước chợ bị tắc, nước thải tràn ra mặt đường mấy hôm nay.';

interface Share {
  code: string;
  name: string;
  count: number;
}

/**
 * A shared location counts where it is: the commune Zalo's address for the point names is the ticket's commune (its
 * routing, the dashboard's "by commune"); a point with no address has no commune, and is counted as one not identified.
 * The composed server, the sandbox Zalo and LGSP over HTTP.
 */
describe('the commune of a shared location', () => {
  let system: TestSystem;
  let citizens: ZaloCitizens;
  let admin: AdminApi;

  const file = async (name: string, location: Record<string, unknown>): Promise<string> => {
    const citizen = await citizens.create(name);
    await citizens.say(citizen, { type: 'follow' });
    for (const text of ['phản ánh', 'hạ tầng', CONTENT, 'bỏ qua']) await citizens.say(citizen, { type: 'text', text });
    expect(texts(await citizens.say(citizen, { type: 'location', ...location }))).toContain(
      'để lại họ tên và số điện thoại',
    );
    await citizens.say(citizen, { type: 'text', text: '#choice:anonymous' });
    const number = NUMBER.exec(texts(await citizens.say(citizen, { type: 'text', text: '#choice:send' })))?.[0];
    if (!number) throw new Error('no ticket number');
    return number;
  };
  const ticketRow = async (number: string) =>
    (await system.database.db.select().from(feedbackTickets).where(eq(feedbackTickets.number, number)))[0];

  beforeAll(async () => {
    system = await startTestSystem();
    citizens = ZaloCitizens.of(system);
    admin = await signInFirstAdmin(system);
  });
  afterAll(() => system.destroy());

  it('takes the commune Zalo’s address names, and counts a point without one as not identified', async () => {
    const named = await file('Ngô Văn Định', {
      latitude: 21.1861,
      longitude: 106.0763,
      address: '12 Lý Thái Tổ, Phường Kinh Bắc, Bắc Ninh',
    });
    const bare = await file('Ngô Thị Vị', { latitude: 21.19, longitude: 106.08 });
    const withCommune = await ticketRow(named);
    expect(withCommune).toMatchObject({
      placeSource: 'location',
      placeAddress: '12 Lý Thái Tổ, Phường Kinh Bắc, Bắc Ninh',
      placeCommuneName: 'Phường Kinh Bắc',
      placeCommuneCode: expect.stringMatching(/^\d{5}$/),
    });
    expect(await ticketRow(bare)).toMatchObject({ placeSource: 'location', placeCommuneCode: null });

    const stats = await admin.request('GET', '/stats?days=7');
    const byCommune = (stats.body.feedback as { byCommune: Share[] }).byCommune;
    expect(byCommune).toEqual(
      expect.arrayContaining([
        { code: withCommune?.placeCommuneCode, name: 'Phường Kinh Bắc', count: 1 },
        { code: '-', name: '', count: 1 },
      ]),
    );
  }, 120_000);
});
