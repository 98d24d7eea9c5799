import { describe, expect, it } from 'vitest';
import {
  createIntentMatcher,
  decideIntent,
  RANKED_AT_LEAST,
  RANKED_FLOOR,
  type LexiconSource,
} from './intent-matcher.js';

const LEXICON: LexiconSource = {
  synonyms: ['hồ sơ: hs, hso', 'mã số thuế: mst, tax code', 'căn cước: cccd, căn cước công dân', 'khai sinh: birth'],
  filler: ['ạ', 'cho em hỏi', 'anh', 'please'],
  notTopic: ['cần gì', 'thủ tục', 'làm', 'how do i'],
  cues: ['feedback: vỡ, cống, nghiêng', 'dossier: hồ sơ, trễ hẹn', 'my_dossiers: hồ sơ'],
  hints: ['feedback: mấy ngày nay, không ai, trước nhà', 'help: mấy giờ, làm việc'],
};
const matcher = createIntentMatcher(
  [
    { flowId: 'dossier', examples: ['tra cứu hồ sơ', 'hồ sơ đến đâu rồi', 'check my dossier'] },
    { flowId: 'procedure', examples: ['thủ tục khai sinh', 'làm căn cước cần gì', 'đăng ký kết hôn'] },
    { flowId: 'business', examples: ['mã số thuế', 'tra cứu doanh nghiệp'] },
    { flowId: 'feedback', examples: ['phản ánh', 'đèn đường hỏng'] },
  ],
  LEXICON,
);
const top = (text: string) => matcher.match(text).ranked.near[0];

describe('intent matcher', () => {
  it.each([
    ['tra cứu hồ sơ', 'dossier'],
    ['TRA CUU HO SO', 'dossier'],
    ['tra cuus hoo sow', 'dossier'],
    ['hs đến đâu rồi ạ', 'dossier'],
    ['tra cứu hồ sở', 'dossier'],
    ['mst', 'business'],
    ['tax code', 'business'],
    ['cccd cần gì', 'procedure'],
    ['cho em hỏi thủ tục khai sinh ạ', 'procedure'],
    ['phản ánh đèn đường', 'feedback'],
  ])('"%s" → %s', (text, flowId) => {
    expect(top(text)?.flowId).toBe(flowId);
  });

  it('an example met exactly is fully confident; unrelated words lower the confidence', () => {
    expect(top('tra cứu hồ sơ')?.confidence).toBe(1);
    expect(top('tra cứu hồ sơ đất đai nhà ở ruộng vườn')?.confidence).toBeLessThan(0.8);
    expect(matcher.match('giá vàng hôm nay').ranked.near[0]?.confidence ?? 0).toBeLessThan(0.3);
  });

  it('keeps a filler word that is part of a phrase of the examples ("anh" of "phản ánh")', () => {
    expect(matcher.analyse('anh ơi phản ánh').tokens.map((t) => t.word)).toEqual(['oi', 'phan', 'anh']);
  });

  it('list words typed with marks meet only the same marks ("ảnh" is no filler "anh"); without marks, any', () => {
    expect(matcher.analyse('ảnh hưởng').tokens.map((t) => t.word)).toEqual(['anh', 'huong']);
    expect(matcher.analyse('anh hưởng').tokens.map((t) => t.word)).toEqual(['huong']);
  });

  it('a word typed with its marks is never spell-corrected; one typed without them may be', () => {
    const speller = (text: string) => matcher.analyse(text).tokens.map((t) => t.word);
    expect(speller('cot nghieg')).toEqual(['cot', 'nghieng']);
    expect(speller('cột nghiêg')).toEqual(['cot', 'nghieg']);
  });

  it('known syllables typed without spaces are split ("hosocuatoi"); a word with its marks, or no such run, is not', () => {
    const words = (text: string) => matcher.analyse(text).tokens.map((t) => t.word);
    expect(words('trahoso')).toEqual(['tra', 'ho', 'so']);
    expect(words('phananh den duong')).toEqual(['phan', 'anh', 'den', 'duong']);
    expect(top('tracuuhoso')?.flowId).toBe('dossier');
    // Not known syllables all through ("abroad"), or a single syllable ("nghieng" is one word).
    expect(words('abroad')).toEqual(['abroad']);
    expect(words('nghieng')).toEqual(['nghieng']);
  });

  it('hints: two different ones of a flow make a cue, or one in a long sentence', () => {
    const cued = (text: string) => matcher.cued(matcher.analyse(text));
    expect(cued('mấy ngày nay')).toEqual([]);
    expect(cued('mấy ngày nay không ai dọn')).toEqual(['feedback']);
    expect(cued('nước máy bị đục mấy ngày nay')).toEqual(['feedback']);
    expect(cued('mấy giờ rồi')).toEqual([]);
  });

  it('topic words: the message without filler and question words, synonyms in their canonical form', () => {
    expect(matcher.analyse('làm căn cước công dân cần gì ạ').topic).toBe('căn cước');
    expect(matcher.analyse('cho em hỏi thủ tục khai sinh').topic).toBe('khai sinh');
    expect(matcher.analyse('how do I register a birth').topic).toBe('register khai sinh');
  });

  it('cues: the flows whose words a message holds, most first; marks must agree when the message has them', () => {
    const cued = (text: string) => matcher.cued(matcher.analyse(text));
    expect(cued('cột điện nghiêng sắp đổ')).toEqual(['feedback']);
    expect(cued('hs nộp lâu rồi mà trễ hẹn')).toEqual(['dossier', 'my_dossiers']);
    // "vô" and "công" fold like "vỡ" and "cống"; typed with their marks they are other words.
    expect(cued('ai vô địch world cup')).toEqual([]);
    expect(cued('công thức làm bánh')).toEqual([]);
    // Without marks the reader cannot tell either: the cue is taken.
    expect(cued('ong nuoc vo roi')).toEqual(['feedback']);
  });

  it('decides: a clear winner starts, close ones are offered, weak ones are nothing', () => {
    const offerable = () => true;
    expect(decideIntent([{ flowId: 'a', confidence: 0.9, example: '' }], offerable)).toMatchObject({ kind: 'route' });
    expect(
      decideIntent(
        [
          { flowId: 'a', confidence: 0.6, example: '' },
          { flowId: 'b', confidence: 0.57, example: '' },
        ],
        offerable,
      ),
    ).toEqual({ kind: 'ask', flowIds: ['a', 'b'] });
    expect(decideIntent([{ flowId: 'a', confidence: 0.2, example: '' }], offerable)).toEqual({ kind: 'none' });
    // Nothing offerable and not sure enough: nothing.
    expect(decideIntent([{ flowId: 'a', confidence: 0.45, example: '' }], () => false)).toEqual({ kind: 'none' });
    // One choice is a yes or no: the runner-up, near enough, is offered beside it; a far one is not.
    const ranked = (second: number) => [
      { flowId: 'a', confidence: 0.5, example: '' },
      { flowId: 'b', confidence: second, example: '' },
    ];
    expect(decideIntent(ranked(0.33), offerable)).toEqual({ kind: 'ask', flowIds: ['a', 'b'] });
    expect(decideIntent(ranked(0.2), offerable)).toEqual({ kind: 'ask', flowIds: ['a'] });
  });
});

describe('intent matcher: the words of a message', () => {
  const read = (text: string) => matcher.analyse(text).tokens.map((t) => [t.word, t.surface, t.clause]);

  it('reads words in place as the pattern splits them, and tells where a clause begins', () => {
    // A character beyond the Basic Multilingual Plane (an emoji, a separator) makes the text split by the pattern:
    // both readings agree.
    for (const text of [
      'Hồ sơ của tôi, đến đâu rồi? Cảm ơn.',
      'mã 1.001193 đã nộp: chưa có kết quả…thủ tục',
      'đèn đường hỏng\ntrước nhà số 5; xin sửa!',
      'HOÀ giải — Thuỷ lợi (xóa) ‘căn cước’',
      'tra cứu hồ sơ e-mail a.b:c',
      '',
    ])
      expect(read(text), text).toEqual(read(`${text} 😀`));
    expect(read('hồ sơ, đến đâu. rồi').map(([, , clause]) => clause)).toEqual([false, false, true, false, true]);
    expect(read('mã 1.001193 chưa').map(([, , clause]) => clause)).toEqual([false, false, false, false]);
  });

  it('reads a word that folds to more than letters and digits as it always did', () => {
    // A combining mark no letter takes, a letter of another script with its marks: folded one word at a time.
    expect(read('x\u0489y ho so')).toEqual(read('x\u0489y ho so 😀'));
    expect(read('ก่อน hồ sơ')).toEqual(read('ก่อน hồ sơ 😀'));
  });
});

describe('intent matcher: the ranking', () => {
  // Twelve flows whose examples all share "giấy": a message with that word comes near every one of them.
  const many = createIntentMatcher(
    Array.from({ length: 12 }, (_, i) => ({
      flowId: `flow_${String(i).padStart(2, '0')}`,
      examples: [`giấy ${['khai sinh', 'kết hôn', 'phép lái xe', 'xác nhận', 'tạm trú', 'chứng tử'][i % 6]} loại ${i}`],
    })),
    LEXICON,
  );

  it("lists the flows near enough to matter, and tells any flow's confidence", () => {
    const { ranked } = many.match('xin cấp giấy khai sinh');
    const { near } = ranked;
    // The two flows of "giấy khai sinh", equally near: by id.
    expect(near.slice(0, 2).map((r) => r.flowId)).toEqual(['flow_00', 'flow_06']);
    // Best first, every flow from the floor, at least the first few whatever their confidence, and no more.
    expect(near.map((r) => r.confidence)).toEqual([...near.map((r) => r.confidence)].sort((a, b) => b - a));
    const floorOrAbove = near.filter((r) => r.confidence >= RANKED_FLOOR).length;
    expect(near).toHaveLength(Math.max(RANKED_AT_LEAST, floorOrAbove));
    const left = many
      .flowIds()
      .filter((flowId) => !near.some((r) => r.flowId === flowId))
      .map((flowId) => ranked.confidence(flowId));
    expect(left).toHaveLength(12 - near.length);
    // Those left out are still near, a little: their confidence is told without a list.
    for (const confidence of left) {
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThan(RANKED_FLOOR);
      expect(confidence).toBeLessThanOrEqual(near.at(-1)?.confidence ?? 0);
    }
    for (const r of near) expect(ranked.confidence(r.flowId)).toBe(r.confidence);
    expect(ranked.confidence('no_such_flow')).toBe(0);
  });
});

describe('intent matcher: what it remembers between messages', () => {
  const examples = [
    { flowId: 'dossier', examples: ['tra cứu hồ sơ', 'hồ sơ đến đâu rồi', 'check my dossier'] },
    { flowId: 'feedback', examples: ['phản ánh', 'đèn đường hỏng'] },
  ];
  const long = `${'xyz'.repeat(120)} hồ sơ ${'qrst'.repeat(90)}`;
  const texts = [
    'hồ sơ hồ sơ của tôi đến đâu rồi, hồ sơ đâu',
    `zzq wwk zzq wwk ${long} ${long}`,
    'đèn đường đường đèn hỏng hỏng lâu quá không ai sửa',
  ];
  const reading = (m: ReturnType<typeof createIntentMatcher>, text: string) => {
    const { ranked } = m.match(text);
    return { near: ranked.near, feedback: ranked.confidence('feedback'), dossier: ranked.confidence('dossier') };
  };

  it('reads a message alike whatever it read before (words and letters the examples lack, repeated, long)', () => {
    const fresh = texts.map((text) => reading(createIntentMatcher(examples, LEXICON), text));
    const used = createIntentMatcher(examples, LEXICON);
    for (let round = 0; round < 3; round += 1) expect(texts.map((text) => reading(used, text))).toEqual(fresh);
  });
});

describe('intent matcher: negations', () => {
  const negating = createIntentMatcher(
    [
      { flowId: 'subscriptions', examples: ['nhận thông báo của tỉnh', 'đăng ký nhận tin'] },
      { flowId: 'unsubscribe', examples: ['không nhận thông báo nữa', 'hủy đăng ký nhận tin'] },
    ],
    { ...LEXICON, negation: ['không', 'không nhận', 'đừng', 'hủy'] },
  );

  it('a negated wish goes to the flow whose examples are negated too', () => {
    expect(negating.match('không nhận thông báo của tỉnh nữa').ranked.near[0]?.flowId).toBe('unsubscribe');
    const confidence = (text: string) => negating.match(text).ranked.confidence('subscriptions');
    expect(confidence('đừng gửi thông báo của tỉnh')).toBeLessThan(confidence('gửi thông báo của tỉnh') * 0.8);
    expect(negating.match('nhận thông báo của tỉnh').ranked.near[0]?.flowId).toBe('subscriptions');
  });

  it('"không" at the end of a sentence asks, it does not negate', () => {
    expect(negating.analyse('nhận thông báo của tỉnh được không').negated).toBe(false);
    expect(negating.analyse('không nhận thông báo').negated).toBe(true);
  });

  it('only the listed words negate: the shipped list names phrases, so "không khí" (air) is no negation', () => {
    const phrases = createIntentMatcher([{ flowId: 'feedback', examples: ['ô nhiễm'] }], {
      ...LEXICON,
      negation: ['không muốn', 'không nhận'],
    });
    expect(phrases.analyse('không khí ô nhiễm quá').negated).toBe(false);
    expect(phrases.analyse('không muốn nhận tin').negated).toBe(true);
  });

  it('a one-word negation typed without marks that ends a word pair of the examples is that pair ("xay dung")', () => {
    const pairs = createIntentMatcher([{ flowId: 'procedure', examples: ['giấy phép xây dựng'] }], {
      ...LEXICON,
      negation: ['dừng', 'đừng'],
    });
    expect(pairs.analyse('ho so xay dung da ky chua').negated).toBe(false);
    expect(pairs.analyse('dung gui tin nua').negated).toBe(true);
    expect(pairs.analyse('xây dừng gửi tin').negated).toBe(true);
  });

  it('synonyms are replaced again when a replacement makes another variant ("sao r": "sao rồi", "đến đâu rồi")', () => {
    const chained = createIntentMatcher([{ flowId: 'dossier', examples: ['hồ sơ đến đâu rồi'] }], {
      ...LEXICON,
      synonyms: [...LEXICON.synonyms, 'đến đâu rồi: sao rồi, tới đâu rồi', 'rồi: r'],
    });
    const words = (text: string) => chained.analyse(text).tokens.map((t) => t.word);
    expect(words('hs giờ sao r')).toEqual(words('hồ sơ giờ đến đâu rồi'));
    expect(words('hs đến đâu rồi')).toEqual(['ho', 'so', 'den', 'dau', 'roi']);
  });
});

describe('intent matcher: asks, statements, syllables', () => {
  const flows = [
    { flowId: 'dossier', examples: ['hồ sơ đến đâu rồi', 'hồ sơ được duyệt chưa'] },
    { flowId: 'procedure', examples: ['đăng ký kết hôn', 'làm giấy khai sinh cần gì'] },
    { flowId: 'feedback', examples: ['phản ánh', 'đèn đường hỏng'] },
    { flowId: 'help', examples: ['giờ làm việc'] },
  ];
  const plain = createIntentMatcher(flows, LEXICON);
  const subjects = createIntentMatcher(flows, {
    ...LEXICON,
    asks: ['dossier: duyệt chưa, đến đâu rồi', 'procedure: cần gì'],
    statements: ['feedback', 'feedback'],
    questions: ['không', 'gì', 'bao nhiêu'],
  });
  const confidence = (matcher: typeof subjects, text: string, flowId: string) =>
    matcher.match(text).ranked.confidence(flowId);

  it("a flow's ask moves a message naming another flow's subject to it", () => {
    const text = 'hồ sơ đăng ký kết hôn của tôi duyệt chưa';
    expect(subjects.match(text).ranked.near[0]?.flowId).toBe('dossier');
    expect(confidence(subjects, text, 'procedure')).toBeLessThan(confidence(plain, text, 'procedure'));
    expect(confidence(subjects, text, 'dossier')).toBeGreaterThan(confidence(plain, text, 'dossier'));
    // A flow that lists no asks keeps its confidence.
    expect(confidence(subjects, 'đèn đường hỏng duyệt chưa', 'feedback')).toBe(
      confidence(plain, 'đèn đường hỏng duyệt chưa', 'feedback'),
    );
  });

  it('a flow whose ask a message holds is never passed by one listing asks and holding none, once it may be offered', () => {
    const subjectHeavy = createIntentMatcher(
      [
        { flowId: 'dossier', examples: ['hồ sơ đến đâu rồi', 'tra cứu hồ sơ'] },
        { flowId: 'procedure', examples: ['sang tên sổ đỏ', 'cấp giấy chứng nhận quyền sử dụng đất'] },
      ],
      { ...LEXICON, notTopic: ['hồ sơ', 'cấp', 'giấy'], asks: ['dossier: sao lâu, bị treo', 'procedure: cần gì'] },
    );
    const ranked = (text: string) => subjectHeavy.match(text).ranked.near.map((r) => r.flowId);
    const decided = (text: string) => decideIntent(subjectHeavy.match(text).ranked.near, () => true);
    // The subject is a procedure's example; what is asked is how a dossier is doing: both are offered, dossier first.
    expect(ranked('hồ sơ sang tên sổ đỏ nhà tôi sao lâu quá')[0]).toBe('dossier');
    expect(decided('hồ sơ sang tên sổ đỏ nhà tôi sao lâu quá')).toEqual({
      kind: 'ask',
      flowIds: ['dossier', 'procedure'],
    });
    // Its cue ("hồ sơ") and its ask together make a flow worth offering, however long the subject.
    expect(decided('cái hồ sơ cấp giấy chứng nhận quyền sử dụng đất đang bị treo')).toMatchObject({
      kind: 'ask',
      flowIds: ['dossier', 'procedure'],
    });
    // Without the ask, the procedure's example wins.
    expect(decided('sang tên sổ đỏ nhà tôi')).toMatchObject({ kind: 'route', flowId: 'procedure' });
  });

  it('an ask several flows share goes to those whose cue the message holds', () => {
    const shared = createIntentMatcher(
      [
        { flowId: 'dossier', examples: ['hồ sơ đã có kết quả chưa', 'đã có kết quả chưa'] },
        { flowId: 'my_feedback', examples: ['phản ánh của tôi', 'phản ánh đã gửi'] },
      ],
      {
        ...LEXICON,
        cues: ['dossier: hồ sơ', 'my_feedback: phản ánh'],
        asks: ['dossier: có kết quả chưa', 'my_feedback: có kết quả chưa'],
      },
    );
    expect(shared.match('cái phản ánh về ổ gà tôi gửi đã có kết quả chưa').ranked.near[0]?.flowId).toBe('my_feedback');
    expect(shared.match('cái hồ sơ tôi gửi đã có kết quả chưa').ranked.near[0]?.flowId).toBe('dossier');
  });

  it('a word of a cue phrase is never dropped as filler: "ổ voi" (a pothole) is no "ổ"', () => {
    const potholes = createIntentMatcher([{ flowId: 'feedback', examples: ['đèn đường hỏng'] }], {
      ...LEXICON,
      filler: ['với'],
      cues: ['feedback: ổ voi'],
    });
    const cued = (text: string) => potholes.cued(potholes.analyse(text));
    expect(cued('đường có ổ voi')).toEqual(['feedback']);
    expect(cued('mua dat o dau re')).toEqual([]);
  });

  it('a long statement that fits nothing is offered to the statement flows (once); a question or a short one is not', () => {
    const cued = (text: string) => subjects.cued(subjects.analyse(text));
    expect(cued('xe ba gác chở vật liệu đổ tràn ra giữa đường làng')).toEqual(['feedback']);
    expect(cued('xe ba gác chở vật liệu')).toEqual([]);
    // Numbers are no words of a sentence: a request with a phone number and a date is not a long statement.
    expect(cued('đóng dấu giáp lai 0912345678 ngày 5 12 2024')).toEqual([]);
    expect(cued('xe ba gác chở vật liệu ra giữa đường làng có bị phạt không')).toEqual([]);
    expect(cued('giá đất ở khu này bao nhiêu một mét vuông vậy anh')).toEqual([]);
    expect(subjects.analyse('giá đất khu này bao nhiêu').question).toBe(true);
    expect(subjects.analyse('không khí ô nhiễm quá').question).toBe(false);
  });

  it('a well-formed syllable the examples never use is a word, not a typo', () => {
    const speller = createIntentMatcher(
      [{ flowId: 'x', examples: ['tiếng ồn', 'hướng dẫn', 'chuyển khoản'] }],
      LEXICON,
    );
    const words = (text: string) => speller.analyse(text).tokens.map((t) => t.word);
    expect(words('mieng xuong huyen')).toEqual(['mieng', 'xuong', 'huyen']);
    expect(words('huong dan')).toEqual(['huong', 'dan']);
    expect(words('chuyenn')).toEqual(['chuyen']);
  });
});
