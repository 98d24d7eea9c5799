import { describe, expect, it } from 'vitest';
import { relaxedQueries } from './procedure-catalogue.js';
import { createProcedureIndex, prepareSearchWords } from './procedure-ranking.js';
import type { ProcedureSummary } from './model.js';

const procedure = (code: string, name: string, fieldName: string): ProcedureSummary => ({
  code,
  name,
  fieldName,
  level: null,
  mode: null,
});

const CATALOGUE = [
  procedure('1', 'Thủ tục đăng ký khai sinh', 'Hộ tịch'),
  procedure('2', 'Thủ tục đăng ký kết hôn', 'Hộ tịch'),
  procedure('3', 'Đăng ký kết hôn có yếu tố nước ngoài', 'Hộ tịch'),
  procedure('4', 'Đăng ký khai tử', 'Hộ tịch'),
  procedure('5', 'Đổi giấy phép lái xe', 'Đường bộ'),
  procedure('6', 'Cấp giấy phép xây dựng đối với nhà ở riêng lẻ', 'Hoạt động xây dựng'),
  procedure('7', 'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất lần đầu', 'Đất đai'),
  procedure('8', 'Cấp lại Giấy chứng nhận quyền sử dụng đất', 'Đất đai'),
  procedure('9', 'Đăng ký thường trú', 'Cư trú'),
  procedure('1.001193', 'Cấp thẻ căn cước', 'Căn cước'),
  procedure('10', 'Đăng ký thành lập hộ kinh doanh', 'Hộ kinh doanh'),
  procedure('11', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 'Hộ kinh doanh'),
  procedure('12', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'Hộ kinh doanh'),
  procedure('13', 'Đăng ký tạm trú', 'Cư trú'),
  procedure('14', 'Đăng ký khai tử có yếu tố nước ngoài', 'Hộ tịch'),
  procedure('15', 'Cấp lại thẻ căn cước', 'Căn cước'),
];

const WORDS = prepareSearchWords({
  synonyms: [
    'giấy chứng nhận quyền sử dụng đất: sổ đỏ, sổ hồng',
    'yếu tố nước ngoài: người nước ngoài, foreigner',
    'tạm trú: temporary residence',
    'kết hôn: marriage',
    'giấy phép lái xe: bằng lái',
    'no colon here is ignored',
  ],
  filler: ['cho em hỏi', 'cho', 'em', 'ạ', 'cần', 'gì', 'cần giấy tờ gì', 'thủ tục', 'với', 'how do i', 'get', 'a'],
  variations: ['cấp lại', 'thay đổi', 'yếu tố nước ngoài'],
});
const index = createProcedureIndex(CATALOGUE, WORDS.fillerByFirst);
const codes = (query: string) => index.rank(query, WORDS).map((r) => r.procedure.code);

describe('procedure ranking', () => {
  it('filler words score nothing: with or without them the same procedures come first', () => {
    expect(codes('cho em hỏi khai sinh cần giấy tờ gì ạ')).toEqual(codes('khai sinh'));
    expect(codes('khai sinh')[0]).toBe('1');
    expect(codes('zzzz qqqq')).toEqual([]);
  });

  it('the words and pairs the citizen gives decide the order, with their synonyms', () => {
    expect(codes('kết hôn với người nước ngoài')[0]).toBe('3');
    expect(codes('how do I get a marriage')[0]).toBe('2');
    expect(codes('sổ đỏ lần đầu')[0]).toBe('7');
    expect(codes('so do lan dau')[0]).toBe('7');
    expect(codes('đổi bằng lái')).toEqual(['5']);
  });

  it('a variation asked for says which kind of the procedure named, not which procedure', () => {
    // "foreigner" ("yếu tố nước ngoài") qualifies the temporary residence asked for; the procedures with a foreign
    // element and nothing else of the question are not shown.
    expect(codes('I am a foreigner and I need temporary residence')).toEqual(['13']);
    expect(codes('tôi là người nước ngoài, cần đăng ký tạm trú')).toEqual(['13']);
    // With the procedure it qualifies, it decides; alone, it counts in full.
    expect(codes('foreigner marriage')[0]).toBe('3');
    expect(codes('kết hôn với người nước ngoài')[0]).toBe('3');
    expect(codes('người nước ngoài')).toEqual(['3', '14']);
    // "cấp lại" of a land certificate is no answer to a question about a driving licence.
    expect(codes('cấp lại bằng lái')).toEqual(['5']);
  });

  it('marks typed tell folded twins apart ("đổi" is not "đối")', () => {
    expect(codes('đổi')[0]).toBe('5');
    expect(codes('đổi')).not.toContain('6');
  });

  it('in a message typed with marks an unmarked word is meant so, and a weak match is no answer', () => {
    // "giáp lai" (a seal across pages) is not "cấp lại"; "cấp" alone says nothing.
    expect(codes('đóng dấu giáp lai')).toEqual([]);
    expect(codes('cấp')).toEqual([]);
    expect(codes('cap lai so do')[0]).toBe('8');
  });

  it('a variation the citizen did not ask for ranks below the plain procedure, and first when asked for', () => {
    // Without the variations, "cấp lại …" wins: it holds every word pair of the question.
    const plain = prepareSearchWords({ synonyms: [], filler: [], variations: [] });
    expect(index.rank('đăng ký hộ kinh doanh', plain)[0]?.procedure.code).toBe('11');
    expect(codes('đăng ký hộ kinh doanh')[0]).toBe('10');
    expect(codes('dang ky ho kinh doanh')[0]).toBe('10');
    expect(codes('cấp lại giấy đăng ký hộ kinh doanh')[0]).toBe('11');
    expect(codes('thay đổi nội dung hộ kinh doanh')[0]).toBe('12');
  });

  it('a variation asked for that a name lacks weighs it down too: the re-issue, not the first certificate', () => {
    expect(codes('cấp lại sổ đỏ')).toEqual(['8']);
    expect(codes('làm thẻ căn cước, cấp lại')[0]).toBe('15');
    expect(codes('cấp thẻ căn cước')[0]).toBe('1.001193');
  });

  it('another language\'s filler takes out only words typed without marks: "to" is not "tố", "the" not "thẻ"', () => {
    const english = prepareSearchWords({
      synonyms: [],
      filler: ['cho em hỏi'],
      otherLanguageFiller: ['to', 'the', 'can', 'how do i'],
      variations: [],
    });
    const index = createProcedureIndex(CATALOGUE, english.fillerByFirst);
    const found = (query: string) => index.rank(query, english).map((r) => r.procedure.code);
    expect(found('yếu tố')).toEqual(['3', '14']);
    expect(found('thẻ căn cước')[0]).toBe('1.001193');
    // Typed without marks, they are the other language's words.
    expect(found('how do i to the can')).toEqual([]);
  });

  it('a word of five letters or more one typo away still matches', () => {
    expect(codes('thuog tru')).toEqual(['9']);
  });

  it('a procedure code typed as is comes first', () => {
    expect(codes('1.001193')[0]).toBe('1.001193');
  });

  it('an empty catalogue finds nothing', () => {
    expect(createProcedureIndex([]).rank('khai sinh', WORDS)).toEqual([]);
  });
});

describe('relaxed keyword queries for the LGSP search', () => {
  it('drops fillers, then tries the synonym phrase, then pairs of words', () => {
    expect(relaxedQueries('cho em hỏi sổ đỏ lần đầu ạ', WORDS)).toEqual([
      'sổ đỏ lần đầu',
      'giấy chứng nhận quyền sử dụng đất',
      'sổ đỏ',
      'đỏ lần',
      'lần đầu',
    ]);
  });
});
