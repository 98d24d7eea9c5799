import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMemoryFlowSource,
  createTemplateRenderer,
  loadFlowsFromDir,
  simulateConversation,
  type OutboundMessage,
  type TranscriptTurn,
} from '../../../src/conversation/index.js';
import { createShippedInputTypes } from '../../../src/shipped-input-types.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { testLogger } from '../../helpers/logger.js';
import { shippedActionsFor } from './shipped-actions.js';
import { startHarness, type Harness } from './harness.js';
import { seenTexts as texts } from './dialog-table.js';

const CODE = '000.00.15.H02-221205-0001';
const TAX_CODE = '2300900005';

function buttons(messages: readonly OutboundMessage[]): string[] {
  return messages.flatMap((m) =>
    m.kind === 'text' ? (m.buttons ?? []).map((b) => (b.action.type === 'query' ? b.action.payload : b.title)) : [],
  );
}

/**
 * Messages as citizens type them, through the shipped flows, the real engine and the LGSP simulator over HTTP: each
 * must reach the right answer at once (no question asked again, no fallback).
 */
describe('understanding citizens: first messages reach the right answer', () => {
  let h: Harness;
  let db: TestDatabase;
  const renderer = createTemplateRenderer({ templatesDir: path.resolve('templates') });
  const loaded = loadFlowsFromDir(path.resolve('flows'));
  let run: (messages: string[], language?: 'vi' | 'en') => Promise<TranscriptTurn[]>;

  beforeAll(async () => {
    h = await startHarness();
    db = await createTestDatabase();
    const actions = shippedActionsFor(h, db, renderer);
    run = (messages, language) =>
      simulateConversation(
        {
          flows: createMemoryFlowSource(loaded.flows),
          actions,
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

  const first = async (message: string, language?: 'vi' | 'en') => {
    const [turn] = await run([message], language);
    return turn?.bot ?? [];
  };

  it.each<[string, string]>([
    // Codes inside sentences go straight to the answer.
    [`Mã hồ sơ của tôi là ${CODE}`, 'Đang được giải quyết'],
    [`tra cứu hồ sơ ${CODE}`, 'Đang được giải quyết'],
    [`hồ sơ số ${CODE} sao rồi`, 'Đang được giải quyết'],
    [`${CODE} nhờ anh chị xem giúp`, 'Đang được giải quyết'],
    [`hs 000.00.15.h02 221205 0001 den dau roi a`, 'Đang được giải quyết'],
    // Separators missing, mixed or replaced: the dossier found, its code quoted as printed on the receipt.
    ['hồ sơ 0000015H02221205 0001 sao rồi', `Hồ sơ ${CODE}\n• Thủ tục`],
    ['hs 000.00.15H02.221205.0001 xong chưa', `Hồ sơ ${CODE}\n• Thủ tục`],
    ['000.00.15.h02 2212050001', `Hồ sơ ${CODE}\n• Thủ tục`],
    [`tra cứu mã số thuế ${TAX_CODE}`, 'CÔNG TY TNHH ĐIỆN TỬ KINH BẮC'],
    [`mst ${TAX_CODE}`, 'CÔNG TY TNHH ĐIỆN TỬ KINH BẮC'],
    [TAX_CODE, 'CÔNG TY TNHH ĐIỆN TỬ KINH BẮC'],
    [`cho hỏi cty ${TAX_CODE} còn hoạt động ko`, 'CÔNG TY TNHH ĐIỆN TỬ KINH BẮC'],
    ['PA-ZL-2026-000777 xem giúp em', 'Tôi không tìm thấy phản ánh nào'],
    ['phản ánh PA-ZL-2026-000777 của em xử lý chưa', 'Tôi không tìm thấy phản ánh nào'],
    // Topics of procedures: searched with the topic words only.
    ['khai sinh', 'Thủ tục đăng ký khai sinh'],
    ['kết hôn', 'Thủ tục đăng ký kết hôn'],
    ['đăng ký khai sinh', 'Thủ tục đăng ký khai sinh'],
    ['thủ tục cấp giấy khai sinh', 'Thủ tục đăng ký khai sinh'],
    ['làm giấy khai sinh cần gì', 'Thủ tục đăng ký khai sinh'],
    ['cho em hoi thu tuc ket hon voi a', 'Thủ tục đăng ký kết hôn'],
    ['làm căn cước công dân cần gì', 'căn cước'],
    ['thủ tục hành chính', 'cần tìm thủ tục gì'],
    ['tthc', 'cần tìm thủ tục gì'],
    // Abbreviations and typing without diacritics.
    ['mst', 'mã số thuế'],
    ['tra cuu dn', 'mã số thuế'],
    ['tra cuws hoof sow', 'nhập mã hồ sơ'],
    ['gap can bo', 'cán bộ'],
    // A dossier question that names its subject, or says it is not back yet ("chưa trả", not "tra cứu").
    ['hồ sơ khai sinh của tôi nộp tuần trước giờ sao rồi', 'nhập mã hồ sơ'],
    ['ho so cap so do nha em chua tra ket qua', 'nhập mã hồ sơ'],
  ])('"%s" → %s', async (message, expected) => {
    const reply = texts(await first(message));
    expect(reply).toContain(expected);
    expect(reply).not.toContain('chưa hiểu');
  });

  it.each<[string, string]>([
    ['check my dossier', 'Please type the dossier code'],
    ['how do I register a birth', 'Thủ tục đăng ký khai sinh'],
    ['marriage registration', 'Thủ tục đăng ký kết hôn'],
    [`what is the status of ${CODE}`, 'Being processed'],
    ['my dossiers', 'phone number linked to your Zalo account'],
  ])('(English) "%s" → %s', async (message, expected) => {
    const reply = texts(await first(message, 'en'));
    expect(reply).toContain(expected);
    expect(reply).not.toContain('did not understand');
  });

  // What is asked of a procedure, opening the message ("cấp lại", "làm lại"), leads its search with the words naming
  // it: the re-issue first, not the first card. The first procedure shown: its details alone, or the first button.
  it.each<[string, string]>([
    ['cấp lại căn cước', 'Cấp lại thẻ căn cước'],
    ['cap lai can cuoc', 'Cấp lại thẻ căn cước'],
    ['cho em hỏi thủ tục cấp lại căn cước ạ', 'Cấp lại thẻ căn cước'],
    ['làm lại căn cước', 'Cấp lại thẻ căn cước'],
    ['cấp đổi căn cước', 'Cấp đổi thẻ căn cước'],
    ['đổi bằng lái xe', 'Đổi giấy phép lái xe'],
    ['cấp lại giấy phép lái xe bị mất', 'Cấp lại giấy phép lái xe'],
    ['lệ phí cấp lại giấy phép xây dựng bao nhiêu', 'Cấp lại giấy phép xây dựng'],
    ['làm giấy khai sinh', 'Thủ tục đăng ký khai sinh'],
    ['xin giay phep xay dung', 'Cấp giấy phép xây dựng mới'],
    ['sang tên sổ đỏ', 'Đăng ký biến động đất đai'],
    ['đăng ký kinh doanh hộ cá thể', 'Đăng ký thành lập hộ kinh doanh'],
    ['đăng ký tạm trú', 'Đăng ký tạm trú'],
  ])('procedure search: "%s" shows %s first', async (message, expected) => {
    const bot = await first(message);
    const titles = bot.flatMap((m) => (m.kind === 'text' ? (m.buttons ?? []).map((b) => b.title) : []));
    const shown = texts(bot).includes('(mã ') ? texts(bot) : (titles[0] ?? '');
    expect(shown.startsWith(expected), `${message}: ${texts(bot)}`).toBe(true);
  });

  it('"my dossier" offers both sharing the phone number and typing the code', async () => {
    const bot = await first('hồ sơ của tôi');
    expect(bot.some((m) => m.kind === 'request_user_info')).toBe(true);
    expect(buttons(bot)).toContain('#dossier');
    const ask = await first('tra cứu hồ sơ');
    expect(buttons(ask)).toContain('#my_dossiers');
  });

  it('"hồ sơ" alone (or "hs") asks: look a dossier up by its code, or list mine by phone number', async () => {
    for (const message of ['hồ sơ', 'hs', 'ho so a']) {
      const bot = await first(message);
      expect(texts(bot), message).toMatch(/muốn:/);
      // Then the way out: none of these.
      expect(buttons(bot), message).toEqual(['#dossier', '#my_dossiers', '#not_meant']);
    }
  });

  it('words that belong to a job, and a flow the examples came near, are asked about: the nearest first', async () => {
    const [turn] = await run(['nop hs online duoc khong']);
    expect(buttons(turn?.bot ?? [])[0]).toBe('#procedure');
  });

  it('a message close to two flows asks which one, with a button each that starts it', async () => {
    const bot = await first('phản ánh');
    // "phản ánh" alone is a keyword: sure. A vaguer one is asked about.
    expect(texts(bot)).toContain('lĩnh vực');
    const [asked, chosen] = (await run(['theo dõi', '#follows'])).map((t) => t.bot);
    expect(texts(asked ?? [])).toMatch(/muốn:/);
    expect(buttons(asked ?? [])).toEqual(expect.arrayContaining(['#follows', '#follow_dossier']));
    expect(texts(chosen ?? [])).toContain('chưa theo dõi hồ sơ nào');
  });

  it('a code typed where the bot asks for words is looked up, not searched for; words still are', async () => {
    const [, taxCode] = await run(['tthc', `mst ${TAX_CODE}`]);
    expect(texts(taxCode?.bot ?? [])).toContain('CÔNG TY TNHH ĐIỆN TỬ KINH BẮC');
    const [, dossier] = await run(['tthc', CODE]);
    expect(texts(dossier?.bot ?? [])).toContain('Đang được giải quyết');
    const [, words] = await run(['tthc', 'khai sinh']);
    expect(texts(words?.bot ?? [])).toContain('Thủ tục đăng ký khai sinh');
    // A feedback description keeps what the citizen wrote, codes included: the report goes on to the photos.
    const described = await run(['phản ánh', '1', `hồ sơ ${CODE} trễ hẹn mà chưa ai trả lời`]);
    expect(texts(described.at(-1)?.bot ?? [])).toContain('ảnh chụp hiện trường');
  });

  it('out-of-scope messages get the out-of-scope answer or the fallback, never an LGSP lookup', async () => {
    // Subjects no flow serves (`words:understanding.off_topic`): what the bot does, and the menu.
    // Off-topic words are never "corrected" (`world` stays `world`, no `would`): `world cup` is met.
    for (const message of [
      'giá vàng hôm nay',
      'thời tiết mai thế nào',
      'kết quả xổ số miền nam 0101243150',
      'ai vô địch world cup',
      // Looking up what no flow serves: "tra cứu" alone is no evidence for a lookup.
      'tra cuu diem thi thpt',
    ]) {
      const reply = texts(await first(message));
      expect(reply, message).toContain('nằm ngoài những gì tôi hỗ trợ');
      expect(reply, message).not.toContain('chưa hiểu');
    }
    for (const message of [
      // One typo from the keyword "bắt đầu" on folded text, but the marks (or a syllable in a sentence) say otherwise.
      'hôm nay sát đầu năm rồi',
      'hom nay sat dau nam roi',
    ]) {
      const reply = texts(await first(message));
      expect(reply, message).toContain('chưa hiểu');
    }
  });
});
