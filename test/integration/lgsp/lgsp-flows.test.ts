import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ActionRegistry,
  createMemoryFlowSource,
  createTemplateRenderer,
  formatTranscript,
  loadFlowsFromDir,
  simulateConversation,
  validateFlows,
  type OutboundMessage,
  type TranscriptTurn,
} from '../../../src/conversation/index.js';
import { createDossierFollowStore } from '../../../src/lgsp/index.js';
import { createShippedInputTypes } from '../../../src/shipped-input-types.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { followDossier } from '../../helpers/dossier-follows.js';
import { testLogger } from '../../helpers/logger.js';
import { shippedActionsFor } from './shipped-actions.js';
import { startHarness, type Harness } from './harness.js';

const CODE = '000.00.15.H02-221205-0001';
const OWNER = 'Nguyễn Văn An';

function texts(messages: OutboundMessage[]): string {
  return messages
    .map((m) => (m.kind === 'text' ? m.text : m.kind === 'request_user_info' ? `[share:${m.title}]` : '[image]'))
    .join('\n');
}
function buttons(messages: OutboundMessage[]): string[] {
  return messages.flatMap((m) =>
    m.kind === 'text'
      ? (m.buttons ?? []).map((b) =>
          b.action.type === 'query' ? b.action.payload : b.action.type === 'url' ? b.action.url : b.action.phone,
        )
      : [],
  );
}

describe('LGSP flows through the real conversation engine and the LGSP simulator', () => {
  let h: Harness;
  let db: TestDatabase;
  const renderer = createTemplateRenderer({ templatesDir: path.resolve('templates') });
  const loaded = loadFlowsFromDir(path.resolve('flows'));
  let run: (messages: string[], language?: 'vi' | 'en') => Promise<TranscriptTurn[]>;
  let registry: ActionRegistry;

  beforeAll(async () => {
    h = await startHarness();
    db = await createTestDatabase();
    registry = shippedActionsFor(h, db, renderer);
    run = (messages, language) =>
      simulateConversation(
        {
          flows: createMemoryFlowSource(loaded.flows),
          actions: registry,
          inputs: createShippedInputTypes(),
          templates: renderer,
          logger: testLogger(),
          config: { sessionTtlMinutes: 30, officeHours: 'Mon-Sun 00:00-24:00' },
        },
        { messages, ...(language ? { language } : {}) },
      );
  });
  afterAll(async () => {
    await h.close();
    await db.destroy();
  });

  it('the shipped LGSP flows validate clean against the real actions and templates', () => {
    expect(loaded.problems).toEqual([]);
    const problems = validateFlows(loaded.flows, {
      actions: registry,
      inputs: createShippedInputTypes(),
      templates: renderer,
      languages: ['vi', 'en'],
    });
    expect(problems).toEqual([]);
  });

  it('dossier lookup: asked for, typed loosely, answered with masked owner and no contact details', async () => {
    const transcript = await run(['tra cuu ho so', '000.00.15.h02 221205 0001']);
    const [ask, answer] = transcript.map((t) => t.bot);
    expect(texts(ask ?? [])).toContain('mã hồ sơ');
    const reply = texts(answer ?? []);
    expect(reply).toContain(CODE);
    expect(reply).toContain('Đăng ký thành lập hộ kinh doanh');
    expect(reply).toContain('Đang được giải quyết');
    expect(reply).toContain('UBND xã Yên Phong');
    expect(reply).toContain('đã quá hạn');
    expect(reply).toContain('Nguyễn V** A*');
    expect(reply).not.toContain(OWNER);
    expect(reply).not.toContain('0912345678');
    expect(reply).not.toContain('@example.vn');
    expect(buttons(answer ?? [])).toContain(`#follow_dossier ${CODE}`);
  });

  it('a message that is just a code starts the lookup; an unknown code says so and offers a retry (English)', async () => {
    const [direct] = await run([CODE]);
    expect(texts(direct?.bot ?? [])).toContain('Đang được giải quyết');
    const [missing] = await run(['000.00.99.H99-260101-9999'], 'en');
    expect(texts(missing?.bot ?? [])).toContain('could not find a dossier with the code 000.00.99.H99-260101-9999');
    expect(buttons(missing?.bot ?? [])).toContain('#go:dossier/ask');
  });

  it('dossier lookup while the LGSP is down says it is unavailable in plain words', async () => {
    h.simulator.faults.set({ down: true });
    try {
      const [turn] = await run(['000.30.24.H06-261114-0001']);
      expect(texts(turn?.bot ?? [])).toContain('tạm thời gián đoạn');
    } finally {
      h.simulator.faults.reset();
    }
  });

  it('follow: the citizen subscribes from the lookup answer (simulated: shown as an effect, not written)', async () => {
    const [turn] = await run([`#follow_dossier ${CODE}`]);
    expect(texts(turn?.bot ?? [])).toContain(`Đã đăng ký theo dõi hồ sơ ${CODE}`);
    expect(turn?.effects).toMatchObject([{ type: 'lgsp.dossier.follow', payload: { dossierCode: CODE } }]);
    expect(formatTranscript(turn ? [turn] : [])).toContain(`! would lgsp.dossier.follow {"dossierCode":"${CODE}"`);
    expect(await createDossierFollowStore(db.db).listActive('simulator')).toEqual([]);
    const finished = h.simulator.data.dossiers.find((d) => d.status === 'returned');
    const [done] = await run([`#follow_dossier ${finished?.code ?? ''}`]);
    expect(texts(done?.bot ?? [])).toContain('đã kết thúc');
  });

  it('my dossiers: asks Zalo for the phone number, explains a typed one, lists the dossiers as buttons', async () => {
    const transcript = await run(['hồ sơ của tôi', '0912345678', '@contact 0912345678']);
    const [ask, typed, listed] = transcript.map((t) => t.bot);
    expect(ask?.some((m) => m.kind === 'request_user_info')).toBe(true);
    // The card's button says "Chia sẻ"; the answer offers a way out and blames nobody.
    expect(texts(typed ?? [])).toContain('bấm nút "Chia sẻ"');
    expect(buttons(typed ?? [])).toEqual(['#dossier', '#menu']);
    expect(typed?.some((m) => m.kind === 'request_user_info')).toBe(true);
    const reply = texts(listed ?? []);
    expect(reply).toContain('Tôi tìm thấy 4 hồ sơ');
    expect(reply).not.toContain('0912345678');
    expect(buttons(listed ?? [])).toContain(`#dossier ${CODE}`);
    const [none] = (await run(['#my_dossiers', '@contact 0900000000'])).slice(1);
    expect(texts(none?.bot ?? [])).toContain('không tìm thấy hồ sơ nào');
  });

  it('my dossiers: four dossiers at most as buttons, beside the menu; the others are opened by their code', async () => {
    // Four dossiers: a button each, and the menu.
    const [, four] = await run(['#my_dossiers', '@contact 0912345678']);
    expect(texts(four?.bot ?? [])).toContain('Bấm vào một hồ sơ để xem chi tiết.');
    expect(buttons(four?.bot ?? []).filter((b) => b.startsWith('#dossier '))).toHaveLength(4);
    expect(buttons(four?.bot ?? [])).toContain('#menu');
    // Six: all listed, the four newest as buttons, the menu, and the others by their code.
    const phone = '0911222333';
    const mine = h.simulator.data.dossiers.slice(0, 6).map((d, k) => ({
      ...d,
      code: `000.00.15.H02-2601${String(10 + k)}-0${String(100 + k)}`,
      receivedAt: `2026-01-${String(10 + k)}T01:00:00.000Z`,
      ownerPhone: phone,
    }));
    h.simulator.data.dossiers.push(...mine);
    const [, six] = await run(['#my_dossiers', `@contact ${phone}`], 'en');
    const reply = texts(six?.bot ?? []);
    for (const d of mine) expect(reply).toContain(d.code);
    expect(reply).toContain('for any other, send its code');
    const newest = mine
      .slice(2)
      .reverse()
      .map((d) => `#dossier ${d.code}`);
    expect(buttons(six?.bot ?? [])).toEqual([...newest, '#menu']);
    // One not among the buttons opens by its code.
    const [, , opened] = await run(['#my_dossiers', `@contact ${phone}`, mine[0]?.code ?? ''], 'en');
    expect(texts(opened?.bot ?? [])).toContain(`Dossier ${mine[0]?.code ?? ''}`);
  });

  it('my dossiers: a citizen who does not share is let go kindly, not told to stop', async () => {
    const [, first, second] = (await run(['hồ sơ của tôi', 'tại sao phải chia sẻ', 'không muốn'])).map((t) => t.bot);
    expect(texts(first ?? [])).toContain('Tôi chỉ tra cứu được bằng số điện thoại gắn với tài khoản Zalo');
    const end = texts(second ?? []);
    expect(end).toContain('Không sao.');
    expect(end).not.toContain('tạm dừng');
  });

  it('follows: a followed dossier offers to stop following; listed follows open their dossiers', async () => {
    await followDossier(db.db, 'simulator', CODE);
    try {
      const [lookup] = await run([CODE]);
      expect(buttons(lookup?.bot ?? [])).toContain(`#unfollow_dossier ${CODE}`);
      expect(buttons(lookup?.bot ?? [])).not.toContain(`#follow_dossier ${CODE}`);
      const [list] = await run(['hồ sơ đang theo dõi']);
      expect(texts(list?.bot ?? [])).toContain(`Anh/chị đang theo dõi 1 hồ sơ:\n• ${CODE}: Đang được giải quyết`);
      // A code in the list, tapped or typed, opens the dossier (as in "hồ sơ của tôi"); its "Bỏ theo dõi" stops.
      expect(buttons(list?.bot ?? [])).toEqual([`#dossier ${CODE}`, '#menu']);
      const [stop] = await run([`#unfollow_dossier ${CODE}`]);
      expect(texts(stop?.bot ?? [])).toContain(`Đã bỏ theo dõi hồ sơ ${CODE}`);
      expect(stop?.effects).toMatchObject([{ type: 'lgsp.dossier.unfollow', payload: { dossierCode: CODE } }]);
    } finally {
      await createDossierFollowStore(db.db).stop('simulator', CODE, new Date());
    }
    const [none] = await run(['bỏ theo dõi']);
    expect(texts(none?.bot ?? [])).toContain('Anh/chị chưa theo dõi hồ sơ nào');
    const [lookup] = await run([CODE]);
    expect(buttons(lookup?.bot ?? [])).toContain(`#follow_dossier ${CODE}`);
  });

  it('dossier lookup: a refused dossier is not late and offers no follow (nothing more will happen to it)', async () => {
    const [answer] = (await run(['000.30.24.H06-261110-0001'])).map((t) => t.bot);
    const reply = texts(answer ?? []);
    expect(reply).toContain('Không được tiếp nhận');
    expect(reply).not.toContain('quá hạn');
    expect(buttons(answer ?? [])).toContain('#menu');
    expect(buttons(answer ?? []).some((b) => b.startsWith('#follow_dossier'))).toBe(false);
  });

  it('procedures: words → up to 5 buttons → details with apply-online, search-again and menu buttons', async () => {
    const transcript = await run(['thủ tục khai sinh', '#procedure_detail 1.001193']);
    const [results, details] = transcript.map((t) => t.bot);
    const found = buttons(results ?? []);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(5);
    expect(found).toContain('#procedure_detail 1.001193');
    const reply = texts(details ?? []);
    expect(reply).toContain('Thủ tục đăng ký khai sinh');
    expect(reply).toContain('Tờ khai đăng ký khai sinh');
    expect(reply).toContain('Miễn lệ phí');
    expect(buttons(details ?? []).some((b) => b.startsWith('https://dichvucong.gov.vn/'))).toBe(true);
    // And a way on: another search, or the menu.
    expect(buttons(details ?? [])).toEqual(expect.arrayContaining(['#procedure', '#menu']));
  });

  it('procedures: a search with one match shows its details at once', async () => {
    // The words of a lost card ("bị mất", "làm lại") say which of the card procedures: that one only.
    const [only] = (await run(['cho e hỏi làm lại cccd bị mất cần giấy tờ gì'])).map((t) => t.bot);
    const reply = texts(only ?? []);
    expect(reply).toContain('Cấp lại thẻ căn cước (mã 1.013112)');
    expect(reply).toContain('07 ngày làm việc');
    expect(reply).not.toContain('thủ tục phù hợp');
    expect(buttons(only ?? []).some((b) => b.startsWith('https://dichvucong.gov.vn/'))).toBe(true);
  });

  /**
   * Citizen says → the procedure the bot answers with first (its details, or the first of the buttons). Requirement
   * questions as citizens type them: fillers, no diacritics, everyday words for the catalogue's ("sổ đỏ", "xây nhà"),
   * English. None of them may end in "no procedure found".
   */
  it.each<[says: string, code: string, name: string, language?: 'vi' | 'en']>([
    ['cho e hỏi làm lại cccd bị mất cần giấy tờ gì', '1.013112', 'Cấp lại thẻ căn cước'],
    ['làm sổ đỏ lần đầu cần những gì', '1.012794', 'Giấy chứng nhận quyền sử dụng đất'],
    ['thu tuc dang ky ket hon voi nguoi nuoc ngoai', '1.000895', 'Đăng ký kết hôn có yếu tố nước ngoài'],
    ['e muốn xin giấy phép xây nhà thì nộp ở đâu', '1.004227', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ'],
    ['how do I get a marriage certificate', '1.000894', 'Thủ tục đăng ký kết hôn', 'en'],
    ['trích lục khai sinh cho con', '2.000635', 'Cấp bản sao trích lục hộ tịch'],
    ['bằng lái xe bị mất', '1.002810', 'Cấp lại giấy phép lái xe'],
    ['xin giấy xác nhận cư trú', '1.004196', 'Xác nhận thông tin về cư trú'],
    ['chứng thực chữ ký', '2.000884', 'Chứng thực chữ ký'],
    ['mở hộ kinh doanh cần gì', '1.001612', 'Đăng ký thành lập hộ kinh doanh'],
    // Being a foreigner qualifies the procedure named ("có yếu tố nước ngoài" is a variation), it chooses none.
    ['I am a foreigner and I need temporary residence', '1.004194', 'Đăng ký tạm trú', 'en'],
  ])('procedures: "%s" → %s', async (says, code, name, language) => {
    const [turn] = await run([says], language);
    const reply = texts(turn?.bot ?? []);
    const first = buttons(turn?.bot ?? []).find((b) => b.startsWith('#procedure_detail '));
    if (first === undefined) expect(reply).toContain(`${code})`);
    else expect(first).toBe(`#procedure_detail ${code}`);
    const titles = (turn?.bot ?? []).flatMap((m) => (m.kind === 'text' ? (m.buttons ?? []).map((b) => b.title) : []));
    expect([reply, ...titles].join('\n')).toContain(name);
    expect(reply).not.toMatch(/không tìm thấy|found no procedure/i);
  });

  it('business lookup by tax code; a wrong check digit is asked again', async () => {
    const transcript = await run(['tra cứu doanh nghiệp', '2300900006', '2300900005'], 'en');
    const [, wrong, found] = transcript.map((t) => t.bot);
    expect(texts(wrong ?? [])).toMatch(/tax|mã số thuế/i);
    const reply = texts(found ?? []);
    expect(reply).toContain('CÔNG TY TNHH ĐIỆN TỬ KINH BẮC');
    expect(reply).toContain('2300900005');
    expect(reply).toContain('Trần Thị Bình (Giám đốc)');
    expect(reply).toContain('Legal representative');
    if (process.env.TEST_PRINT_TRANSCRIPTS) console.log(formatTranscript(transcript));
  });

  it.each<['vi' | 'en', string, string]>([
    ['en', '2300900005', 'Status: Operating'],
    ['en', '2400100002', 'Status: Business suspended for a set period'],
    ['en', '2301800003', 'Status: Dissolved'],
    ['vi', '2300900005', 'Tình trạng: Đang hoạt động'],
    ['vi', '2400100002', 'Tình trạng: Tạm ngừng kinh doanh có thời hạn'],
    ['vi', '2301800003', 'Tình trạng: Đã giải thể'],
  ])(
    "(%s) a business's status from the register is told in the citizen's language: %s",
    async (language, code, line) => {
      const [, found] = await run(['tra cứu doanh nghiệp', code], language);
      expect(texts(found?.bot ?? []).split('\n')).toContain(`• ${line}`);
    },
  );
});
