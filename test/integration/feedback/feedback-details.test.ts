import { afterAll, beforeAll, describe, it } from 'vitest';
import { startDialogTable, type DialogRow as Row, type DialogTable } from '../lgsp/dialog-table.js';

const DETAILS = 'Đoạn đường Lý Thái Tổ trước chợ ngập sâu 40cm mỗi khi mưa, xe máy chết máy hàng loạt';
const DETAILS_EN = 'The lamp post in front of number 12 Nguyen Trai street has been dark for a week';

/**
 * Nothing a citizen types about their problem is lost: a wish to report with its subject alone is kept as the
 * subject and the details are asked for; details typed at the question for photos go into the description; words of
 * an address that name no commune are kept as the address. And the consent the ticket records reads as the citizen's,
 * not the bot's. Shipped flows and texts, the real engine, the LGSP simulator over HTTP.
 */
describe('a report as the citizen tells it: every word kept', () => {
  let table: DialogTable;
  let talk: DialogTable['talk'];

  beforeAll(async () => {
    table = await startDialogTable();
    ({ talk } = table);
  });
  afterAll(() => table?.close());

  it('a wish to report and its subject: kept as the subject, the details asked for and added after it', async () => {
    await talk([
      ['Tôi muốn phản ánh đường ngập nước', 'có lẽ là "Hạ tầng, đô thị"', 'đã ghi lại nội dung'],
      [
        'Hạ tầng, đô thị',
        'Tôi đã ghi lại điều anh/chị muốn phản ánh: "Tôi muốn phản ánh đường ngập nước". Anh/chị vui lòng mô tả nội dung phản ánh cụ thể hơn',
      ],
      [DETAILS, 'ảnh chụp hiện trường'],
      ['#skip', 'ở đâu'],
      ['#skip', '[Gửi ẩn danh]'],
      ['#choice:anonymous', `• Nội dung: Tôi muốn phản ánh đường ngập nước\n${DETAILS}\n• Ảnh: không có`],
    ]);
  });

  it('details typed at the question for photos go into the description, said so, the question waiting on', async () => {
    await talk([
      ['đường ngập nước ở thôn 3', 'đã ghi lại nội dung anh/chị vừa nhắn'],
      ['1', 'ảnh chụp hiện trường'],
      [
        DETAILS,
        ['Tôi đã thêm vào nội dung phản ánh: "Đoạn đường Lý Thái Tổ', 'bấm "Bỏ qua"', '[Bỏ qua]'],
        'Anh/chị gửi ảnh chụp (tối đa 5 ảnh)',
      ],
      // The same text again is kept once; a word or two and "no photos" are no details.
      [DETAILS, 'Tôi đã thêm vào nội dung phản ánh'],
      ['hmm', 'Anh/chị gửi ảnh chụp (tối đa 5 ảnh)', 'Tôi đã thêm'],
      ['không có ảnh nào cả', 'ở đâu', 'Tôi đã thêm'],
      ['#skip', '[Gửi ẩn danh]'],
      ['#choice:anonymous', `• Nội dung: đường ngập nước ở thôn 3\n${DETAILS}\n• Ảnh: không có`],
    ]);
  });

  it('in English: the wish kept, the details asked for, more typed at the photos added', async () => {
    await talk(
      [
        [
          'I want to report a broken street light',
          'What is your report or suggestion about?',
          'I have noted what you wrote',
        ],
        [
          'Infrastructure, urban areas',
          'I have noted what you want to report: "I want to report a broken street light"',
        ],
        [DETAILS_EN, 'Do you have photos'],
        ['It is really dangerous for the children walking to school at night', 'I have added this to the description'],
        ['#skip', 'Where is it?'],
        ['#skip', '[Send anonymously]'],
        [
          '#choice:anonymous',
          `• Description: I want to report a broken street light\n${DETAILS_EN}\nIt is really dangerous for the children walking to school at night\n`,
        ],
      ],
      'en',
    );
  });

  it('words of an address that name no commune are kept as the address, and the commune asked for', async () => {
    await talk([
      ['đường ngập nước ở thôn 3', 'đã ghi lại nội dung'],
      ['1', 'ảnh chụp hiện trường'],
      ['#skip', 'ở đâu'],
      [
        'trước cổng chợ Lý Thái Tổ',
        'Tôi đã ghi địa chỉ "trước cổng chợ Lý Thái Tổ" nhưng chưa tìm thấy xã, phường này trong danh mục đơn vị hành chính của tỉnh. Địa chỉ này thuộc xã, phường nào?',
        'Tôi chưa tìm thấy',
      ],
      ['phuong kinh bac', '[Gửi ẩn danh]'],
      ['#choice:anonymous', '• Địa điểm: trước cổng chợ Lý Thái Tổ, Phường Kinh Bắc\n'],
    ]);
    await talk([
      ['đường ngập nước ở thôn 3', 'đã ghi lại nội dung'],
      ['1', 'ảnh chụp hiện trường'],
      ['#skip', 'ở đâu'],
      ['trước cổng chợ Lý Thái Tổ', 'Địa chỉ này thuộc xã, phường nào?'],
      ['#skip', '[Gửi ẩn danh]'],
      ['#choice:anonymous', '• Địa điểm: trước cổng chợ Lý Thái Tổ\n'],
    ]);
  });

  it('an answer that says nothing of the place ("không biết") is no place: the report goes on as with "Bỏ qua"', async () => {
    await talk([
      ['đường ngập nước ở thôn 3', 'đã ghi lại nội dung'],
      ['1', 'ảnh chụp hiện trường'],
      ['#skip', 'ở đâu'],
      ['Không biết', '[Gửi ẩn danh]', 'Tôi đã ghi địa chỉ'],
      ['#choice:anonymous', '• Địa điểm: không nêu\n'],
    ]);
    // Within an address such words are part of it; at the commune question, the address kept before is sent alone.
    await talk([
      ['đường ngập nước ở thôn 3', 'đã ghi lại nội dung'],
      ['1', 'ảnh chụp hiện trường'],
      ['#skip', 'ở đâu'],
      ['trước cổng chợ, không nhớ tên đường', 'Địa chỉ này thuộc xã, phường nào?'],
      ['ko rõ', '[Gửi ẩn danh]', 'Tôi đã ghi địa chỉ'],
      ['#choice:anonymous', '• Địa điểm: trước cổng chợ, không nhớ tên đường\n'],
    ]);
    await talk(
      [
        ['the street light on my road is broken for a week', 'it may be'],
        ['1', 'Do you have photos'],
        ['#skip', 'Where is it?'],
        ["don't know", '[Send anonymously]', 'I have noted the address'],
        ['#choice:anonymous', '• Place: not given\n'],
      ],
      'en',
    );
  });

  it('the consent recorded reads as the citizen’s choice, in both languages', async () => {
    const until = (consent: string): Row[] => [
      ['đường ngập nước ở thôn 3 mấy hôm nay', 'đã ghi lại nội dung'],
      ['1', 'ảnh chụp hiện trường'],
      ['#skip', 'ở đâu'],
      ['#skip', 'Gửi ẩn danh'],
      [consent, []],
    ];
    const anonymous = until('#choice:anonymous');
    anonymous[4] = [
      '#choice:anonymous',
      'Anh/chị đã chọn gửi ẩn danh. Phản ánh được lưu kèm lựa chọn của anh/chị:\n"Tôi gửi phản ánh không kèm thông tin liên hệ.',
    ];
    await talk(anonymous);
    const contact = until('#choice:contact');
    contact[4] = [
      '#choice:contact',
      'Lời đồng ý của anh/chị, được lưu kèm phản ánh khi anh/chị chia sẻ liên hệ:\n"Tôi đồng ý cung cấp họ tên',
    ];
    await talk(contact);
    await talk(
      [
        ['the street light on my road is broken for a week', 'it may be'],
        ['1', 'Do you have photos'],
        ['#skip', 'Where is it?'],
        ['#skip', 'Send anonymously'],
        [
          '#choice:anonymous',
          'You chose to send the report anonymously. It is recorded with your choice:\n"I send this report without contact details.',
        ],
      ],
      'en',
    );
  });
});
