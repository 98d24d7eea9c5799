import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { buttonsOf, texts, ZaloCitizens } from '../admin-flows/clients.js';

const CODE = '000.00.15.H02-221205-0001';

/**
 * What the sandbox phone's tester did, on the whole server (sandbox Zalo and LGSP, follows stored): follow a dossier,
 * list the followed ones, type a code from the list as one does to see its status. The code shows the dossier; only
 * its "Bỏ theo dõi" button stops the follow; "dữ liệu của tôi" then counts no follow in effect, and the ended one kept
 * until the retention period on a line of its own.
 */
describe('the followed dossiers, from the phone', () => {
  let system: TestSystem;
  let zalo: ZaloCitizens;

  beforeAll(async () => {
    system = await startTestSystem();
    zalo = ZaloCitizens.of(system);
  }, 120_000);
  afterAll(() => system?.destroy());

  async function citizen(name: string) {
    const id = await zalo.create(name);
    await zalo.say(id, { type: 'follow' });
    const say = (text: string) => zalo.say(id, { type: 'text', text });
    const tap = (items: Awaited<ReturnType<typeof say>>, title: string) => {
      const button = buttonsOf(items).find((candidate) => candidate.title === title);
      expect(button, `no button "${title}" in ${JSON.stringify(buttonsOf(items))}`).toBeDefined();
      return say(String(button?.payload));
    };
    return { say, tap };
  }

  it('a code typed after the list shows the dossier; "Bỏ theo dõi" stops; "dữ liệu của tôi" counts it', async () => {
    const { say, tap } = await citizen('Bác Tư');
    expect(texts(await tap(await say(CODE), 'Theo dõi hồ sơ'))).toContain(`Đã đăng ký theo dõi hồ sơ ${CODE}`);
    const list = await say('hồ sơ đang theo dõi');
    expect(texts(list)).toContain('Anh/chị đang theo dõi 1 hồ sơ');
    // The dossier, and the way back to the menu.
    expect(buttonsOf(list).map((button) => button.title)).toEqual([CODE, 'Danh mục']);

    const typed = await say(CODE);
    expect(texts(typed)).toContain('Đang được giải quyết');
    expect(texts(typed)).not.toContain('Đã bỏ theo dõi');
    expect(texts(await say('hồ sơ đang theo dõi'))).toContain('Anh/chị đang theo dõi 1 hồ sơ');
    // The list's button opens the dossier too.
    const tapped = await tap(list, CODE);
    expect(texts(tapped)).toContain('Đang được giải quyết');
    expect(texts(await say('xem dữ liệu của tôi'))).toContain(
      '• Hồ sơ đang theo dõi: 1\n• Hồ sơ không còn theo dõi: 0 (tự động xóa sau thời hạn lưu trữ)',
    );

    expect(texts(await tap(tapped, 'Bỏ theo dõi'))).toContain(`Đã bỏ theo dõi hồ sơ ${CODE}`);
    expect(texts(await say('hồ sơ đang theo dõi'))).toContain('Anh/chị chưa theo dõi hồ sơ nào');
    expect(texts(await say('xem dữ liệu của tôi'))).toContain(
      '• Hồ sơ đang theo dõi: 0\n• Hồ sơ không còn theo dõi: 1 (tự động xóa sau thời hạn lưu trữ)',
    );
  }, 60_000);

  it('in English', async () => {
    const { say, tap } = await citizen('Ms Lan');
    await say('#lang en');
    expect(texts(await tap(await say(CODE), 'Follow this dossier'))).toContain(`You are now following dossier ${CODE}`);
    const list = await say('followed dossiers');
    expect(buttonsOf(list).map((button) => button.title)).toEqual([CODE, 'Menu']);

    const typed = await say(CODE);
    expect(texts(typed)).toContain(CODE);
    expect(texts(typed)).not.toContain('You no longer follow');
    expect(texts(await tap(typed, 'Stop following'))).toContain(`You no longer follow dossier ${CODE}`);
    expect(texts(await say('my data'))).toContain(
      '• Dossiers you follow: 0\n• Dossiers no longer followed: 1 (deleted automatically after the retention period)',
    );
  }, 60_000);
});
