import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDialogTable, type DialogRow as Row, type DialogTable } from './dialog-table.js';
import { createDossierFollowStore } from '../../../src/lgsp/index.js';
import { feedbackTickets } from '../../../src/feedback/index.js';
import { ticketStore } from '../../../src/feedback/ticket-store.js';
import type { TestDatabase } from '../../helpers/db.js';
import { followDossier } from '../../helpers/dossier-follows.js';
import { eventually, type Harness as ZaloHarness } from '../zalo/harness.js';
import { startLgspOverZalo, type LgspOverZalo } from './over-zalo.js';

const CODE = '000.00.15.H02-221205-0001';
const TAX_CODE = '2300900005';
const COMPANY = 'CÔNG TY TNHH ĐIỆN TỬ KINH BẮC';

/**
 * The middle of a conversation, as a citizen typing quickly on a phone lives it: typed choices among the buttons just
 * shown, another subject raised while the bot waits for an answer, help words around a question. Shipped flows, the
 * real engine, the LGSP simulator over HTTP; and one conversation through a signed Zalo webhook with its session in
 * PostgreSQL.
 */
describe('the middle of a conversation', () => {
  let table: DialogTable;
  let db: TestDatabase;
  let talk: DialogTable['talk'];

  beforeAll(async () => {
    table = await startDialogTable();
    ({ db, talk } = table);
  });
  afterAll(() => table?.close());

  describe('a typed wish for what a button just shown does is that button', () => {
    it.each<[string, Row[]]>([
      [
        'following the dossier just shown, in words (leaving it: e2e-webhook, where follows are stored)',
        [
          [CODE, '[Theo dõi hồ sơ]'],
          ['báo cho tôi khi hồ sơ này có kết quả', `Đã đăng ký theo dõi hồ sơ ${CODE}`, 'nhập mã hồ sơ'],
        ],
      ],
      [
        'following the dossier shown before the offer to finish a kept report',
        [
          ['phản ánh đường ở thôn 3 bị sụt lún, xe máy đi rất nguy hiểm', 'lĩnh vực nào'],
          [CODE, '[Tiếp tục]'],
          ['báo cho tôi khi hồ sơ này có kết quả', `Đã đăng ký theo dõi hồ sơ ${CODE}`, 'nhập mã hồ sơ'],
        ],
      ],
      [
        'another dossier than the one shown: its code asked for, not followed',
        [
          [CODE, '[Theo dõi hồ sơ]'],
          ['tôi muốn theo dõi một hồ sơ khác', 'nhập mã hồ sơ', 'Đã đăng ký'],
        ],
      ],
      [
        'a code typed wrong is no wish for the one shown',
        [
          [CODE, '[Theo dõi hồ sơ]'],
          ['theo dõi hồ sơ 000.00.15.H02-2212', 'nhập mã hồ sơ', 'Đã đăng ký'],
        ],
      ],
      [
        'with no dossier shown the code is asked for',
        [['báo cho tôi khi hồ sơ này có kết quả', 'nhập mã hồ sơ', 'Đã đăng ký']],
      ],
      [
        'a code of its own wins over the button',
        [
          [CODE, '[Theo dõi hồ sơ]'],
          ['theo dõi hồ sơ 000.00.15.H02-230118-0042', 'hồ sơ có mã 000.00.15.H02-230118-0042', CODE],
        ],
      ],
    ])('%s', async (_name, rows) => {
      await talk(rows);
    });
  });

  describe('a "did you mean" always has a way out; with one flow it is a yes or no', () => {
    it.each<[string, Row[], ('vi' | 'en')?]>([
      [
        'one flow: a yes or no question, "Có" starts it',
        [
          ['xin đóng dấu giáp lai cho bản sao', 'Có phải anh/chị muốn “Tìm thủ tục hành chính”?\n[Có]\n[Không]'],
          ['Có', 'thủ tục phù hợp'],
        ],
      ],
      [
        'one flow: "Không" (typed) is how to put it otherwise, and the menu',
        [
          ['xin đóng dấu giáp lai cho bản sao', '[Không]'],
          ['không', ['chưa hiểu đúng ý anh/chị', 'Chọn một mục bên dưới', '[Tra cứu hồ sơ]'], 'thủ tục phù hợp'],
        ],
      ],
      [
        'several flows: a button each, then "Không phải các mục trên"',
        [
          ['theo dõi', ['muốn:', '[Hồ sơ đang theo dõi]', '[Không phải các mục trên]']],
          ['#not_meant', ['chưa hiểu đúng ý anh/chị', '[Tra cứu hồ sơ]']],
        ],
      ],
      [
        'in English too',
        [
          ['dossier', ['Did you mean', '[None of these]']],
          ['None of these', ['Sorry, I got that wrong', '[Check a dossier]']],
        ],
        'en',
      ],
    ])('%s', async (_, rows, language) => {
      await talk(rows, language);
    });
  });

  describe('a typed reply picks one of the buttons just shown', () => {
    it.each<[string, Row[]]>([
      [
        'a number after procedure search results',
        [
          ['thủ tục khai sinh', 'thủ tục phù hợp'],
          ['2', 'Đăng ký khai sinh kết hợp đăng ký thường trú', 'chưa hiểu'],
        ],
      ],
      [
        '"cái cuối" after procedure search results',
        [
          ['thủ tục khai sinh', 'thủ tục phù hợp'],
          ['cái cuối', 'mã 1.000775'],
        ],
      ],
      [
        '"cái thứ nhất"',
        [
          ['thủ tục khai sinh', 'thủ tục phù hợp'],
          ['cái thứ nhất', 'mã 1.001193'],
        ],
      ],
      [
        'a long label typed without marks',
        [
          ['thủ tục khai sinh', 'thủ tục phù hợp'],
          ['dang ky khai sinh ket hop', 'mã 1.000775'],
        ],
      ],
      [
        '"số 3" after the menu',
        [
          ['menu', '[Thủ tục hành chính]'],
          ['số 3', 'cần tìm thủ tục gì'],
        ],
      ],
      [
        'a menu label with a typo',
        [
          ['menu', '[Phản ánh, kiến nghị]'],
          ['phan anh kien ngi', 'lĩnh vực nào'],
        ],
      ],
      [
        'a number after a dossier found: "2" is "Tra cứu hồ sơ khác"',
        [
          [CODE, 'Đang được giải quyết'],
          ['2', 'nhập mã hồ sơ'],
          [CODE, 'Đang được giải quyết'],
          ['cuối', 'cần hỗ trợ gì'],
        ],
      ],
      [
        'the button of a question asking for a code',
        [
          ['tra cứu hồ sơ', '[Hồ sơ của tôi (theo số điện thoại)]'],
          ['1', '[share:'],
        ],
      ],
      [
        'a number beyond the buttons shown is not understood',
        [
          ['thủ tục khai sinh', 'thủ tục phù hợp'],
          ['7', 'chưa hiểu'],
        ],
      ],
      [
        'the buttons of an older message are not offered any more',
        [
          ['thủ tục khai sinh', 'thủ tục phù hợp'],
          ['cảm ơn', ''],
          ['2', 'chưa hiểu'],
        ],
      ],
    ])('%s', async (_name, rows) => {
      await talk(rows);
    });

    it('in English: "the second", "last"', async () => {
      await talk(
        [
          ['menu', '[My dossiers]'],
          ['the second', 'phone number linked to your Zalo account'],
        ],
        'en',
      );
      await talk(
        [
          ['menu', '[Contact and help]'],
          ['last', 'hotline'],
        ],
        'en',
      );
    });
  });

  describe('another subject while the bot waits for an answer', () => {
    it.each<[string, Row[]]>([
      [
        'a tax code lookup while a dossier code is asked for is followed',
        [
          ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
          [`tra cứu mã số thuế ${TAX_CODE}`, COMPANY, 'Mã hồ sơ chưa đúng'],
        ],
      ],
      [
        'a procedure question while a dossier code is asked for is followed',
        [
          ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
          ['thủ tục khai sinh', 'thủ tục phù hợp', 'Mã hồ sơ chưa đúng'],
        ],
      ],
      [
        'a code is the answer, not a new subject',
        [
          ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
          [`mã hồ sơ của tôi là ${CODE}`, 'Đang được giải quyết'],
        ],
      ],
      [
        'a dossier code while a tax code is asked for is looked up as a dossier',
        [
          ['mst', 'mã số doanh nghiệp'],
          [`hồ sơ ${CODE}`, 'Đang được giải quyết'],
        ],
      ],
      [
        'an unclear other subject is asked about, with a way back to the question',
        [
          ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
          ['theo dõi', '[Quay lại câu hỏi]', 'Mã hồ sơ chưa đúng'],
          ['Quay lại câu hỏi', 'nhập mã hồ sơ'],
          [CODE, 'Đang được giải quyết'],
        ],
      ],
      [
        'the way back tapped, then the question answered',
        [
          ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
          ['theo doi', '[Quay lại câu hỏi]'],
          ['#back', 'nhập mã hồ sơ'],
          [CODE, 'Đang được giải quyết'],
        ],
      ],
      [
        'words about the question are no other subject: the question is asked again',
        [
          ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
          ['em không có mã', 'Mã hồ sơ chưa đúng', 'Quay lại câu hỏi'],
          ['thôi không tra nữa', 'Mã hồ sơ chưa đúng', 'Quay lại câu hỏi'],
        ],
      ],
      [
        'a wish turned around while a dossier code is asked for is offered, with the way back',
        [
          ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
          [
            'tôi không muốn nhận thông báo về hồ sơ nữa',
            'Có phải anh/chị muốn “Bỏ theo dõi hồ sơ”?\n[Có]\n[Quay lại câu hỏi]',
            'Mã hồ sơ chưa đúng',
          ],
          ['Quay lại câu hỏi', 'nhập mã hồ sơ'],
          // A code cut short in the same words is a try at the answer: the question says what a code is.
          ['theo dõi hồ sơ mã 000.00.15.H02-2212', 'Mã hồ sơ chưa đúng', 'Quay lại câu hỏi'],
        ],
      ],
      [
        '"hồ sơ" while a dossier code is asked for is about the question',
        [
          ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
          ['hồ sơ', 'Mã hồ sơ chưa đúng', 'Quay lại câu hỏi'],
        ],
      ],
      [
        'the did-you-mean answered by typing: "3" is the way back, "1" the other subject',
        [
          ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
          ['theo dõi', '[Theo dõi một hồ sơ]\n[Hồ sơ đang theo dõi]\n[Quay lại câu hỏi]'],
          ['3', '[Hồ sơ của tôi (theo số điện thoại)]'],
          ['theo dõi', '[Theo dõi một hồ sơ]'],
          ['1', 'nhập mã hồ sơ', 'Mã hồ sơ chưa đúng'],
          [CODE, 'Đã đăng ký theo dõi'],
        ],
      ],
      [
        'what no flow takes ("giá vàng") is an invalid answer: the question is asked again',
        [
          ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
          ['giá vàng', 'Mã hồ sơ chưa đúng', 'Quay lại câu hỏi'],
          [CODE, 'Đang được giải quyết'],
        ],
      ],
      [
        'another task while the feedback asks for a field is followed, then another again',
        [
          ['phản ánh', 'lĩnh vực nào'],
          ['tra cứu hồ sơ', 'nhập mã hồ sơ', 'chưa nhận ra lĩnh vực'],
          ['tôi muốn hỏi thủ tục khai sinh', 'thủ tục phù hợp', 'Mã hồ sơ chưa đúng'],
        ],
      ],
      [
        'a field of feedback is still the answer',
        [
          ['phản ánh', 'lĩnh vực nào'],
          ['1', 'mô tả nội dung'],
        ],
      ],
      [
        '"hồ sơ" while a tax code is asked for offers the dossier lookup',
        [
          ['tra cứu doanh nghiệp', 'mã số doanh nghiệp'],
          ['hồ sơ', '[Tra cứu hồ sơ theo mã]', 'Mã số thuế chưa đúng'],
        ],
      ],
      [
        'a subject no flow serves while a tax code is asked for: not a tax code, and how to leave',
        [
          ['tra cứu doanh nghiệp', 'mã số doanh nghiệp'],
          ['giá vàng hôm nay', 'không phải câu trả lời', 'Quay lại câu hỏi'],
        ],
      ],
      [
        'a dossier code with words while a tax code is asked for is looked up as a dossier',
        [
          ['tra cứu doanh nghiệp', 'mã số doanh nghiệp'],
          ['hồ sơ 000.99.99.H99-999999-9999 của tôi', 'Mã hồ sơ vừa nhắn không hợp lệ', 'cần hỗ trợ gì'],
        ],
      ],
      [
        'help words around an unknown subject mid-question change nothing',
        [
          ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
          ['giúp em với, giá vàng hôm nay', 'Mã hồ sơ chưa đúng'],
        ],
      ],
    ])('%s', async (_name, rows) => {
      await talk(rows);
    });

    describe("at the question for a procedure's words, another flow asked for plainly is followed", () => {
      it.each<[string, Row[]]>([
        [
          'my dossiers, by their keyword',
          [
            ['tthc', 'cần tìm thủ tục gì'],
            ['hồ sơ của tôi', 'số điện thoại gắn với tài khoản Zalo', 'không tìm thấy thủ tục'],
          ],
        ],
        [
          'a dossier lookup, by its keyword',
          [
            ['tthc', 'cần tìm thủ tục gì'],
            ['tra cứu hồ sơ', 'nhập mã hồ sơ', 'không tìm thấy thủ tục'],
          ],
        ],
        [
          'a dossier lookup, in words its examples know, is offered with the way back',
          [
            ['tthc', 'cần tìm thủ tục gì'],
            ['xem hồ sơ của tôi', ['[Tra cứu hồ sơ theo mã]', '[Quay lại câu hỏi]'], 'không tìm thấy thủ tục'],
            ['Tra cứu hồ sơ theo mã', 'nhập mã hồ sơ'],
          ],
        ],
        [
          'a dossier code in a sentence is looked up',
          [
            ['tthc', 'cần tìm thủ tục gì'],
            [`hồ sơ ${CODE} của tôi đến đâu rồi`, 'Đang được giải quyết', 'không tìm thấy thủ tục'],
          ],
        ],
        [
          '"hồ sơ" alone is asked about, with the way back to the question',
          [
            ['tthc', 'cần tìm thủ tục gì'],
            ['hồ sơ', '[Tra cứu hồ sơ theo mã]\n[Hồ sơ của tôi (chia sẻ số điện thoại)]\n[Quay lại câu hỏi]'],
            ['Quay lại câu hỏi', 'cần tìm thủ tục gì'],
            ['khai sinh', 'Thủ tục đăng ký khai sinh', 'không tìm thấy thủ tục'],
          ],
        ],
        [
          'a procedure named is the answer',
          [
            ['tthc', 'cần tìm thủ tục gì'],
            ['khai sinh', 'Thủ tục đăng ký khai sinh', 'Quay lại câu hỏi'],
          ],
        ],
        // Procedures are named after other flows' subjects: their examples start no other flow, they are at most
        // offered, with the way back to the question.
        ...['giải quyết khiếu nại', 'giải quyết tố cáo', 'khiếu nại', 'tố cáo', 'cấp lại mã số thuế'].map(
          (procedure): [string, Row[]] => [
            `a procedure named after another flow's subject starts no other flow: "${procedure}"`,
            [
              ['tthc', 'cần tìm thủ tục gì'],
              [procedure, '[Quay lại câu hỏi]'],
              ['Quay lại câu hỏi', 'cần tìm thủ tục gì'],
            ],
          ],
        ),
        [
          'a re-issue of an identity card is the answer',
          [
            ['tthc', 'cần tìm thủ tục gì'],
            ['cấp đổi căn cước', 'căn cước', 'Quay lại câu hỏi'],
          ],
        ],
        [
          'a marriage registration is the answer',
          [
            ['tthc', 'cần tìm thủ tục gì'],
            ['đăng ký kết hôn', 'kết hôn', 'Quay lại câu hỏi'],
          ],
        ],
      ])('%s', async (_name, rows) => {
        await talk(rows);
      });

      it('in English', async () => {
        await talk(
          [
            ['find a procedure', 'Which procedure'],
            ['my dossiers', 'phone number', 'No procedure'],
          ],
          'en',
        );
      });
    });

    it('in English: the way back is "Back to the question"', async () => {
      await talk(
        [
          ['check a dossier', 'dossier code'],
          ['follow', '[Back to the question]'],
        ],
        'en',
      );
    });

    it('in English: a problem told while a dossier code is asked for is offered as a report, not called a bad code', async () => {
      await talk(
        [
          ['check a dossier', 'dossier code'],
          ['I want to report a broken street light', 'Did you mean “Report a problem”?\n[Yes]\n[Back to the question]'],
        ],
        'en',
      );
    });
  });

  describe('a mistyped code is said to be wrong, not asked for again as if nothing was typed', () => {
    it.each<[string, Row[]]>([
      ['a tax code with a wrong check digit in the first message', [['mst 2300900006', 'chữ số kiểm tra']]],
      [
        'a tax code with a wrong check digit answering the question',
        [
          ['tra cứu doanh nghiệp', 'mã số doanh nghiệp'],
          ['2300900006', 'chữ số kiểm tra', 'gồm 10 chữ số'],
          [TAX_CODE, COMPANY],
        ],
      ],
      [
        'a dossier code with an impossible date',
        [
          ['000.99.99.H99-999999-9999', 'Mã hồ sơ vừa nhắn không hợp lệ'],
          [CODE, 'Đang được giải quyết'],
        ],
      ],
    ])('%s', async (_name, rows) => {
      await talk(rows);
    });

    it('in English: the check digit', async () => {
      await talk([['mst 2300900006', 'check digit']], 'en');
    });
  });

  describe('a long message in the middle of a question', () => {
    it('a greeting opening a question about a procedure is no welcome', async () => {
      const long = `${'Đường liên thôn qua xóm tôi xuống cấp nghiêm trọng, nhiều ổ gà, trời mưa là ngập, xe cộ đi lại rất khó khăn và nguy hiểm cho các cháu đi học. '.repeat(14)}Tôi muốn phản ánh`;
      await talk([
        [long, 'lĩnh vực nào'],
        [
          'Xin chào, tôi muốn hỏi về việc làm giấy khai sinh cho con, tôi ở phường Kinh Bắc, cần mang những giấy tờ gì và nộp ở đâu, cảm ơn cán bộ nhiều',
          'khai sinh',
          'Cảm ơn anh/chị đã quan tâm',
        ],
      ]);
    });
  });

  describe('a problem described in the first message is the report, not asked for again', () => {
    it.each<[string, Row[]]>([
      [
        'a pothole: noted, the field asked, then the photos',
        [
          ['đường ở thôn 3 bị sụt lún', 'đã ghi lại nội dung anh/chị vừa nhắn: "đường ở thôn 3 bị sụt lún"'],
          ['1', 'ảnh chụp hiện trường', 'mô tả nội dung'],
        ],
      ],
      [
        'the keyword and a description',
        [
          ['phản ánh đèn đường hỏng ở thôn 3', '"phản ánh đèn đường hỏng ở thôn 3"'],
          ['3', 'ảnh chụp hiện trường'],
        ],
      ],
      [
        'the field its words name offered as a button, one tap',
        [
          [
            'đèn đường trước nhà bị tắt mấy hôm nay',
            'lĩnh vực nào? Theo nội dung anh/chị nhắn, có lẽ là "Hạ tầng, đô thị": bấm nút bên dưới để chọn, hoặc nhắn số thứ tự hay tên lĩnh vực khác:\n1. Hạ tầng, đô thị',
          ],
          // The button's payload is the field's name, as the citizen reads it.
          ['Hạ tầng, đô thị', 'ảnh chụp hiện trường'],
        ],
      ],
      [
        'the field offered is a button below the list, picked by its label typed loosely',
        [
          ['rác thải để giữa đường không ai thu gom', '10. Lĩnh vực khác\n[✅ Môi trường, vệ sinh]'],
          // A typo only the button's label tolerates (the list's names take the words as written).
          ['moi truong ve snh', 'ảnh chụp hiện trường'],
          ['#skip', 'ở đâu'],
          ['#skip', '[Gửi ẩn danh]'],
          ['#consent_anonymous', 'Lĩnh vực: Môi trường, vệ sinh'],
        ],
      ],
      [
        'a yes to the field offered takes it',
        [
          ['đèn đường trước nhà bị tắt mấy hôm nay', 'có lẽ là "Hạ tầng, đô thị"'],
          ['đúng rồi', 'ảnh chụp hiện trường', 'Tôi chưa nhận ra'],
          ['#skip', 'ở đâu'],
          ['#skip', '[Gửi ẩn danh]'],
          ['#consent_anonymous', 'Lĩnh vực: Hạ tầng, đô thị'],
        ],
      ],
      [
        'a number typed is the list’s, not the button’s: another field than the one offered',
        [
          ['xe tải chở đất làm vỡ ống nước trước chợ', '[✅ Điện, nước sinh hoạt]'],
          ['3', 'ảnh chụp hiện trường', 'Tôi chưa nhận ra'],
          ['#skip', 'ở đâu'],
          ['#skip', '[Gửi ẩn danh]'],
          ['#consent_anonymous', 'Lĩnh vực: Giao thông, trật tự an toàn giao thông'],
        ],
      ],
      [
        'the whole list with a cancel button: a number typed is the list’s, not the button’s',
        [
          ['phản ánh', 'lĩnh vực nào'],
          ['cái gì đó', 'Tôi chưa nhận ra'],
          ['không biết', 'Tôi chưa nhận ra'],
          ['linh tinh', '(từ 1 đến 10), hoặc bấm "Hủy"'],
          ['1', 'mô tả nội dung', 'Đã hủy'],
        ],
      ],
      [
        'too few words to be the description may still name the field: offered, then the description asked',
        [
          ['phản ánh đèn đường hỏng', 'có lẽ là "Hạ tầng, đô thị"', 'đã ghi lại'],
          ['Hạ tầng, đô thị', 'mô tả nội dung'],
        ],
      ],
      [
        'a phrase of the flow that names the field, typed as it is: offered too',
        [
          ['báo hỏng đèn đường', 'có lẽ là "Hạ tầng, đô thị"', 'đã ghi lại'],
          ['đúng', 'mô tả nội dung'],
        ],
      ],
      [
        'a long story is quoted back by its start, and kept whole for the summary',
        [
          [
            `${'Nước thải từ xưởng chế biến chảy thẳng ra kênh, bốc mùi hôi suốt cả ngày. '.repeat(8)}Mong cơ quan chức năng sớm kiểm tra.`,
            'chảy thẳng ra kênh, bốc…". Trước khi gửi',
            'sớm kiểm tra',
          ],
          ['1', 'ảnh chụp hiện trường'],
          ['#skip', 'ở đâu'],
          ['#skip', '[Gửi ẩn danh]'],
          ['#consent_anonymous', 'Mong cơ quan chức năng sớm kiểm tra.'],
        ],
      ],
      [
        'no field named, or two alike: the list alone',
        [['mất điện cả ngày, đường thì đầy ổ gà', 'lĩnh vực nào', 'có lẽ']],
      ],
      [
        'only the flow named: the description is asked for',
        [
          ['tôi muốn gửi phản ánh', 'lĩnh vực nào', 'đã ghi lại'],
          ['1', 'mô tả nội dung'],
        ],
      ],
      [
        'the keyword alone: the description is asked for',
        [
          ['phản ánh', 'lĩnh vực nào', 'đã ghi lại'],
          ['1', 'mô tả nội dung'],
        ],
      ],
    ])('%s', async (_name, rows) => {
      await talk(rows);
    });

    it('in English the fields are listed, understood and summed up in English (the LGSP names them in Vietnamese)', async () => {
      await talk(
        [
          ['the street light on my road is broken for a week', 'Traffic and road safety', 'Giao thông'],
          ['electricity', 'photos', 'did not recognise'],
          ['#skip', 'Where is it'],
          ['#skip', '[Send anonymously]'],
          ['#consent_anonymous', 'Field: Electricity, water supply'],
        ],
        'en',
      );
    });

    it('in English the field its words name is offered in English', async () => {
      await talk(
        [
          ['the street light on my road is broken for a week', 'it may be "Infrastructure, urban areas"'],
          ['Infrastructure, urban areas', 'photos'],
        ],
        'en',
      );
    });

    it('the description carried reaches the summary', async () => {
      await talk([
        ['cống bị tắc ở xóm 2 mấy hôm nay', 'đã ghi lại'],
        ['2', 'ảnh chụp hiện trường'],
        ['#skip', 'ở đâu'],
        ['#skip', '[Gửi ẩn danh]'],
        // The anonymous button's label typed without marks; the summary shows the first message as the description.
        ['gui an danh', 'cống bị tắc ở xóm 2 mấy hôm nay'],
      ]);
    });
  });

  describe('a report left for another subject is kept and offered back', () => {
    const KEPT = 'Tôi giữ lại phản ánh anh/chị đang viết dở';
    const OFFER = 'Anh/chị còn phản ánh đang viết dở. Anh/chị có muốn viết tiếp không?\n[Tiếp tục]\n[Bỏ phản ánh này]';
    const DESCRIPTION = 'Đèn đường trước nhà số 5 không sáng ba hôm nay';
    it.each<[string, Row[]]>([
      [
        'a dossier lookup while the description is asked for: answered, then the report resumes there',
        [
          ['phản ánh', 'lĩnh vực nào'],
          ['1', 'mô tả nội dung'],
          [`tra cứu hồ sơ ${CODE}`, `${KEPT}`],
          ['Tiếp tục', 'Mời anh/chị viết tiếp phản ánh.\nAnh/chị vui lòng mô tả nội dung'],
          [DESCRIPTION, 'ảnh chụp hiện trường'],
        ],
      ],
      [
        'resumed at the photos and finished: the summary holds the description written before',
        [
          ['phản ánh', 'lĩnh vực nào'],
          ['1', 'mô tả nội dung'],
          [DESCRIPTION, 'ảnh chụp hiện trường'],
          [`tra cứu hồ sơ ${CODE}`, 'Đang được giải quyết'],
          ['ok', 'ảnh chụp hiện trường', 'mô tả nội dung'],
          ['#skip', 'ở đâu'],
          ['#skip', '[Gửi ẩn danh]'],
          ['gui an danh', DESCRIPTION],
        ],
      ],
      [
        'a description carried by the first message is something given: kept',
        [
          ['đường ở thôn 3 bị sụt lún', 'lĩnh vực nào'],
          [`tra cứu hồ sơ ${CODE}`, OFFER],
          ['tiếp tục', 'lĩnh vực nào'],
          ['1', 'ảnh chụp hiện trường'],
        ],
      ],
      [
        'a place named after an office answers the place question, not a wish for the help flow',
        [
          ['phản ánh', 'lĩnh vực nào'],
          ['1', 'mô tả nội dung'],
          [DESCRIPTION, 'ảnh chụp hiện trường'],
          ['#skip', 'ở đâu'],
          // Kept as the answer to the place question (then matched against the communes), not the help flow's.
          ['gần trung tâm hành chính công tỉnh', 'xã, phường', 'Anh/chị muốn'],
        ],
      ],
      [
        'a dossier lookup while the place is asked for: answered, not taken for the place',
        [
          ['phản ánh', 'lĩnh vực nào'],
          ['1', 'mô tả nội dung'],
          [DESCRIPTION, 'ảnh chụp hiện trường'],
          ['#skip', 'ở đâu'],
          [`tra cứu hồ sơ ${CODE}`, KEPT],
          ['tiếp tục', 'ở đâu'],
          ['xã Yên Phong', '[Gửi ẩn danh]'],
        ],
      ],
      [
        'a dossier asked about with its code while the field is asked for, even in capitals: answered',
        [
          ['phản ánh', 'lĩnh vực nào'],
          [`tôi muốn hỏi hồ sơ ${CODE}`, 'Đang được giải quyết', 'chưa nhận ra lĩnh vực'],
          ['phản ánh', 'lĩnh vực nào'],
          [`TOI MUON HOI HO SO ${CODE}`, 'Đang được giải quyết', 'chưa nhận ra lĩnh vực'],
        ],
      ],
      [
        'at the first question nothing is kept: the lookup as before',
        [
          ['phản ánh', 'lĩnh vực nào'],
          [`tra cứu hồ sơ ${CODE}`, 'Đang được giải quyết', 'giữ lại'],
          ['cảm ơn', 'không có gì', 'còn phản ánh'],
        ],
      ],
      [
        'through the menu: the menu alone, the offer after the lookup it leads to',
        [
          ['phản ánh', 'lĩnh vực nào'],
          ['1', 'mô tả nội dung'],
          ['menu', '[Thủ tục hành chính]', 'Tiếp tục'],
          ['Tra cứu hồ sơ', 'nhập mã hồ sơ'],
          [CODE, OFFER],
          // "1" would be the dossier's first button, which the offer follows: the offer is answered in its words.
          ['Tiếp tục', 'mô tả nội dung'],
        ],
      ],
      [
        'the offer declined by typing "không": dropped, said so',
        [
          ['phản ánh', 'lĩnh vực nào'],
          ['1', 'mô tả nội dung'],
          [`tra cứu hồ sơ ${CODE}`, OFFER],
          ['không', 'Đã bỏ phản ánh anh/chị đang viết dở.', 'mô tả nội dung'],
        ],
      ],
    ])('%s', async (_name, rows) => {
      await talk(rows);
    });

    it('in English', async () => {
      await talk(
        [
          ['report a problem', 'What is your report or suggestion about?'],
          ['1', 'Please describe the problem'],
          [`check dossier ${CODE}`, 'I have kept the report you were writing'],
          ['continue', 'Let us continue your report.\nPlease describe the problem'],
        ],
        'en',
      );
    });

    describe('a photo sent while it is kept goes into it: resumed, the photo added, the citizen told', () => {
      const ADDED = 'Tôi đã thêm 1 ảnh anh/chị vừa gửi vào phản ánh đang viết dở.';
      const PHOTO = (n: number) => `@image https://cdn.example/hien-truong-${n}.jpg`;
      const PHOTOS = (from: number, to: number) =>
        `@image ${Array.from({ length: to - from + 1 }, (_, i) => `https://cdn.example/hien-truong-${from + i}.jpg`).join(' ')}`;
      it.each<[string, Row[]]>([
        [
          'kept at the photo question: the photo is its answer, as if "Tiếp tục" then the photo',
          [
            ['phản ánh', 'lĩnh vực nào'],
            ['1', 'mô tả nội dung'],
            [DESCRIPTION, 'ảnh chụp hiện trường'],
            [`tra cứu hồ sơ ${CODE}`, OFFER],
            [PHOTO(1), `${ADDED}\nĐã nhận 1 ảnh. Anh/chị gửi thêm ảnh hoặc bấm "Xong".\n[Xong]`, 'chưa cần ảnh'],
            [PHOTO(2), 'Đã nhận 2 ảnh.'],
            ['xong', 'ở đâu'],
            ['#skip', '[Gửi ẩn danh]'],
            ['gui an danh', '• Ảnh: 2 ảnh'],
          ],
        ],
        [
          'kept before the photo question: added to the photos, the question it was kept at asked again',
          [
            ['phản ánh', 'lĩnh vực nào'],
            ['1', 'mô tả nội dung'],
            [`tra cứu hồ sơ ${CODE}`, OFFER],
            [PHOTO(1), `${ADDED}\nMời anh/chị viết tiếp phản ánh.\nAnh/chị vui lòng mô tả nội dung`, 'chưa cần ảnh'],
            // Asked for photos, the citizen is told of the one sent ahead: "xong" (or "bỏ qua") keeps it.
            [DESCRIPTION, '[Bỏ qua]\nĐã nhận 1 ảnh. Anh/chị gửi thêm ảnh hoặc bấm "Xong".\n[Xong]'],
            ['xong', 'ở đâu'],
            ['#skip', '[Gửi ẩn danh]'],
            ['gui an danh', '• Ảnh: 1 ảnh'],
          ],
        ],
        [
          'kept at the summary: the summary again, counting the photo',
          [
            ['phản ánh', 'lĩnh vực nào'],
            ['1', 'mô tả nội dung'],
            [DESCRIPTION, 'ảnh chụp hiện trường'],
            ['#skip', 'ở đâu'],
            ['#skip', '[Gửi ẩn danh]'],
            ['gui an danh', '• Ảnh: không có'],
            [`tra cứu hồ sơ ${CODE}`, OFFER],
            [
              PHOTO(1),
              `${ADDED}\nMời anh/chị viết tiếp phản ánh.\nAnh/chị kiểm tra lại phản ánh trước khi gửi:\n• Lĩnh vực: Hạ tầng, đô thị\n• Nội dung: ${DESCRIPTION}\n• Ảnh: 1 ảnh`,
            ],
            [`tra cứu hồ sơ ${CODE}`, OFFER],
            [PHOTO(2), '• Ảnh: 2 ảnh', 'chưa cần ảnh'],
          ],
        ],
        [
          'within the photo limit: what is over it is said, never dropped silently',
          [
            ['phản ánh', 'lĩnh vực nào'],
            ['1', 'mô tả nội dung'],
            [DESCRIPTION, 'ảnh chụp hiện trường'],
            [PHOTOS(1, 4), 'Đã nhận 4 ảnh.'],
            [`tra cứu hồ sơ ${CODE}`, OFFER],
            [
              PHOTOS(5, 6),
              'Tôi đã thêm 1 ảnh anh/chị vừa gửi vào phản ánh đang viết dở.\nTôi chỉ nhận tối đa 5 ảnh, nên 1 ảnh anh/chị vừa gửi không được thêm.\nViệc anh/chị phản ánh ở đâu?',
            ],
            ['#skip', '[Gửi ẩn danh]'],
            ['gui an danh', '• Ảnh: 5 ảnh'],
            [`tra cứu hồ sơ ${CODE}`, OFFER],
            [PHOTO(7), 'Tôi chỉ nhận tối đa 5 ảnh, nên 1 ảnh anh/chị vừa gửi không được thêm.', ADDED],
          ],
        ],
        [
          'more photos than the limit in one message at the photo question itself: said too',
          [
            ['phản ánh', 'lĩnh vực nào'],
            ['1', 'mô tả nội dung'],
            [DESCRIPTION, 'ảnh chụp hiện trường'],
            [
              PHOTOS(1, 7),
              'Tôi chỉ nhận tối đa 5 ảnh, nên 2 ảnh anh/chị vừa gửi không được thêm.\nViệc anh/chị phản ánh ở đâu?',
            ],
          ],
        ],
        [
          'as many photos as the report takes sent before its photo question: the question is not asked',
          [
            ['phản ánh', 'lĩnh vực nào'],
            ['1', 'mô tả nội dung'],
            [
              PHOTOS(1, 5),
              'Tôi đã thêm 5 ảnh anh/chị vừa gửi vào phản ánh đang viết dở.\nAnh/chị vui lòng mô tả nội dung',
            ],
            [DESCRIPTION, 'ở đâu', 'ảnh chụp hiện trường'],
            ['#skip', '[Gửi ẩn danh]'],
            ['gui an danh', '• Ảnh: 5 ảnh'],
            // "Sửa → Ảnh" → "Gửi ảnh khác" asks for new photos (the answer is set aside first): the question is asked.
            ['sửa', 'muốn sửa phần nào'],
            ['ảnh', 'Phản ánh đang kèm 5 ảnh.'],
            ['gửi ảnh khác', 'ảnh chụp hiện trường'],
            // None sent after all: the five stay.
            ['bỏ qua', '• Ảnh: 5 ảnh'],
          ],
        ],
        ['nothing kept: a photo gets the usual answer', [[PHOTO(1), 'chưa cần ảnh', 'phản ánh đang viết dở']]],
        [
          'not kept, at the description before the photos are asked: added, the description asked again',
          [
            ['phản ánh', 'lĩnh vực nào'],
            ['1', 'mô tả nội dung'],
            [PHOTO(1), `${ADDED}\nAnh/chị vui lòng mô tả nội dung`],
            [DESCRIPTION, '[Bỏ qua]\nĐã nhận 1 ảnh. Anh/chị gửi thêm ảnh hoặc bấm "Xong".\n[Xong]'],
            ['bỏ qua', 'ở đâu'],
          ],
        ],
        [
          'not kept, but past the photo question (the place, the summary): added too, the question asked again',
          [
            ['phản ánh', 'lĩnh vực nào'],
            ['1', 'mô tả nội dung'],
            [DESCRIPTION, 'ảnh chụp hiện trường'],
            ['#skip', 'ở đâu'],
            [PHOTO(1), `${ADDED}\nViệc anh/chị phản ánh ở đâu?`, 'vui lòng'],
            ['#skip', '[Gửi ẩn danh]'],
            ['gui an danh', '• Ảnh: 1 ảnh'],
            [
              PHOTO(2),
              `${ADDED}\nAnh/chị kiểm tra lại phản ánh trước khi gửi:\n• Lĩnh vực: Hạ tầng, đô thị\n• Nội dung: ${DESCRIPTION}\n• Ảnh: 2 ảnh`,
              'vui lòng chọn',
            ],
            ['Sửa', 'muốn sửa phần nào?'],
          ],
        ],
      ])('%s', async (_name, rows) => {
        await talk(rows);
      });

      it('in English', async () => {
        await talk(
          [
            ['report a problem', 'What is your report or suggestion about?'],
            ['1', 'Please describe the problem'],
            [DESCRIPTION, 'Do you have photos'],
            [`check dossier ${CODE}`, 'I have kept the report you were writing'],
            [
              PHOTO(1),
              'I have added the photos you just sent (1) to your unfinished report.\nImages received so far: 1.',
            ],
          ],
          'en',
        );
      });
    });

    describe('a new report asked for while one is kept: continue it or start afresh, neither lost', () => {
      const CHOICE =
        'Anh/chị còn phản ánh đang viết dở. Anh/chị muốn viết tiếp phản ánh đó, hay bỏ nó và viết phản ánh mới?\n[Tiếp tục]\n[Viết phản ánh mới]';
      const CHOICE_TOLD =
        'Anh/chị còn phản ánh đang viết dở. Anh/chị muốn viết tiếp phản ánh đó (nội dung anh/chị vừa nhắn tôi giữ lại để anh/chị gửi sau), hay bỏ nó và gửi nội dung vừa nhắn thành phản ánh mới?\n[Tiếp tục]\n[Viết phản ánh mới]';
      const NEW = 'tôi muốn phản ánh cống bị tắc ở xóm 2 mấy hôm nay';
      const NEW_MORE = 'nước thải chảy tràn ra đường, mùi hôi thối cả xóm';
      const PHOTO_NEW = '@image https://cdn.example/cong-tac-1.jpg';
      const DROPPED = 'Đã bỏ phản ánh anh/chị viết dở trước đó.';
      /** The report kept at its photo question, the offer showing. */
      const KEPT_AT_PHOTOS: Row[] = [
        ['phản ánh', 'lĩnh vực nào'],
        ['1', 'mô tả nội dung'],
        [DESCRIPTION, 'ảnh chụp hiện trường'],
        [`tra cứu hồ sơ ${CODE}`, OFFER],
      ];
      it.each<[string, Row[]]>([
        [
          '"phản ánh", then "Tiếp tục": the kept one where it was',
          [
            ...KEPT_AT_PHOTOS,
            ['phản ánh', CHOICE, 'lĩnh vực nào'],
            ['Tiếp tục', 'Mời anh/chị viết tiếp phản ánh.\nAnh/chị có ảnh chụp hiện trường không?'],
            ['#skip', 'ở đâu'],
            ['#skip', '[Gửi ẩn danh]'],
            ['gui an danh', DESCRIPTION],
          ],
        ],
        [
          '"phản ánh", then "Viết phản ánh mới": the kept one dropped, said so; the new one from the start',
          [
            ...KEPT_AT_PHOTOS,
            ['phản ánh', CHOICE],
            ['Viết phản ánh mới', `${DROPPED}\nAnh/chị muốn phản ánh, kiến nghị về lĩnh vực nào?`],
            ['1', 'mô tả nội dung'],
          ],
        ],
        [
          'a new description typed, "Tiếp tục": the kept one first, then the new one offered, its description kept',
          [
            ...KEPT_AT_PHOTOS,
            [NEW, CHOICE_TOLD, 'lĩnh vực nào'],
            [
              'Tiếp tục',
              'Nội dung anh/chị vừa nhắn tôi giữ lại; xong phản ánh này, tôi sẽ hỏi anh/chị có viết tiếp thành phản ánh mới không.\nMời anh/chị viết tiếp phản ánh.\nAnh/chị có ảnh chụp hiện trường không?',
            ],
            ['#skip', 'ở đâu'],
            ['#skip', '[Gửi ẩn danh]'],
            ['gui an danh', DESCRIPTION, 'cống bị tắc'],
            // Sent; then the new one is offered.
            ['#choice:send', OFFER],
            ['tiếp tục', `Tôi đã ghi lại nội dung anh/chị vừa nhắn: "${NEW}"`],
            ['2', 'ảnh chụp hiện trường', 'mô tả nội dung'],
          ],
        ],
        [
          'a new description typed, "Viết phản ánh mới": the kept one dropped, said so; the new one with its description',
          [
            ...KEPT_AT_PHOTOS,
            [NEW, CHOICE_TOLD],
            ['2', `${DROPPED}\nTôi đã ghi lại nội dung anh/chị vừa nhắn: "${NEW}"`],
            ['1', 'ảnh chụp hiện trường', 'mô tả nội dung'],
          ],
        ],
        [
          '"phản ánh" in the middle of a report (nothing kept): the choice, not a silent start afresh',
          [
            ['phản ánh', 'lĩnh vực nào'],
            ['1', 'mô tả nội dung'],
            [DESCRIPTION, 'ảnh chụp hiện trường'],
            ['phản ánh', CHOICE, 'lĩnh vực nào'],
            ['tiếp tục', 'ảnh chụp hiện trường'],
          ],
        ],
        [
          '"phản ánh", then "thôi bỏ đi": the kept one dropped, and nothing starts (nothing was typed for a new one)',
          [
            ...KEPT_AT_PHOTOS,
            ['phản ánh', CHOICE],
            ['thôi bỏ đi', 'Đã bỏ phản ánh anh/chị đang viết dở.', 'lĩnh vực nào'],
          ],
        ],
        [
          'a new description in two messages: both parts kept for the new one',
          [
            ...KEPT_AT_PHOTOS,
            [NEW, CHOICE_TOLD],
            [NEW_MORE, CHOICE_TOLD],
            ['viết mới', `${DROPPED}\nTôi đã ghi lại nội dung anh/chị vừa nhắn: "${NEW}\n${NEW_MORE}"`],
          ],
        ],
        [
          'a photo sent while the choice shows: kept for the new one, not added to the kept one',
          [
            ...KEPT_AT_PHOTOS,
            [NEW, CHOICE_TOLD],
            [PHOTO_NEW, 'Tôi đã giữ 1 ảnh anh/chị vừa gửi cho phản ánh mới.', 'Mời anh/chị viết tiếp'],
            ['viết mới', DROPPED],
          ],
        ],
        [
          'an old choice\'s "Viết phản ánh mới" tapped after "Tiếp tục": nothing dropped, the question asked again',
          [
            ...KEPT_AT_PHOTOS,
            [NEW, CHOICE_TOLD],
            ['Tiếp tục', 'Anh/chị có ảnh chụp hiện trường không?'],
            ['#resume_fresh', 'không còn nội dung nào đang viết dở', DROPPED],
          ],
        ],
        [
          'the choice passed over: asked again after the other subject, the new description still kept',
          [
            ...KEPT_AT_PHOTOS,
            [NEW, CHOICE_TOLD],
            [
              `tra cứu hồ sơ ${CODE}`,
              'Anh/chị vẫn còn phản ánh đang viết dở. Anh/chị muốn viết tiếp phản ánh đó (nội dung anh/chị vừa nhắn tôi giữ lại để anh/chị gửi sau), hay bỏ nó và gửi nội dung vừa nhắn thành phản ánh mới? Nếu anh/chị chuyển sang việc khác, tôi sẽ bỏ cả phản ánh đang viết dở và nội dung vừa nhắn.',
            ],
            ['viết mới', `${DROPPED}\nTôi đã ghi lại nội dung anh/chị vừa nhắn: "${NEW}"`],
          ],
        ],
      ])('%s', async (_name, rows) => {
        await talk(rows);
      });

      it('in English', async () => {
        await talk(
          [
            ['report a problem', 'What is your report or suggestion about?'],
            ['1', 'Please describe the problem'],
            [`check dossier ${CODE}`, 'I have kept the report you were writing'],
            [
              'report a problem',
              'Your report is not finished yet. Would you like to continue it, or drop it and write a new report?\n[Continue]\n[Write a new report]',
            ],
            [
              'start over',
              'I have dropped the unfinished report from before.\nWhat is your report or suggestion about?',
            ],
          ],
          'en',
        );
      });
    });
  });

  /**
   * The list of followed dossiers names each by its code, as a citizen would type it to see its status: a code typed
   * or tapped opens the dossier, whose own "Bỏ theo dõi" button is the one way to stop (here a would-be effect).
   */
  describe('the followed dossiers list opens a dossier; only "Bỏ theo dõi" stops following it', () => {
    const follows = () => createDossierFollowStore(db.db);
    async function whileFollowing(run: () => Promise<void>): Promise<void> {
      await followDossier(db.db, 'simulator', CODE);
      try {
        await run();
      } finally {
        await follows().stop('simulator', CODE, new Date());
      }
    }

    it.each<[string, Row[]]>([
      [
        'the code typed after the list shows the dossier',
        [
          ['hồ sơ đang theo dõi', `bấm "Bỏ theo dõi" dưới hồ sơ đó.\n[${CODE}]`],
          [CODE, 'Đang được giải quyết', 'Đã bỏ theo dõi'],
        ],
      ],
      [
        'the dossier opened from the list offers to stop following it, which does',
        [
          ['hồ sơ đang theo dõi', `[${CODE}]`],
          [`#dossier ${CODE}`, '[Bỏ theo dõi]\n[Tra cứu hồ sơ khác]', 'Đã bỏ theo dõi'],
          ['Bỏ theo dõi', `Đã bỏ theo dõi hồ sơ ${CODE}`],
        ],
      ],
      [
        '"bỏ theo dõi" without a code: the list, then the dossier chosen, then its button',
        [
          ['bỏ theo dõi', `[${CODE}]`, 'Đã bỏ theo dõi'],
          ['1', '[Bỏ theo dõi]', 'Đã bỏ theo dõi'],
          ['bỏ theo dõi', `Đã bỏ theo dõi hồ sơ ${CODE}`],
        ],
      ],
    ])('%s', async (_name, rows) => {
      await whileFollowing(() => talk(rows));
    });

    it('in English', async () => {
      await whileFollowing(() =>
        talk(
          [
            ['followed dossiers', `tap "Stop following" under it.\n[${CODE}]`],
            [CODE, '[Stop following]', 'You no longer follow'],
            ['stop following', `You no longer follow dossier ${CODE}`],
          ],
          'en',
        ),
      );
    });
  });

  /**
   * A list of the citizen's own things (followed dossiers, reports) or of search results keeps a way back to the menu,
   * however long: four items as buttons at most, beside "Danh mục"; what has no button is named in the text, with how
   * to open it (its code or number sent), which does. A typed position counts the list's items, not the menu.
   */
  describe('a list keeps the menu; what has no button is named with how to open it', () => {
    // Dossiers of the LGSP simulator, followed in this order (the list shows them so).
    const FOLLOWED = [
      '000.30.24.H06-261114-0001',
      '000.00.12.H06-261107-0001',
      '000.10.20.H06-261016-0001',
      '000.21.24.H06-261105-0001',
      '000.25.24.H06-261112-0001',
      '000.00.18.H06-261006-0001',
    ];
    // The last, without a button (a code no other test here follows: a follow taken again keeps its place).
    const SIXTH = FOLLOWED[5] ?? '';
    async function following(codes: readonly string[], run: () => Promise<void>): Promise<void> {
      const store = createDossierFollowStore(db.db);
      const start = Date.now();
      for (const [i, code] of codes.entries()) await followDossier(db.db, 'simulator', code, new Date(start + i));
      try {
        await run();
      } finally {
        for (const code of codes) await store.stop('simulator', code, new Date());
      }
    }
    /** Reports the citizen sent, oldest first (the list shows the newest first); their numbers. */
    async function withReports(count: number, run: (numbers: string[]) => Promise<void>): Promise<void> {
      const numbers = Array.from({ length: count }, (_, i) => `PA-ZL-2026-${String(900_001 + i).padStart(6, '0')}`);
      const start = Date.now() - 3_600_000;
      for (const [i, number] of numbers.entries()) {
        await ticketStore.insert(db.db, {
          number,
          citizenId: 'simulator',
          language: 'vi',
          categoryCode: 'HT',
          categoryName: 'Hạ tầng, đô thị',
          title: `Đèn đường số ${i + 1} không sáng`,
          content: `Đèn đường số ${i + 1} trước nhà không sáng ba hôm nay.`,
          consentKind: 'anonymous',
          consentText: 'ẩn danh',
          consentVersion: '1',
          consentAt: new Date(start + i * 1000),
          contactNameSealed: null,
          contactPhoneSealed: null,
          place: null,
          createdAt: new Date(start + i * 1000),
          unitCode: null,
          dueAt: new Date(start + 10 * 86_400_000),
        });
      }
      try {
        await run(numbers);
      } finally {
        await db.db.delete(feedbackTickets).where(inArray(feedbackTickets.number, numbers));
      }
    }

    it.each<[string, Row[], ('vi' | 'en')?]>([
      [
        'procedure results, two: both as buttons, and the menu',
        [['thủ tục khai sinh', ['[Thủ tục đăng ký khai sinh]', '[Danh mục]']]],
      ],
      [
        'procedure results, five of more: named with their code, the best four as buttons, the menu; the fifth by its code',
        [
          [
            'thủ tục giấy phép',
            [
              'thủ tục; đây là 5 thủ tục phù hợp nhất:',
              '• Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam (mã 1.000459)',
              'thủ tục khác, anh/chị nhắn mã của thủ tục đó.\n[Cấp Giấy phép bán lẻ sản phẩm rượu]',
              '[Danh mục]',
            ],
            '[Cấp giấy phép lao động',
          ],
          ['1.000459', ['(mã 1.000459)\n• Lĩnh vực', 'Giấy tờ cần chuẩn bị'], 'chưa hiểu'],
        ],
      ],
      [
        'procedure results, exactly five: "cái cuối" is the last one with a button, not the menu',
        [
          ['thủ tục hộ kinh doanh', ['Tôi tìm thấy 5 thủ tục phù hợp:\n• ', '(mã 1.001613)', '[Danh mục]']],
          ['cái cuối', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh (mã 1.001978)', 'cần hỗ trợ gì'],
        ],
      ],
      [
        'procedure results in English',
        [
          ['find a procedure', 'Which procedure are you looking for?'],
          ['giấy phép', ['the 5 best matches:', '(code 1.000459)', 'for any other, send its code.', '[Menu]']],
        ],
        'en',
      ],
    ])('%s', async (_name, rows, language) => {
      await talk(rows, language);
    });

    it('followed dossiers, two: both as buttons, and the menu', async () => {
      await following(FOLLOWED.slice(0, 2), () =>
        talk([['hồ sơ đang theo dõi', [`[${FOLLOWED[0]}]\n[${FOLLOWED[1]}]\n[Danh mục]`]]]),
      );
    });

    it('followed dossiers, six: all named, the first four as buttons, the menu; another opens by its code', async () => {
      await following(FOLLOWED, () =>
        talk([
          [
            'hồ sơ đang theo dõi',
            [
              'Anh/chị đang theo dõi 6 hồ sơ:',
              `• ${SIXTH}: `,
              'hồ sơ khác, anh/chị nhắn mã hồ sơ đó.',
              `[${FOLLOWED[3]}]\n[Danh mục]`,
            ],
            `[${SIXTH}]`,
          ],
          ['cái cuối', `Hồ sơ ${FOLLOWED[3]}`, 'cần hỗ trợ gì'],
          ['hồ sơ đang theo dõi', '[Danh mục]'],
          [SIXTH, `Hồ sơ ${SIXTH}`, 'chưa hiểu'],
        ]),
      );
      await following(FOLLOWED, () =>
        talk([['followed dossiers', ['Dossiers you follow (6):', 'for any other, send its code.', '[Menu]']]], 'en'),
      );
    });

    it('my reports, six: the recent ones named, the four newest as buttons, the menu; another opens by its number', async () => {
      await withReports(6, async (numbers) => {
        const [oldest = '', , newest3 = '', , , newest = ''] = numbers;
        await talk([
          [
            'phản ánh của tôi',
            [
              'Các phản ánh anh/chị đã gửi gần đây (6):',
              `• ${oldest}: Đèn đường số 1 không sáng`,
              'phản ánh khác, anh/chị nhắn mã của phản ánh đó.',
              `[${newest}]`,
              `[${newest3}]\n[Danh mục]`,
            ],
            `[${oldest}]`,
          ],
          [oldest, `Phản ánh ${oldest}`, 'chưa hiểu'],
        ]);
        await talk([['my reports', ['Your recent reports (6):', 'for any other, send its number.', '[Menu]']]], 'en');
      });
    });

    it('my reports, two: both as buttons, and the menu', async () => {
      await withReports(2, async ([older = '', newer = '']) => {
        await talk([['phản ánh của tôi', [`[${newer}]\n[${older}]\n[Danh mục]`]]]);
      });
    });
  });

  describe('a confirmation asked as a yes/no question takes yes and no words, as a yes/no question does', () => {
    const ERASE: Row = ['xóa dữ liệu của tôi', 'muốn xóa dữ liệu cá nhân đang được lưu?'];
    const REFUSED = 'vui lòng chọn một trong các lựa chọn';
    it.each<[string, Row[], ('vi' | 'en')?]>([
      ['erasing: "có"', [ERASE, ['có', 'Đã ghi nhận yêu cầu', REFUSED]]],
      ['erasing: "đồng ý"', [ERASE, ['đồng ý', 'Đã ghi nhận yêu cầu', REFUSED]]],
      ['erasing: "ok"', [ERASE, ['ok', 'Đã ghi nhận yêu cầu', REFUSED]]],
      ['erasing: "vâng ạ."', [ERASE, ['vâng ạ.', 'Đã ghi nhận yêu cầu', REFUSED]]],
      // Erasing cannot be undone: a filler or a lone letter erases nothing (the question stays).
      ['erasing is not confirmed by a filler: "ừm"', [ERASE, ['ừm', 'nhắn "đồng ý"', 'Đã ghi nhận yêu cầu']]],
      ['erasing is not confirmed by a letter: "c"', [ERASE, ['c', '', 'Đã ghi nhận yêu cầu']]],
      // A filler is an answer too weak to erase, not small talk: no goodbye, but how to confirm.
      [
        'erasing: "ừ" is told how to confirm, not answered as small talk',
        [
          ERASE,
          [
            'ừ',
            ['Để xóa dữ liệu', 'bấm "Xóa dữ liệu" hoặc nhắn "đồng ý"', '[Xóa dữ liệu]\n[Giữ lại]'],
            'Khi cần hỗ trợ',
          ],
        ],
      ],
      [
        'erasing: "dạ", then "đồng ý" erases',
        [ERASE, ['dạ', 'nhắn "đồng ý"', 'Khi cần hỗ trợ'], ['đồng ý', 'Đã ghi nhận yêu cầu']],
      ],
      [
        'erasing in English: "yeah" is told how to confirm',
        [
          ['delete my data', 'erased?'],
          ['yeah', 'tap "Erase my data" or type "yes"', 'Request received.'],
        ],
        'en',
      ],
      ['erasing: "không"', [ERASE, ['không', 'được giữ nguyên', REFUSED]]],
      ['erasing: "không đồng ý"', [ERASE, ['không đồng ý', 'được giữ nguyên', 'Đã ghi nhận yêu cầu']]],
      ['erasing: "thôi"', [ERASE, ['thôi', 'được giữ nguyên', REFUSED]]],
      [
        'erasing in English: "yes"',
        [
          ['delete my data', 'erased?'],
          ['yes', 'Request received.'],
        ],
        'en',
      ],
      [
        'erasing in English: "no"',
        [
          ['delete my data', 'erased?'],
          ['no', 'Your data is kept as it is.'],
        ],
        'en',
      ],
      [
        'stopping announcements: "vâng"',
        [
          ['hủy đăng ký', 'ngừng nhận mọi thông báo'],
          ['vâng', '', REFUSED],
        ],
      ],
      [
        'stopping announcements: "không"',
        [
          ['hủy đăng ký', 'ngừng nhận mọi thông báo'],
          ['không', 'vẫn nhận thông báo'],
        ],
      ],
    ])('%s', async (_name, rows, language) => {
      await talk(rows, language);
    });
  });

  describe('help words say nothing of the subject', () => {
    it.each<[string, string, string?]>([
      // A subject no flow serves: what the bot does instead, never the help flow's hotline.
      ['giúp em với, giá vàng hôm nay', 'nằm ngoài những gì tôi hỗ trợ', 'Đường dây nóng'],
      ['trợ giúp giá vàng', 'nằm ngoài những gì tôi hỗ trợ', 'Đường dây nóng'],
      ['giá vàng hôm nay giúp em với', 'nằm ngoài những gì tôi hỗ trợ', 'Đường dây nóng'],
      // Written in English: answered in English from then on (the citizen is told how to switch back).
      ['help me, gold price today', 'outside what I can help with', 'Hotline'],
      // Alone, they ask what the citizen needs.
      ['giúp em với', 'cần hỗ trợ gì', 'chưa hiểu'],
      ['tôi cần giúp', 'cần hỗ trợ gì'],
      // Around a subject the flows know, the subject is followed.
      ['giúp em tra cứu hồ sơ', 'nhập mã hồ sơ'],
      ['hỗ trợ em thủ tục khai sinh', 'Thủ tục đăng ký khai sinh', 'không tìm thấy'],
      [`giúp em với ${CODE}`, 'Đang được giải quyết'],
    ])('"%s" → %s', async (says, answers, not) => {
      await talk([[says, answers, not]]);
    });

    it('a short English request is answered in English, and the conversation goes on in English', async () => {
      await talk([
        ['check dossier', ['answer in English', 'dossier code']],
        [CODE, 'Being processed'],
      ]);
    });

    // A first greeting gets the whole welcome (each table is a citizen's first contact), with its notice on personal
    // data, in the citizen's language, which says how to chat in English; "hello" or "hi", which Vietnamese citizens
    // type too, is answered in English once the citizen was welcomed.
    const WELCOME_VI = 'Đây là trợ lý Zalo';
    const WELCOME_EN = 'Hello! This is the Zalo assistant';
    it.each<[string, Row[]]>([
      ['"hello" first gets the welcome in Vietnamese', [['hello', [WELCOME_VI, 'nhắn "English"'], WELCOME_EN]]],
      [
        '"hi" first gets the welcome in Vietnamese; "hi" again a short greeting in English',
        [
          ['hi', WELCOME_VI, WELCOME_EN],
          ['hi', 'Hello! How can I help?', WELCOME_VI],
        ],
      ],
      ['"help" is answered in English', [['help', 'Hotline', 'Đường dây nóng']]],
      [
        'a greeting in English, then a Vietnamese request: Vietnamese, with no note about languages',
        [
          ['hello', WELCOME_VI],
          ['tra cứu hồ sơ', 'nhập mã hồ sơ', 'tiếng Việt'],
        ],
      ],
      [
        'a longer English request after a greeting: English from then on',
        [
          ['hi', WELCOME_VI],
          ['check my dossier status', ['answer in English', 'dossier code']],
          [CODE, 'Being processed'],
        ],
      ],
      ['Vietnamese without marks stays Vietnamese: "chao ban"', [['chao ban', 'Xin chào', 'Hello']]],
      ['Vietnamese without marks stays Vietnamese: "xin chao"', [['xin chao', 'Xin chào', 'Hello']]],
      ['Vietnamese without marks stays Vietnamese: "tra cuu ho so"', [['tra cuu ho so', 'nhập mã hồ sơ', 'English']]],
      ['"hello ad oi" is Vietnamese', [['hello ad oi', 'Xin chào', 'Hello']]],
      [
        'one English word in a Vietnamese sentence changes nothing',
        [['cho em check hồ sơ với', 'nhập mã hồ sơ', 'English']],
      ],
    ])('%s', async (_name, rows) => {
      await talk(rows);
    });

    it('answered in English after an English message, a short one in Vietnamese is answered in Vietnamese again', async () => {
      await talk([
        ['help me, gold price today', 'outside what I can help with'],
        ['tra cứu hồ sơ', 'nhập mã hồ sơ'],
      ]);
    });
  });
});

describe('a typed choice through a signed Zalo webhook (session in PostgreSQL)', () => {
  let zalo: ZaloHarness;
  let setup: LgspOverZalo;

  beforeAll(async () => {
    setup = await startLgspOverZalo();
    ({ zalo } = setup);
  });
  afterAll(() => setup.close());

  function sent(userId: string): string[] {
    return zalo.simulator.sent
      .filter((m) => m.userId === userId)
      .map((m) => (m.body as { message: { text?: string } }).message.text ?? '(attachment)');
  }

  it('"2" after the procedure list opens the second procedure', async () => {
    const user = zalo.simulator.createCitizen('Chị Hoa').id;
    await zalo.simulator.act(user, { type: 'follow' });
    await zalo.simulator.act(user, { type: 'text', text: 'thủ tục khai sinh' });
    await eventually(() => sent(user).find((t) => t.includes('thủ tục phù hợp')));
    await zalo.simulator.act(user, { type: 'text', text: '2' });
    const details = await eventually(() => sent(user).find((t) => t.includes('mã 1.000775')));
    expect(details).toContain('Giấy chứng sinh');
    expect(sent(user).some((t) => t.includes('chưa hiểu'))).toBe(false);
  });

  it('a button tapped twice at once (two taps while the first is answered) is answered once', async () => {
    const user = zalo.simulator.createCitizen('Anh Tư').id;
    await zalo.simulator.act(user, { type: 'follow' });
    await zalo.simulator.act(user, { type: 'text', text: 'thủ tục khai sinh' });
    await eventually(() => sent(user).find((t) => t.includes('thủ tục phù hợp')));
    // Through the simulator's HTTP API, as the phone page taps: both before the first is answered.
    const tap = () =>
      fetch(`${zalo.server.url}/sandbox/zalo/api/citizens/${user}/send`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'text',
          text: '#procedure_detail 1.000775',
          button: { type: 'oa.query.hide', title: 'Thủ tục đăng ký khai sinh' },
        }),
      });
    const taps = await Promise.all([tap(), tap()]);
    expect(taps.map((r) => r.status)).toEqual([200, 200]);
    await eventually(() => sent(user).find((t) => t.includes('mã 1.000775')));
    // Something else afterwards is answered, and the tap's answer came once.
    await zalo.simulator.act(user, { type: 'text', text: 'trợ giúp' });
    await eventually(() => sent(user).find((t) => t.includes('Đường dây nóng')));
    expect(sent(user).filter((t) => t.includes('mã 1.000775'))).toHaveLength(1);
  });
});
