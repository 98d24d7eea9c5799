import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TemplateRenderer } from '../../../src/conversation/index.js';
import { createDossierFollowStore, createDossierWatch } from '../../../src/lgsp/index.js';
import { testLogger } from '../../helpers/logger.js';
import { eventually, type Harness as ZaloHarness } from '../zalo/harness.js';
import { startLgspOverZalo, type LgspOverZalo } from './over-zalo.js';
import { type Harness } from './harness.js';

const CODE = '000.00.15.H02-221205-0001';

/**
 * From a signed Zalo webhook to the message the Zalo simulator receives: webhook router → inbound queue → worker →
 * conversation engine (shipped flows) → lgsp.* actions → LGSP simulator over HTTP → MessageSink → outbound worker →
 * Zalo simulator.
 */
describe('LGSP flows end to end from a signed webhook', () => {
  let zalo: ZaloHarness;
  let setup: LgspOverZalo;
  let lgsp: Harness;
  let renderer: TemplateRenderer;

  beforeAll(async () => {
    setup = await startLgspOverZalo();
    ({ zalo, lgsp, renderer } = setup);
  });
  afterAll(() => setup.close());

  function texts(userId: string): string[] {
    return zalo.simulator.sent
      .filter((m) => m.userId === userId)
      .map((m) => {
        const body = m.body as {
          message: { text?: string; attachment?: { payload?: { elements?: Array<{ title?: string }> } } };
        };
        return body.message.text ?? body.message.attachment?.payload?.elements?.[0]?.title ?? '(attachment)';
      });
  }

  async function citizen(name: string) {
    const c = zalo.simulator.createCitizen(name);
    await zalo.simulator.act(c.id, { type: 'follow' });
    return c.id;
  }

  it('a message that is just a dossier code gets the dossier status, owner masked, no phone', async () => {
    const user = await citizen('Anh An');
    await zalo.simulator.act(user, { type: 'text', text: CODE });
    const reply = await eventually(() => texts(user).find((t) => t.includes(CODE)));
    expect(reply).toContain('Đang được giải quyết');
    expect(reply).toContain('Nguyễn V** A*');
    expect(reply).not.toContain('Nguyễn Văn An');
    expect(reply).not.toContain('0912345678');
  });

  it('my dossiers: the phone number comes from Zalo share, the list comes back', async () => {
    const user = await citizen('Chị Bích');
    await zalo.simulator.act(user, { type: 'text', text: 'hồ sơ của tôi' });
    await eventually(() => texts(user).length >= 2);
    await zalo.simulator.act(user, { type: 'submit_info', name: 'Nguyễn Văn An', phone: '0912345678' });
    const list = await eventually(() => texts(user).find((t) => t.includes('Tôi tìm thấy')));
    expect(list).toContain('4 hồ sơ');
    expect(list).not.toContain('0912345678');
  });

  it('procedure search and business lookup answer through Zalo', async () => {
    const user = await citizen('Anh Cường');
    await zalo.simulator.act(user, { type: 'text', text: 'thủ tục khai sinh' });
    await eventually(() => texts(user).find((t) => t.includes('thủ tục phù hợp')));
    await zalo.simulator.act(user, { type: 'text', text: '#procedure_detail 1.001193' });
    const details = await eventually(() => texts(user).find((t) => t.includes('Thủ tục đăng ký khai sinh')));
    expect(details).toContain('Giấy tờ cần chuẩn bị');
    await zalo.simulator.act(user, { type: 'text', text: '#business' });
    await eventually(() => texts(user).find((t) => t.includes('mã số doanh nghiệp')));
    await zalo.simulator.act(user, { type: 'text', text: '0107800009' });
    const business = await eventually(() => texts(user).find((t) => t.includes('VIỆT BẮC')));
    expect(business).toContain('Ngô Đức Anh');
  });

  it('a dossier just shown is followed and left in words, as its buttons would (stored follows)', async () => {
    const user = await citizen('Bác Hai');
    await zalo.simulator.act(user, { type: 'text', text: CODE });
    await eventually(() => texts(user).find((t) => t.includes('Đang được giải quyết')));
    await zalo.simulator.act(user, { type: 'text', text: 'báo cho tôi khi hồ sơ này có kết quả' });
    expect(await eventually(() => texts(user).find((t) => t.includes('Đã đăng ký theo dõi')))).toContain(CODE);
    const before = texts(user).length;
    await zalo.simulator.act(user, { type: 'text', text: CODE });
    await eventually(() => texts(user).length > before);
    await zalo.simulator.act(user, { type: 'text', text: 'thôi đừng báo về hồ sơ này nữa' });
    expect(await eventually(() => texts(user).find((t) => t.includes('Đã bỏ theo dõi')))).toContain(CODE);
    expect(texts(user).some((t) => t.includes('nhập mã hồ sơ'))).toBe(false);
  });

  it('a followed dossier whose status changes produces exactly one Zalo message', async () => {
    const user = await citizen('Chị Dung');
    const dossier = lgsp.simulator.data.dossiers.find((d) => d.status === 'payment_requested');
    if (!dossier) throw new Error('no dossier');
    await zalo.simulator.act(user, { type: 'text', text: `#follow_dossier ${dossier.code}` });
    await eventually(() => texts(user).find((t) => t.includes('Đã đăng ký theo dõi')));
    let now = Date.now();
    const watch = createDossierWatch({
      follows: createDossierFollowStore(zalo.db.db),
      dossiers: lgsp.lgsp.dossiers,
      sink: zalo.sink,
      renderer,
      queues: zalo.redis.queues,
      logger: testLogger(),
      config: { intervalMinutes: 30, maxDays: 60, checksPerMinute: 600 },
      clock: () => new Date(now),
    });
    lgsp.simulator.setDossierStatus(dossier.code, 'processing', 'Đã nộp phí, chuyển thẩm định');
    now += 40 * 60_000;
    await watch.runOnce();
    now += 40 * 60_000;
    await watch.runOnce();
    const changed = await eventually(() => texts(user).find((t) => t.includes('vừa chuyển sang')));
    // Give the outbound worker a moment to deliver anything else that might (wrongly) be queued.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(texts(user).filter((t) => t.includes('vừa chuyển sang'))).toHaveLength(1);
    expect(changed).toContain('Đang được giải quyết');
  });
});
