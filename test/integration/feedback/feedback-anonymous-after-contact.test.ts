import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { buttonsOf, texts, ZaloCitizens, type ConversationItem } from '../admin-flows/clients.js';

const CONTENT = 'Đèn đường trước nhà số 5 phố Lý Thái Tổ không sáng ba hôm nay, buổi tối rất tối và nguy hiểm.';

/**
 * A citizen who chose to leave their contact details changes their mind at the sharing card: a button or a message
 * such as "thôi không muốn gửi tên" sends the report anonymously instead, nothing of it lost.
 */
describe('feedback: anonymous after choosing to leave contact details', () => {
  let system: TestSystem;
  let zalo: ZaloCitizens;

  beforeAll(async () => {
    system = await startTestSystem();
    zalo = ZaloCitizens.of(system);
  }, 120_000);
  afterAll(() => system?.destroy());

  async function toContactCard(name: string): Promise<{ citizen: string; card: ConversationItem[] }> {
    const citizen = await zalo.create(name);
    await zalo.say(citizen, { type: 'follow' });
    const say = (text: string) => zalo.say(citizen, { type: 'text', text });
    await say('phan anh');
    await say('hạ tầng');
    await say(CONTENT);
    await say('bỏ qua');
    await say('bỏ qua');
    const card = await say('#choice:contact');
    expect(texts(card)).toContain('Chia sẻ');
    return { citizen, card };
  }

  // Citizen says → the summary the bot answers with.
  const cases: Array<[string, (card: ConversationItem[]) => string]> = [
    ['the "Gửi ẩn danh" button', (card) => String(buttonsOf(card).find((b) => b.title === 'Gửi ẩn danh')?.payload)],
    ['"thôi không muốn gửi tên"', () => 'thôi không muốn gửi tên'],
    ['"gửi ẩn danh"', () => 'gửi ẩn danh'],
  ];
  it.each(cases)(
    '%s → the summary, anonymous, with the description',
    async (_name, answer) => {
      const { citizen, card } = await toContactCard('Phạm Thị Dung');
      expect(buttonsOf(card).map((button) => button.title)).toContain('Gửi ẩn danh');
      const summary = texts(await zalo.say(citizen, { type: 'text', text: answer(card) }));
      expect(summary).toContain('Tôi gửi phản ánh không kèm thông tin liên hệ');
      expect(summary).toContain('Người gửi: ẩn danh');
      expect(summary).toContain(CONTENT);
      const sent = texts(await zalo.say(citizen, { type: 'text', text: '#choice:send' }));
      expect(sent).toMatch(/PA-ZL-\d{4}-\d{6}/);
    },
    120_000,
  );
});
