import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createShippedInputTypes } from '../shipped-input-types.js';
import { flowDefinitionSchema, type FlowDefinition } from './flow-schema.js';
import { loadFlowsFromDir } from './load-flows.js';
import { createTemplateRenderer } from './template-renderer.js';
import { checkExamples, intentMatcherFor, routeMessage } from './understanding.js';
import { maskMessage } from './understanding-misses.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const templates = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });
const inputs = createShippedInputTypes();

function flow(id: string, examples: string[], extra = ''): FlowDefinition {
  return flowDefinitionSchema.parse(
    parseYaml(`
id: ${id}
title: t
format: 1
examples: { vi: ${JSON.stringify(examples)} }
${extra}
start: s
steps: { s: { type: end } }
`),
  );
}

describe('routing a message', () => {
  const flows = [
    flow('lookup', ['tra cứu hồ sơ', 'hồ sơ đến đâu rồi'], 'entities: [{ type: dossier_code, save: code }]'),
    flow('search', ['thủ tục khai sinh', 'làm căn cước cần gì'], 'topic: words'),
    flow('report', ['phản ánh', 'đèn đường hỏng']),
  ].map((f) => ({ flow: f, version: 1 }));
  const route = (text: string) => routeMessage(text, { flows, words: templates, inputs, language: 'vi' });

  it('a value found inside a sentence fills the variable of the flow that declares it', () => {
    expect(route('hồ sơ số 000.00.15.h02 221205 0001 sao rồi ạ')).toMatchObject({
      kind: 'flow',
      flowId: 'lookup',
      via: 'entity',
      variables: { code: '000.00.15.H02-221205-0001' },
    });
  });

  it('topic words fill the topic variable, stripped of filler and question words', () => {
    expect(route('cho em hỏi khai sinh cần những gì ạ')).toMatchObject({
      kind: 'flow',
      flowId: 'search',
      variables: { words: 'khai sinh' },
    });
    // Words naming no subject that open the message and lead into it say what is wanted of it ("cấp lại", "làm
    // giấy"): kept for the search, which drops its own filler; after it ("cần những gì") they are left out.
    expect(route('cho em hỏi làm giấy khai sinh cần những gì ạ')).toMatchObject({
      variables: { words: 'làm giấy khai sinh' },
    });
    expect(route('thủ tục cấp lại căn cước cần giấy tờ gì')).toMatchObject({
      variables: { words: 'thủ tục cấp lại căn cước' },
    });
  });

  it('a code said aloud to a voice keyboard, or typed with no separator, is found like one typed as printed', () => {
    expect(
      route(
        'hồ sơ không không không chấm không không chấm mười lăm chấm hát không hai gạch ngang hai hai một hai không năm gạch ngang không không không một sao rồi',
      ),
    ).toMatchObject({ kind: 'flow', flowId: 'lookup', variables: { code: '000.00.15.H02-221205-0001' } });
    expect(route('0000015H022212050001')).toMatchObject({
      kind: 'flow',
      flowId: 'lookup',
      variables: { code: '000.00.15.H02-221205-0001' },
    });
    // Or with separators missing, mixed or replaced: the canonical code, never a malformed one quoted back.
    for (const typed of ['hồ sơ 0000015H02221205 0001 sao rồi', 'hs 000.00.15H02.221205.0001 đến đâu rồi']) {
      expect(route(typed), typed).toMatchObject({
        kind: 'flow',
        flowId: 'lookup',
        variables: { code: '000.00.15.H02-221205-0001' },
      });
    }
  });

  it('nothing close: none; a clear wish for a flow without values wins over a code in passing', () => {
    expect(route('giá vàng hôm nay')).toMatchObject({ kind: 'none' });
    expect(route('phản ánh đèn đường hỏng trước hồ sơ 000.00.15.H02-221205-0001')).toMatchObject({
      kind: 'flow',
      flowId: 'report',
    });
  });
});

describe('flows that call the LGSP', () => {
  const withSteps = (f: FlowDefinition, steps: string): FlowDefinition =>
    flowDefinitionSchema.parse({ ...f, steps: parseYaml(steps) as unknown });
  const examples = ['tra cứu hóa đơn', 'xem hóa đơn tháng này', 'hóa đơn tháng trước'];
  const calling = withSteps(
    flow('bills', examples, 'entities: [{ type: dossier_code, save: code }]'),
    '{ s: { type: call, action: lgsp.dossier.get, args: { code: "{{code}}" }, on: { ok: e } }, e: { type: end } }',
  );
  const through = withSteps(flow('bills_menu', ['menu hóa đơn']), '{ s: { type: flow, flow: bills } }');
  const route = (text: string, flows: FlowDefinition[]) =>
    routeMessage(text, {
      flows: flows.map((f) => ({ flow: f, version: 1 })),
      words: templates,
      inputs,
      language: 'vi',
    });

  it('start only on evidence of their own (a value of their type, their cue or ask), never on a resemblance', () => {
    // The same examples in a flow that calls nothing outside: it starts.
    expect(route('xem hóa đơn tháng này giúp em', [flow('bills', examples)])).toMatchObject({ kind: 'flow' });
    expect(route('mở menu hóa đơn đi', [flow('bills_menu', ['menu hóa đơn'])])).toMatchObject({ kind: 'flow' });
    // In a flow that calls the LGSP (directly, or through the flow it starts): not started, and without a label to
    // offer it by, nothing.
    expect(route('xem hóa đơn tháng này giúp em', [calling])).toMatchObject({ kind: 'none' });
    expect(route('mở menu hóa đơn đi', [calling, through])).toMatchObject({ kind: 'none' });
    // A value of its type is evidence of its own, and so is one of its examples (an admin taught it).
    expect(route('hóa đơn 000.00.15.H02-221205-0001', [calling])).toMatchObject({ kind: 'flow', flowId: 'bills' });
    expect(route('xem hoá đơn tháng này', [calling])).toMatchObject({ kind: 'flow', flowId: 'bills' });
  });
});

describe('keywords one typo away', () => {
  const flows = [
    flow('start', ['xin chào'], 'triggers: [{ type: keywords, values: [bắt đầu, tra cứu hồ sơ] }]'),
    flow('feedback', ['cây đổ chắn đường', 'rác thải bốc mùi']),
  ].map((f) => ({ flow: f, version: 1 }));
  const route = (text: string) => routeMessage(text, { flows, words: templates, inputs, language: 'vi' });

  // The marks a citizen typed say which word was meant; without marks, a syllable inside a sentence is a word too.
  it.each([
    ['bắt đầu', 'start'],
    ['bát đầu', 'start'],
    ['tra cuu ho sow', 'start'],
    ['muốn bắt đàu lại', 'start'],
    ['sát đầu', 'none'],
    ['cây đổ sát đầu ngõ chắn đường', 'feedback'],
    ['hom nay sat dau nam roi', 'none'],
  ])('citizen says %j → %s', (text, expected) => {
    const routing = route(text);
    const got =
      routing.kind === 'flow' ? routing.flowId : routing.kind === 'ask' ? routing.choices[0]?.flow.id : 'none';
    expect(got).toBe(expected);
  });
});

describe('checking examples', () => {
  it('warns about the same phrase in two flows and about an example the others send elsewhere', () => {
    const warnings = checkExamples(
      [
        flow('a', ['tra cứu hồ sơ', 'xem hồ sơ', 'hồ sơ của tôi đến đâu rồi']),
        flow('b', ['tra cuu ho so', 'phản ánh', 'gửi phản ánh', 'hồ sơ đến đâu rồi']),
      ],
      templates,
    );
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'example_overlap', flowId: 'b' }),
        expect.objectContaining({ kind: 'example_confused', flowId: 'b' }),
      ]),
    );
  });

  it('is quiet for flows that are clearly apart', () => {
    expect(
      checkExamples([flow('a', ['tra cứu hồ sơ', 'xem hồ sơ']), flow('b', ['phản ánh', 'gửi phản ánh'])], templates),
    ).toEqual([]);
  });
});

describe('masking kept messages', () => {
  it('masks codes, phone numbers, dates, ticket numbers, e-mails and other long numbers', () => {
    expect(
      maskMessage(
        'hs 000.00.15.H02-221205-0001, mst 2300900005, sđt 0912 345 678, ngày 5/12/2024, PA-ZL-2026-000001, PA-2026-004517, a@b.vn, stk 123456789',
        inputs,
      ),
    ).toBe(
      'hs ‹dossier_code›, mst ‹tax_code›, sđt ‹phone›, ngày ‹date›, ‹ticket_number›, ‹ticket_number›, ‹email›, stk ‹number›',
    );
  });

  it('masks a phone number or a code said aloud', () => {
    expect(maskMessage('sđt của tôi là không chín tám ba bốn năm sáu bảy tám chín ạ', inputs)).toBe(
      'sđt của tôi là ‹phone› ạ',
    );
  });

  it('masks a value typed in groups whole, the longer of two values ending together', () => {
    expect(maskMessage('phiếu PA ZL 2026 000 431, mst 0100 109 106', inputs)).toBe(
      'phiếu ‹ticket_number›, mst ‹tax_code›',
    );
  });
});

describe('routing with the shipped flows and words', () => {
  const shipped = loadFlowsFromDir(path.join(ROOT, 'flows')).flows.map((f) => ({ flow: f, version: 1 }));
  const route = (text: string) => routeMessage(text, { flows: shipped, words: templates, inputs, language: 'vi' });
  const summary = (text: string) => {
    const routing = route(text);
    if (routing.kind === 'flow') return routing.flowId;
    if (routing.kind === 'ask') return `ask:${routing.choices.map((c) => c.flow.id).join('+')}`;
    return routing.offTopic === true ? 'off-topic' : 'none';
  };

  // Off-topic subjects get the out-of-scope answer, values in them included (an advert's phone number is no tax code);
  // a job's own words in them are asked about; a clear lead with its own cue starts at once; notifications turned off
  // for a dossier are no unsubscribing from every announcement (the dossier's notifications are offered first).
  it.each([
    ['giá vàng hôm nay bao nhiêu', 'off-topic'],
    // A cue inside a phrase of no flow's subject names none: a rite's "thủ tục" is no administrative procedure.
    ['thủ tục cúng đầy tháng cho bé gồm những gì', 'off-topic'],
    ['kết quả xổ số miền nam 0101243150', 'off-topic'],
    ['trẻ con đá bóng giữa lòng đường nguy hiểm quá', 'feedback'],
    ['cây xanh gãy cành rơi xuống đường', 'feedback'],
    ['tat thong bao tien do ho so di', 'dossier_unfollow'],
    ['tắt hết thông báo của trang', 'unsubscribe'],
  ])('citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  // A feedback ticket named by our number or by the LGSP's id of it (as the province's PAKN system shows it), in a
  // sentence or typed alone: that ticket; a dossier code is still a dossier.
  it.each([
    ['phản ánh PA-2026-004517 của tôi sao rồi', 'feedback_ticket'],
    ['phan anh pa 2026 4517 cua toi xu ly chua', 'feedback_ticket'],
    ['pa 2026 4517', 'feedback_ticket'],
    ['PA-ZL-2026-000123 của em sao rồi', 'feedback_ticket'],
    ['hồ sơ 000.00.15.H02-221205-0001 đến đâu rồi', 'dossier'],
  ])('ticket: citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  // A phone number with words to reach it: an advert (something offered) is out of scope whatever it names, a
  // report giving the citizen's own number is a report, never the contacts (help) nor, when the number also passes a
  // tax code's check digit (0905123456 does), the business lookup; a number alone stays a tax code.
  it.each([
    ['nhận làm sổ đỏ nhanh, bao đậu, liên hệ 0905123456', 'off-topic'],
    ['dịch vụ làm cccd lấy ngay, lh zalo 0912345678', 'off-topic'],
    ['tuyển thợ xây lương 500k/ngày, gọi 0905123456', 'off-topic'],
    ['có người dán quảng cáo cho vay khắp cột điện, số 0912345678', 'feedback'],
    ['đường thôn 3 hỏng nặng, liên hệ em 0912345678', 'feedback'],
    ['đèn đường ngõ 7 tắt cả tuần, có gì gọi em 0905123456', 'feedback'],
    ['0905123456', 'business'],
    // Words too common in reports to make an advert: "giá cao", "lương" (a pension), "dịch vụ công".
    ['ban quản lý chợ thu phí giá cao, liên hệ em 0912345678 để xác minh', 'ask:feedback'],
    ['lương hưu của bố tôi 2 tháng chưa nhận, liên hệ 0912345678', 'ask:procedure'],
    // "theo sđt" lists the citizen's dossiers, a number beside it or not; a hotline asked for is still asked for.
    ['tra hồ sơ theo sđt 0912345678', 'my_dossiers'],
    ['cho em số hotline, em gọi 0912345678 không được', 'help'],
    ['please call me back 0912345678', 'handoff'],
    ['lamf cawn cuwowcs cho con', 'procedure'],
    ['how to lose weight fast', 'none'],
    // The examples and the one cue held agree: started without a "did you mean"; a cue alone is still asked about.
    ['rác để mấy ngày không ai thu', 'feedback'],
    ['cột điện nghiêng sắp đổ', 'feedback'],
    // Named and asked ("hồ sơ", "sao lâu"): the dossier, not the procedure its subject names; an ask inside a longer
    // cue of another flow asks nothing ("tình trạng hôn nhân" is a procedure's subject, no dossier's state).
    ['hồ sơ tách thửa của nhà em sao lâu quá vậy', 'dossier'],
    ['giấy xác nhận tình trạng hôn nhân', 'procedure'],
    ['tình trạng hồ sơ của tôi', 'dossier'],
    // A record looked up (insurance) is a subject no flow serves: its "bảo hiểm xã hội" names no procedure there.
    ['tra cứu bảo hiểm xã hội của mẹ tôi', 'off-topic'],
    ['cấp lại thẻ bảo hiểm y tế bị mất', 'procedure'],
    // An off-topic phrase with words naming no subject inside it ("của em") is still that phrase.
    ['thẻ bhyt của em còn hạn không ạ', 'off-topic'],
    ['làm thẻ bhyt cho con em cần gì', 'procedure'],
    // A sentence telling something (no question) that holds a report's cue offers the report first, beside the flow
    // its other words resemble (an office's name is help's, a dossier sent back the dossier lookup's).
    ['nhân viên ở bộ phận một cửa thái độ cáu gắt với người già, hỏi lại là bị quát', 'feedback'],
    ['hồ sơ của tôi bị trả về hai lần, cán bộ hành dân, mỗi lần đòi thêm một giấy khác nhau', 'feedback'],
    // The same words asked as a question are not a report told.
    ['bộ phận một cửa mấy giờ mở cửa', 'help'],
    // A synonym made by a synonym ("r" is "rồi", "sao rồi" asks how a dossier is doing).
    ['hồ sơ khai sinh của con giờ sao r', 'dossier'],
  ])('citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  // A forwarded message or a pasted slip with a dossier code looks that dossier up, whatever the slip's other words
  // resemble; a wish turned around naming a dossier's notices offers unfollowing it first; an off-topic subject's
  // phone number is no office's hotline; "bắt đầu lại" starts over.
  it.each([
    ['Fwd: Hồ sơ 000.00.15.H02-221205-0001 đã được tiếp nhận. Vui lòng theo dõi tiến độ', 'dossier'],
    ['Mã hồ sơ: 000.00.15.H02-221205-0001\nThủ tục: Đăng ký khai sinh', 'dossier'],
    ['000.00.15.H02-221205-0001 phải bổ sung thêm gì', 'dossier'],
    ['đừng gửi tin báo về hồ sơ này nữa', 'dossier_unfollow'],
    ['số điện thoại grab', 'off-topic'],
    ['bắt đầu lại giúp em', 'menu'],
  ])('round of tuning 23: citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  // Round of tuning 24 to 26 (held-out 10 to 12 studied; none of these is one of their messages): hỏi and ngã met as one
  // mark; an LGSP flow offered without evidence offered beside the flow whose cue the message holds; an off-topic
  // subject an advert's sign only beside its offer; an ask inside a longer ask of another flow asks nothing ("đổi
  // địa chỉ" is a procedure, not help's address); a flow asked of, near the examples' choice asked nothing, offered
  // beside it; vocabulary of phone plans, crypto, concerts, life insurance, slippery roads, bribes, English reports.
  it.each([
    ['sổ đõ bị rách xin cấp đỗi thế nào', 'procedure'],
    ['cống trước chợ mưa xuống là ngập tới đầu gối', 'feedback'],
    ['muốn nhận thông báo tuyển dụng công chức của tỉnh', 'subscriptions'],
    ['tuyển gấp nhân viên bán hàng lương cao', 'off-topic'],
    ['gói cước 4g nào rẻ nhất', 'off-topic'],
    ['giá bitcoin hôm nay', 'off-topic'],
    ['đăng ký gói data mobi sao ad', 'off-topic'],
    ['vé concert ở đâu bán', 'off-topic'],
    ['best phone plan for students', 'off-topic'],
    ['bảo hiểm nhân thọ tới kỳ đáo hạn chưa chi trả', 'off-topic'],
    ['em bấm nhầm rồi', 'menu'],
    ['good evening everyone', 'welcome'],
    // Offered beside the hand-off until the round of tuning 31 and 32; the report at once since.
    ['cán bộ xã đòi tiền mới ký giấy, tôi muốn tố giác', 'feedback'],
    ['loa phường sáng nào cũng mở rất to', 'feedback'],
    ['đường trơn quá té mấy người rồi', 'feedback'],
    ['my street have big hole very danger', 'feedback'],
    ['who i can talk real people', 'handoff'],
    ['can I apply on behalf of my father', 'procedure'],
    ['i want know my paper finish or not', 'dossier'],
    ['my dossier number is lost, how check', 'ask:my_dossiers+dossier'],
    ['đổi địa chỉ thường trú cần giấy tờ gì', 'procedure'],
    ['địa chỉ ủy ban xã ở đâu vậy', 'help'],
    ['tình hình hồ sơ cấp đổi sổ đỏ', 'dossier'],
    ['răng hồ sơ của tui lâu rứa', 'dossier'],
    ['e chọn nhầm, quay lại giúp e', 'menu'],
    ['i press wrong button', 'ask:menu'],
    ['my application how long still not finish', 'dossier'],
    ['hi everyone', 'ask:welcome'],
  ])('round of tuning 24 to 26: citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  // Round of tuning 27 and 28 (held-out 13 and 14 studied; none of these is one of their messages): teencode "e" (em)
  // and "kq" (kết quả), so "của e" sets no subject and "… có kq thì nhắn e" asks to be told; dossier codes typed with
  // one separator throughout (spaces or dots); "xài" (Southern "dùng") and "hdsd" for how to use the bot (help);
  // notifications "bật" (switched on) for followed dossiers; unsubscribing worded "khỏi gửi", "tắt hết", "take me
  // off"; what is stored about the citizen; a report's status with its ticket number; "pakn"; an admin "thật" (a
  // human) and "toàn bot"; bribes and reports in English; "this page" for "you"; parcels, storms, office holders,
  // television and "no capital needed" adverts are subjects no flow serves.
  it.each([
    ['bhyt của e còn hạn hông', 'off-topic'],
    ['hồ sơ 000.00.15.H02-221205-0001 khi nào có kq thì nhắn e', 'dossier_follow'],
    ['000 00 15 h02 221205 0001 sao rồi', 'dossier'],
    ['please notify me when 000.00.15.h02.221205.0001 is ready', 'dossier_follow'],
    ['những hồ sơ mình đã bật thông báo', 'follows'],
    ['cách xài trang này sao ad', 'help'],
    ['hdsd', 'help'],
    ['khỏi gửi tin tức cho tôi nữa', 'unsubscribe'],
    ['tắt hết đi, khỏi gửi nữa', 'unsubscribe'],
    ['remove me from your mailing list', 'unsubscribe'],
    ['what information of mine do you store', 'my_data'],
    ['status of my complaint PA-2026-004517', 'feedback_ticket'],
    ['danh sách pakn đã gửi', 'my_feedback'],
    ['muốn gặp ad thật, toàn bot trả lời', 'handoff'],
    ['what can this page do', 'menu'],
    ['gửi hàng ra Đà Nẵng chỗ nào rẻ', 'off-topic'],
    ['mai bão vào miền Trung phải không', 'off-topic'],
    ['ai làm chủ tịch xã mình vậy', 'off-topic'],
    ['hôm qua tỉnh mình lên tivi đó', 'off-topic'],
    ['kiếm tiền online tại nhà, không cần vốn, ib em', 'off-topic'],
    // A greeting before a question about a procedure is a courtesy ("hỏi thủ tục" asks a procedure); someone only
    // called ("anh ơi", "admin ơi": filler and a vocative, nothing else) is greeted.
    ['xin chào, tôi muốn hỏi về thủ tục đăng ký kết hôn', 'procedure'],
    ['chào anh chị, em hỏi thủ tục cấp lại căn cước', 'procedure'],
    ['anh ơi', 'welcome'],
    ['admin ơi', 'welcome'],
  ])('round of tuning 27 and 28: citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  // Round of tuning 29 and 30 (held-out 15 and 16 studied; none of these is one of their messages): weather asked
  // about, jokes, homework, job seeking, school fees, pension payments, traffic fines by plate and goods for sale with
  // "ai mua" are subjects no flow serves; the hotline's number and how to use this Zalo are help; being told
  // automatically ("tự nhắn") follows a dossier; stopping every notice unsubscribes; an official's manner
  // ("cộc cằn", "chấn chỉnh") is a report; "mn" (mọi người) greets; a negation of a chore ("khỏi phải lên hỏi hoài")
  // turns no wish around; a company named asks the business lookup; the complaints "I have sent" are listed.
  it.each([
    ['ngày mai trời có mưa to không vậy', 'off-topic'],
    ['kể chuyện cười cho em nghe đi bot', 'off-topic'],
    ['giải giúp em bài tập toán lớp 7', 'off-topic'],
    ['ở ủy ban có tuyển người làm không ạ', 'off-topic'],
    ['học phí trường mầm non năm nay bao nhiêu', 'off-topic'],
    ['lương hưu tháng này bao giờ về', 'off-topic'],
    // Offered beside the hand-off until the round of tuning 31 and 32; help at once since.
    ['cho xin số tổng đài của tỉnh', 'help'],
    ['dùng zalo này như thế nào', 'help'],
    ['hồ sơ của tôi khi có thay đổi thì tự nhắn qua zalo được không', 'dossier_follow'],
    ['cán bộ tiếp dân cộc cằn với người già quá, đề nghị chấn chỉnh', 'feedback'],
    ['hồ sơ 000.00.15.H02-221205-0001 có gì mới thì báo em, khỏi phải lên hỏi hoài', 'dossier_follow'],
    ['cty tên Hoàng Long có đăng ký ở tỉnh không', 'business'],
    ['which complaints have I sent so far', 'my_feedback'],
    // More flows than places: the one asked of (the dossiers followed) keeps a place, those only named give theirs.
    // ("mấy bộ hồ sơ" asks of my dossiers too since the round of tuning 37 and 38: the same three, in another order.)
    ['mấy bộ hồ sơ tôi đã bấm theo dõi giờ xem lại ở đâu', 'follows'],
  ])('round of tuning 29 and 30: citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  // Round of tuning 31 and 32 (held-out 17 and 18 studied; none of these is one of their messages): letters drawn out
  // ("menuuu", "helloooo") are the word; a Telex "w" after the vowel pair it marks ("guiwr" is "gửi"); an agency code
  // with some of its separators typed ("00000 31 h02 …"); "ktra" checks; a specialist ("chuyên viên") is an official;
  // "cancel" and "unsub" unsubscribe, as does stopping the news or the page's ("OA") notices; the province's or the
  // commune's notices and "đăng ký nhận tin" (not "nhắn tin": no advert) subscribe; "press follow on <code>" follows it,
  // the dossiers "I follow" are listed, "every time there is a new step" asks to be told; English alerts and tracking;
  // water bills, the heat, going for a coffee, where to eat are subjects no flow serves.
  it.each([
    ['menuuu', 'menu'],
    ['helloooo', 'welcome'],
    ['danh sách phản ánh tôi đã guiwr', 'my_feedback'],
    ['theo doi giup em hs 00000 31 h02 260105 0256', 'dossier_follow'],
    ['ktra PA-ZL-2026-000123', 'feedback_ticket'],
    ['muốn trao đổi với chuyên viên phụ trách đất đai', 'handoff'],
    ['tắt tin tức của tỉnh giùm', 'unsubscribe'],
    ['không muốn nhận thông báo từ trang này nữa', 'unsubscribe'],
    ['cancel nhận thông báo', 'unsubscribe'],
    ['pls unsub', 'unsubscribe'],
    ['đăng ký theo dõi thông báo xã', 'ask:subscriptions+dossier_follow'],
    ['dk nhan tin lich tiem chung', 'subscriptions'],
    ['những hồ sơ mình theo dõi', 'follows'],
    ['bấm theo dõi hồ sơ 000.00.15.H02-221205-0001', 'dossier_follow'],
    // Offered beside my dossiers and the lookup until the round of tuning 37 and 38 ("hồ sơ" names a dossier, evidence
    // for following one too); started since.
    ['nhờ cập nhật tình trạng hồ sơ cho em mỗi khi có thay đổi', 'dossier_follow'],
    ['alert me when 000.00.15.H02-221205-0001 is done', 'dossier_follow'],
    ['tối nay đi uống cà phê không em', 'off-topic'],
    ['where to eat near the market', 'off-topic'],
    ['hôm nay trời nóng quá', 'off-topic'],
    // Probes written in the same voices (no batch's): a marked word drawn out, teencode "mún"/"nx", "not" that turns
    // no wish around, the ticket's name beside its number, the dossiers sent beside a phone number, a code stuck to
    // the word before it, all my dossiers.
    ['chàooo cả nhà', 'welcome'],
    ['ko mún nhận tin tức nx', 'unsubscribe'],
    ['I do not want any more messages', 'unsubscribe'],
    ['bot biết gì về tôi', 'my_data'],
    ['Mã phản ánh: PA-ZL-2026-000123, xin cho biết kết quả', 'feedback_ticket'],
    ['SĐT 0912345678, xem giúp các hồ sơ đã nộp', 'my_dossiers'],
    ['ho so000.00.15.H02-221205-0001 xong chua', 'dossier'],
    ['xem tat ca hs cua toi', 'my_dossiers'],
    // English: what is needed asks a procedure, rudeness is a report, working hours help, the news stopped, power cut
    // notices subscribed, what is known about me.
    ['what do we need to get married with a vietnamese citizen', 'procedure'],
    ['the officer was rude and shouted at me', 'ask:feedback+handoff'],
    ['what are the working hours on monday', 'help'],
    ['stop the news please', 'unsubscribe'],
    ['I want to get notifications about power cuts', 'ask:feedback+subscriptions'],
    ['what information do you have about me', 'my_data'],
    ['sorry my writing not good, application 000.00.15.H02-221205-0001 when ready', 'dossier'],
  ])('round of tuning 31 and 32: citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  // Round of tuning 37 and 38 (held-out 23 and 24 studied; none of these is one of their messages), cause by cause.
  it.each([
    // Job applications, bank cards and apps, transfers and love life are subjects no flow serves; a company named in
    // passing in such a message is no company to look up (a lookup by value is offered there only when asked of).
    ['nộp hồ sơ xin việc vào ngân hàng mà chưa thấy gọi phỏng vấn', 'off-topic'],
    ['em đi phỏng vấn ở công ty may hôm qua mà chưa thấy báo kết quả', 'off-topic'],
    ['thẻ atm bị nuốt ở cây atm đầu chợ, giờ làm sao', 'off-topic'],
    ['chuyển khoản nhầm số tài khoản thì làm sao lấy lại', 'off-topic'],
    ['crush không trả lời tin nhắn của em', 'off-topic'],
    ['tra cứu công ty theo tên giúp em, cty thực phẩm Hòa Bình', 'business'],
    // Being told of a dossier asked in new words ("ping", "bật thông báo trạng thái", "whenever … changes").
    ['hồ sơ 000.00.15.H02-221205-0001 có gì mới thì ping tôi nhé', 'dossier_follow'],
    ['bật thông báo trạng thái cho hồ sơ 000.00.15.H02-221205-0001', 'dossier_follow'],
    ['let me know whenever 000.00.15.H02-221205-0001 changes', 'dossier_follow'],
    // The dossiers followed, asked as registered for notices earlier ("đã đăng ký nhận báo", "đang bật báo").
    ['em đã đăng ký nhận báo cho mấy hồ sơ, giờ xem lại ở đâu', 'follows'],
    ['mấy hồ sơ đang bật báo của tôi', 'follows'],
    ['which dossiers am I getting alerts for', 'ask:follows+dossier+subscriptions'],
    // A dossier's notices turned off ("tắt báo trạng thái", "thôi gửi cập nhật"): unfollowing first; the lookup's
    // keyword inside ("tình trạng hồ sơ") gives way.
    ['hồ sơ xong rồi, tắt báo trạng thái hồ sơ đó giúp em', 'ask:dossier_unfollow+dossier+my_dossiers'],
    ['thôi gửi cập nhật hồ sơ cho em nha, lấy kết quả rồi', 'dossier_unfollow'],
    ['tắt báo tình trạng hồ sơ 000.00.15.H02-221205-0001 đi', 'dossier_unfollow'],
    // A value stuck to its name ("mst…", "sđt…", "phananhPA-…"); a tax code mistyped still names the lookup.
    ['mst0100109106', 'business'],
    ['kiểm tra giùm mst0100109107 với', 'business'],
    ['tra cứu phananhPA-ZL-2026-000123', 'feedback_ticket'],
    ['sđt0912345678 xem các hồ sơ đã nộp', 'my_dossiers'],
    // The sets of dossiers sent ("mấy bộ hồ sơ") are mine, wherever they were sent; a suggestion ("nên có") about an
    // office is a report, not its address.
    ['năm rồi tôi nộp mấy bộ hồ sơ ở ủy ban xã, giờ muốn xem lại hết', 'my_dossiers'],
    ['góp ý: trụ sở phường nên có chỗ đậu xe cho người dân', 'feedback'],
    // … but what a procedure needs asked with it ("nên có giấy tờ gì") is the procedure's.
    ['làm căn cước nên có giấy tờ gì mang theo', 'procedure'],
    // Where a dossier is, asked in English as an embedded question; a channel for disaster news subscribed to.
    ['can you tell me where it is now, my application 000.00.15.H02-221205-0001', 'dossier'],
    ['which stage is my application at', 'dossier'],
    ['zalo tỉnh có kênh nào báo tin thiên tai không, tôi muốn nhận', 'subscriptions'],
    // A dossier named ("hồ sơ", the lookup's cue) is evidence for the flows taking a dossier code too: following or
    // unfollowing it starts without a "did you mean" (offered beside the lookup before).
    ['muốn được nhắn khi hồ sơ của bố có kết quả', 'ask:dossier_follow+dossier'],
    ['thôi khỏi theo dõi hồ sơ nhà em nữa', 'dossier_unfollow'],
    ['notify me when my file is approved', 'dossier_follow'],
    // A flow taking the same values asked more than the examples' choice is offered first beside it; asked and near,
    // it joins a "did you mean"; asked, it keeps a place among more flows than places.
    ['hồ sơ của em tới bước nào thì ib em nha', 'ask:dossier_follow+dossier'],
    ['khi nào hồ sơ của em xong thì báo em nhé', 'dossier_follow'],
    ['báo em lúc hồ sơ xong nha, chứ ngày nào cũng vô hỏi cực lắm', 'dossier_follow'],
    ['nhắn tôi khi nào hồ sơ xong, chứ tuần nào cũng ra ủy ban hỏi mệt lắm', 'dossier_follow'],
    // "chi" before "tui"/"toi" is "chỉ" (show me) or "chị" (my sister), not the Central "gì".
    ['chi tui cach hoi may viec tren trang nay', 'help'],
    ['chi toi cach hoi tren zalo nay', 'help'],
  ])('round of tuning 37 and 38: citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  // Round of tuning 39 (held-out 25 and 26 studied; none of these is one of their messages), cause by cause.
  it.each([
    // What is asked of an office (its hours, its address, its hotline) names no office: asked of a clinic, a bank or a
    // business it is theirs.
    ['nha khoa Minh Tâm mấy giờ mở cửa vậy', 'off-topic'],
    ['hotline agribank là số nào', 'off-topic'],
    ['hộ kinh doanh Tân Phát ở địa chỉ nào', 'business'],
    ['chu nhat ubnd co mo cua ko', 'help'],
    ['siêu thị coopmart mở cửa lúc mấy giờ', 'off-topic'],
    // A word typed without marks in a message without any is the word of a pair the lists write with marks ("trang
    // chu" is "trang chủ", not the regional "chừ").
    ['quay ve trang chu giup em', 'menu'],
    // To be told of a dossier asked with its addressee ("báo cho tôi khi …", "báo cho em biết …") or as a condition
    // ("khi có kết quả"), or in English "notify me when"; when it will be ready is still asked of the lookup.
    ['báo cho em khi có kết quả hồ sơ 000.00.15.H02-221205-0001 nha', 'dossier_follow'],
    ['mong cơ quan báo cho tôi biết khi hồ sơ 000.00.15.H02-221205-0001 có thay đổi', 'dossier_follow'],
    ['please notify me when 000.00.15.H02-221205-0001 is approved', 'dossier_follow'],
    ['hồ sơ 000.00.15.H02-221205-0001 khi nào có kết quả', 'dossier'],
    // The dossiers followed asked as registered for notices in full words ("đăng ký nhận thông báo cho …") or as the
    // dossiers notices go to ("thông báo cho những hồ sơ nào").
    ['mình có đăng ký nhận thông báo cho mấy hồ sơ, là những hồ sơ nào vậy', 'ask:follows+dossier+my_dossiers'],
    ['hiện em nhận thông báo cho những hồ sơ nào', 'ask:follows+dossier+my_dossiers'],
    // A wish turned around asks of the flows turning one around: the announcements, turned off, are offered even when
    // the sentence names no flow's subject, or a subject no flow serves (what the citizen no longer wants to receive).
    ['tuần nào cũng gửi tin tuyên truyền, phiền quá, tắt đi', 'unsubscribe'],
    ['không muốn nhận tin dự báo thời tiết nữa', 'unsubscribe'],
    ['không muốn xem bóng đá nữa', 'off-topic'],
    // The topics of announcements received, named "tin" as often as "thông báo" ("mục tin", "loại tin", "quản lý tin").
    ['muốn chọn lại loại tin nhận từ trang', 'ask:menu+subscriptions'],
    ['quan ly muc tin dang nhan', 'subscriptions'],
    // A greeting opening a longer message is courtesy: what follows says what is wanted; only near, the welcome the
    // whole message starts is offered after it; nothing after it (or only whom it greets), or the welcome, the whole
    // message is read.
    ['hello, there is a big pothole near my house, very dangerous', 'feedback'],
    ['Chào ad, đường trước nhà em có ổ gà to lắm nguy hiểm, ai sửa giùm', 'feedback'],
    ['good morning from a new resident 🙂', 'welcome'],
    ['chào anh, cho em xem menu', 'menu'],
    ['Xin chào cán bộ nhé', 'welcome'],
    // Floods and drains reported in English ("floods", "drainage", "clogged"; "every time it rains").
    ['the drain on our lane is clogged and smells', 'feedback'],
    ['my basement floods whenever it rains', 'ask:feedback'],
    // A tax code named "ms thuế" or typed in groups; a message that is only a value its type refuses (a wrong check
    // digit) starts the flow taking it, which says why; a mobile number alone does not; a ticket number typed in groups
    // holds no tax code.
    ['ms thuế 0100 109 106', 'business'],
    ['5801234567', 'business'],
    ['0912345678', 'none'],
    ['tra giúp phiếu PA ZL 2026 000 431', 'feedback_ticket'],
  ])('round of tuning 39: citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  // Round of tuning 41 and 42 (held-out 27 and 28 studied; none of these is one of their messages), cause by cause.
  it.each([
    // The channel this page is on ("qua zalo", "trên zalo", "qua tin nhắn", "via zalo") says how, not what: a phrase
    // asking to be told of a dossier is read across it.
    ['có cách nào nhận tin qua zalo khi hồ sơ khai sinh 000.00.15.H02-221205-0001 có kết quả không', 'dossier_follow'],
    ['liên hệ cán bộ qua zalo được không', 'help'],
    // A dossier's status sent to the citizen ("báo trạng thái hồ sơ") is following it, not looking it up.
    ['cho tôi nhận báo trạng thái hồ sơ 000.00.15.H02-221205-0001', 'dossier_follow'],
    ['trạng thái hồ sơ 000.00.15.H02-221205-0001', 'dossier'],
    // The dossiers followed, described by the act of registering for their notices ("… đã đăng ký nhận thông báo").
    ['mấy hồ sơ tôi đã đăng ký nhận thông báo là những cái nào', 'follows'],
    ['tôi đã đăng ký nhận thông báo của xã mà không thấy tin gì', 'subscriptions'],
    // A wish to be told of a subject no flow serves (recruitment, outages) is no advert, whatever else it names.
    ['đăng ký nhận thông báo về tuyển dụng giáo viên với tiền điện', 'subscriptions'],
    ['tuyển dụng gấp nhân viên, lương cao, lịch cúp điện không ảnh hưởng, lh 0912345678', 'off-topic'],
    // The province's news channels ("kênh tin tức", "trang tin tức") are the announcements.
    ['tỉnh có kênh tin tức nào trên zalo không', 'subscriptions'],
    // A hospital and a visit paid by insurance are subjects no flow serves; the days of the week are asked of an office
    // (the help flow's asks), and name none.
    ['bệnh viện huyện thứ bảy có làm việc không', 'off-topic'],
    ['trạm y tế xã chủ nhật có khám bảo hiểm không', 'off-topic'],
    ['sinh con ở bệnh viện thì làm khai sinh cần giấy tờ gì', 'procedure'],
    ['ubnd xã chủ nhật có làm việc không', 'help'],
    // A proposal for more of a public facility ("bố trí thêm", "xây thêm", "trang bị thêm") is a report, wherever it
    // is asked for.
    ['kiến nghị trang bị thêm máy lấy số ở bộ phận một cửa tỉnh', 'feedback'],
    ['kiến nghị xây thêm nhà vệ sinh công cộng ở chợ huyện, bà con đi chợ rất bất tiện', 'feedback'],
  ])('round of tuning 41 and 42: citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  // Round of tuning 43 and 44 (held-out 29 and 30 studied; none of these is one of their messages), cause by cause.
  it.each([
    // Being told of a dossier's progress, automatically, or turning its following on; in English "notified", "changes
    // status".
    ['cho tôi nhận thông báo tiến độ hồ sơ xin giấy phép kinh doanh', 'dossier_follow'],
    ['muốn được báo tự động khi hồ sơ chuyển trạng thái', 'dossier_follow'],
    ['hồ sơ đất của ba em, bật theo dõi giùm em nha', 'dossier_follow'],
    ['please let me get notified when my building permit file is approved', 'dossier_follow'],
    ['I want to be notified about my application changes status', 'dossier_follow'],
    // Being messaged a dossier's state no more ("thôi nhắn tình trạng", "đừng báo tình trạng").
    ['em lấy giấy rồi, thôi nhắn tình trạng hồ sơ cho em nha', 'dossier_unfollow'],
    ['đừng báo tình trạng hồ sơ đó nữa, xong rồi', 'dossier_unfollow'],
    // The dossiers followed, described by registering for them, with "dõi" misspelt, or as following turned on.
    ['cho xem các hồ sơ tôi đang đăng ký nhận tin', 'ask:follows+dossier+procedure'],
    ['mấy hồ sơ tui đang theo giỏi là hồ sơ nào', 'follows'],
    ['hiện mình đã bật theo dõi mấy hồ sơ vậy', 'follows'],
    // A tax code looked up or a company's registration asked for, beside a subject no flow serves (selling, a job);
    // whether a company is real.
    ['tra cứu mst công ty bên bán vật liệu cho nhà em', 'business'],
    ['cho tôi thông tin doanh nghiệp mã số thuế 0312345678', 'business'],
    ['is this company legit, tax code 0106789123', 'business'],
    // How the citizen's earlier reports were answered ("trả lời sao", "trả lời như thế nào").
    ['mấy lần em phản ánh đèn đường hư, bên mình trả lời như thế nào rồi', 'ask:feedback+feedback_ticket+my_feedback'],
    ['đơn tôi gửi hôm trước về nước thải, trả lời sao rồi', 'ask:feedback+dossier+feedback_ticket'],
    // "Hủy (bỏ)" of one's information or data erases it (no wish turned around); what is kept, asked as "lưu … gì".
    ['tôi muốn hủy hết thông tin cá nhân bot đang giữ', 'ask:erase_my_data+unsubscribe+my_data'],
    ['hủy bỏ dữ liệu của tôi đi', 'erase_my_data'],
    ['hủy đăng ký nhận tin tức', 'unsubscribe'],
    ['trang đang lưu dữ liệu gì của tôi', 'my_data'],
    ['bot lưu thông tin gì về tôi vậy', 'my_data'],
    // Social insurance written "bhxh"; the papers asked as "cần giấy gì"; an insurance balance stays off topic.
    ['hưởng bhxh một lần cần giấy gì', 'procedure'],
    ['làm lại sổ bh xã hội cần giấy gì', 'procedure'],
    ['số dư bhxh còn bao nhiêu tiền vậy', 'off-topic'],
    // Chatting with an official; whether the page is a person or a machine asks who it is (the welcome says).
    ['cho em chat với cán bộ phụ trách đất đai', 'handoff'],
    ['muốn chat trực tiếp với nhân viên, bot trả lời không đúng', 'handoff'],
    ['ad là người hay bot vậy', 'welcome'],
    ['alo, đây là máy hả hay người thật', 'ask:welcome+handoff'],
    ['are you a bot or a real person', 'ask:welcome+handoff'],
    // Announcements of a kind, in English ("receive announcements about", "warnings about").
    ['I would like to receive announcements about flooding', 'subscriptions'],
    ['send me warnings about storms please', 'subscriptions'],
  ])('round of tuning 43 and 44: citizen says %j → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  it('a report told in English with a bribe in it starts the report, or offers it first', () => {
    const routing = route('an official asked me for a bribe to speed up my file');
    expect(
      routing.kind === 'ask' ? routing.choices[0]?.flow.id : routing.kind === 'flow' ? routing.flowId : 'none',
    ).toBe('feedback');
  });

  it('without any cue, a flow whose ask a short message holds is offered, though its examples share little with it', () => {
    expect(summary('con ơi cái này dùng sao')).toBe('help');
    // Beside a cue ("lần đầu": a new follower), after it.
    expect(summary('lần đầu dùng nên không biết hỏi sao')).toBe('help');
  });

  it("a flow whose subject the message names is offered beside the examples' choice that holds no word of its own", () => {
    // The greeting's example ("alo có ai không") comes first by its words; an official on duty is asked for.
    expect(summary('ủa alo alo có ai trực không tôi hỏi cán bộ')).toBe('handoff');
    // Opening the message, the greeting is courtesy (since the round of tuning 39): the official asked for is offered.
    expect(summary('alo alo có ai trực không tôi hỏi cán bộ')).toBe('handoff');
  });

  it('a mobile number named a phone number is no tax code, though it passes the check digit', () => {
    expect(summary('mst 0912458301')).toBe('business');
    expect(summary('0912458301 nộp những hồ sơ nào')).toBe('my_dossiers');
    expect(summary('sđt 0912458301 đã nộp những hồ sơ nào')).toBe('my_dossiers');
  });

  it('syllables typed without spaces are read as the words they are ("gapcanbo", "hosocuatoi")', () => {
    expect(summary('gapcanbo giup')).toBe('handoff');
    expect(summary('tracuuhoso')).toBe('dossier');
  });

  it('a list phrase never spans the end of a clause: "được không, cần …" holds no negation "không cần"', () => {
    const matcher = intentMatcherFor(shipped, templates);
    expect(matcher.analyse('xin bản sao giấy chứng tử được không, cần mang theo gì').negated).toBe(false);
    expect(matcher.analyse('xin bản sao giấy chứng tử được không cần mang theo gì').negated).toBe(true);
  });

  it('a message declining notifications never subscribes, nor is offered subscribing first', () => {
    const declining = [
      'không muốn nhận thông báo nữa',
      'ko muon nhan thong bao ve ho so nay nua',
      'em ko muốn nhận tin tức của xã',
    ];
    for (const text of declining) {
      const routing = route(text);
      expect(routing.kind === 'flow' ? routing.flowId : '').not.toBe('subscriptions');
      // Offered at most after the flows that stop notifications.
      expect(routing.kind === 'ask' ? routing.choices[0]?.flow.id : '').not.toBe('subscriptions');
    }
  });
});

describe('a message that is one of the examples an admin taught', () => {
  const shipped = loadFlowsFromDir(path.join(ROOT, 'flows')).flows;
  /** The shipped flows, the examples added to theirs as "add as example" does (a new version of each). */
  const taught = (examples: Record<string, string[]>) =>
    shipped.map((f) => {
      const added = examples[f.id];
      return {
        flow: added ? { ...f, examples: { ...f.examples, vi: [...(f.examples?.vi ?? []), ...added] } } : f,
        version: added ? 2 : 1,
      };
    });
  const summary = (text: string, flows: ReturnType<typeof taught>) => {
    const routing = routeMessage(text, { flows, words: templates, inputs, language: 'vi' });
    if (routing.kind === 'flow') return routing.flowId;
    if (routing.kind === 'ask') return `ask:${routing.choices.map((c) => c.flow.id).join('+')}`;
    return routing.offTopic === true ? 'off-topic' : 'none';
  };

  // Each asked about or left to the fallback before it was taught (a cue of another flow, a subject no flow serves, a
  // wish turned around, the classifier's doubt); once taught it starts its flow, typed as taught or folded.
  it.each([
    ['xin đóng dấu giáp lai cho bản sao', 'procedure', 'Xin dong dau giap lai cho ban sao.'],
    [
      'bãi giữ xe trước bệnh viện thu phí cao hơn niêm yết',
      'feedback',
      'bai giu xe truoc benh vien thu phi cao hon niem yet',
    ],
    [
      'mấy cái tin lịch cúp điện đó tui hổng cần nữa bỏ giùm',
      'unsubscribe',
      'mấy cái tin lịch cúp điện đó tui hổng cần nữa, bỏ giùm!',
    ],
    [
      'có mục tin tuyển dụng công chức ko, cho e đăng ký',
      'subscriptions',
      'Có mục tin tuyển dụng công chức ko cho e đăng ký',
    ],
    [
      'các bạn thu thập dữ liệu gì từ tài khoản zalo của mình vậy',
      'my_data',
      'các bạn thu thập dữ liệu gì từ tài khoản zalo của mình vậy?',
    ],
  ])('%j, taught as an example of %s, starts it (typed %j)', (example, flowId, typed) => {
    expect(summary(example, taught({}))).not.toBe(flowId);
    const flows = taught({ [flowId]: [example] });
    expect(summary(example, flows)).toBe(flowId);
    expect(summary(typed, flows)).toBe(flowId);
  });

  it('the message with its values is the example taught without them (the learning loop leaves them out)', () => {
    const flows = taught({ feedback_ticket: ['tôi gửi phản ánh ổ gà tuần trước, sđt em là , có ai trả lời chưa'] });
    expect(summary('tôi gửi phản ánh ổ gà tuần trước, sđt em là 0912345678, có ai trả lời chưa', flows)).toBe(
      'feedback_ticket',
    );
  });

  it('a number the misses list masks is left out too; a value a flow takes still decides', () => {
    const flows = taught({ feedback_ticket: ['tôi gửi phản ánh ổ gà tuần trước, mã , có ai trả lời chưa'] });
    expect(summary('tôi gửi phản ánh ổ gà tuần trước, mã 24112015, có ai trả lời chưa', flows)).toBe('feedback_ticket');
    // "status of my report" is an example of the list of one's reports; with a ticket's number, that ticket.
    expect(summary('status of my report PA-2026-000733?', taught({}))).toBe('feedback_ticket');
  });

  it('one of two flows’ examples asks which', () => {
    const flows = taught({ procedure: ['hỏi về giấy tờ nhà đất'], feedback: ['hỏi về giấy tờ nhà đất'] });
    expect(summary('hỏi về giấy tờ nhà đất', flows)).toBe('ask:feedback+procedure');
  });

  it('an example of two flows neither of which can be offered starts neither: the rules decide', () => {
    // Flows without a label cannot be offered in a "did you mean"; which of them comes first is no reason to start it.
    const unlabelled = taught({ procedure: ['hỏi về giấy tờ nhà đất'], feedback: ['hỏi về giấy tờ nhà đất'] }).map(
      ({ flow, version }) =>
        flow.id === 'procedure' || flow.id === 'feedback'
          ? { flow: { ...flow, label: undefined }, version }
          : { flow, version },
    );
    for (const flows of [unlabelled, [...unlabelled].reverse()]) {
      const routing = routeMessage('hỏi về giấy tờ nhà đất', { flows, words: templates, inputs, language: 'vi' });
      expect(routing).not.toMatchObject({ example: true });
    }
  });

  it('a procedure example still searches its topic', () => {
    const flows = taught({ procedure: ['xin đóng dấu giáp lai cho bản sao'] });
    expect(
      routeMessage('xin đóng dấu giáp lai cho bản sao', { flows, words: templates, inputs, language: 'vi' }),
    ).toMatchObject({
      kind: 'flow',
      flowId: 'procedure',
      example: true,
      variables: { words: expect.stringContaining('giáp lai') },
    });
  });
});
