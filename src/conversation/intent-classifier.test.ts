import { describe, expect, it } from 'vitest';
import { classifierFromModel, messageFeatures, trainIntentClassifier } from './intent-classifier.js';
import { foldText } from './text.js';

const phrases = [
  ['tra cứu hồ sơ giúp em', 'dossier'],
  ['hồ sơ của tôi đến đâu rồi', 'dossier'],
  ['hs cua em xong chua', 'dossier'],
  ['kiểm tra tình trạng hồ sơ', 'dossier'],
  ['check my application status', 'dossier'],
  ['đường trước nhà bị ngập', 'feedback'],
  ['đèn đường hỏng mấy hôm nay', 'feedback'],
  ['rác thải đổ bừa bãi ven sông', 'feedback'],
  ['ổ gà to giữa đường nguy hiểm', 'feedback'],
  ['the street light is broken', 'feedback'],
  ['giá vàng hôm nay', 'none'],
  ['xổ số miền bắc', 'none'],
  ['thời tiết ngày mai', 'none'],
].map(([text, label]) => ({ text: text ?? '', label: label ?? '' }));

describe('the intent classifier', () => {
  it('reads a phrasing it never saw by the words and letters it shares with what it learnt', () => {
    const classifier = trainIntentClassifier(phrases, { epochs: 20 });
    expect(classifier.classify('ho so cua toi sao roi')[0]?.label).toBe('dossier');
    expect(classifier.classify('đường bị ngập nước quá')[0]?.label).toBe('feedback');
    expect(classifier.classify('gia vang hom nay bao nhieu')[0]?.label).toBe('none');
  });

  it('answers every label it learnt with probabilities summing to one, most probable first', () => {
    const classifier = trainIntentClassifier(phrases);
    const ranked = classifier.classify('đèn đường');
    expect(ranked.map((r) => r.label).sort()).toEqual(['dossier', 'feedback', 'none']);
    expect(ranked.reduce((sum, r) => sum + r.probability, 0)).toBeCloseTo(1, 6);
    expect(ranked[0]!.probability).toBeGreaterThanOrEqual(ranked[1]!.probability);
  });

  it('trains the same model from the same phrases (a release reads alike in every process)', () => {
    const a = trainIntentClassifier(phrases).classify('hồ sơ ngập');
    const b = trainIntentClassifier(phrases).classify('hồ sơ ngập');
    expect(a).toEqual(b);
  });

  it('a model kept and loaded again reads exactly as the one trained', () => {
    const trained = trainIntentClassifier(phrases);
    const model = trained.model();
    const loaded = classifierFromModel({
      labels: [...model.labels],
      features: new Int32Array(model.features),
      weights: new Float32Array(model.weights),
    });
    for (const text of ['hồ sơ ngập', 'giá vàng', 'the light is broken near my house'])
      expect(loaded.classify(text)).toEqual(trained.classify(text));
  });

  it('reads folded text: marks, case and Telex leftovers do not matter', () => {
    const features = (text: string) => [...messageFeatures(text).keys()].sort();
    expect(features('Hồ Sơ của TÔI')).toEqual(features('ho so cua toi'));
    expect(features('hoof sow')).toEqual(features('hồ sơ'));
    // Dots, dashes and hashes are spaces, spaces one, and each run of digits is a word "0" of its own.
    expect([...messageFeatures(' -- Hồ  sơ. #12 ab34cd 5.6 ')]).toEqual([...messageFeatures('ho so 0 ab 0 cd 0 0')]);
    expect([...messageFeatures('')]).toEqual([...messageFeatures(' . - ')]);
  });

  it('names its two best readings as the whole list does, among equals the label first learnt', () => {
    const classifier = trainIntentClassifier(phrases);
    for (const text of ['hồ sơ ngập', 'giá vàng', 'đèn đường', '', 'the light is broken near my house']) {
      expect(classifier.twoBest(text)).toEqual(classifier.classify(text).slice(0, 2));
      // Given the text folded already, the same.
      expect(classifier.twoBest(text, foldText(text))).toEqual(classifier.twoBest(text));
    }
    // A message sharing nothing with what it learnt reads as the bias alone; with all weights equal, ties.
    const even = classifierFromModel({
      labels: ['a', 'b', 'c'],
      features: new Int32Array(1),
      weights: new Float32Array(3),
    });
    expect(even.twoBest('x').map((r) => r.label)).toEqual(['a', 'b']);
    expect(even.classify('x').map((r) => r.label)).toEqual(['a', 'b', 'c']);
  });

  it('classifies as the unit-length features it learnt from say, however long the message (its sums reuse a table)', () => {
    const classifier = trainIntentClassifier(phrases);
    const { labels, features, weights } = classifier.model();
    const idOf = new Map([...features].map((hash, id) => [hash, id] as const).slice(1));
    // The reference: the bias, then each known feature of the normalized vector, weighted.
    const expected = (text: string) => {
      const raw = labels.map((_, c) => weights[c] ?? 0);
      for (const [hash, value] of messageFeatures(text)) {
        const id = idOf.get(hash);
        if (id !== undefined)
          labels.forEach((_, c) => (raw[c] = (raw[c] ?? 0) + (weights[id * labels.length + c] ?? 0) * value));
      }
      const max = Math.max(...raw);
      const exp = raw.map((r) => Math.exp(r - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      return new Map(labels.map((label, c) => [label, (exp[c] ?? 0) / sum]));
    };
    // More distinct features than the table's first size (it grows), then short ones again.
    const story = Array.from(
      { length: 400 },
      (_, i) => `tu${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? '')}`,
    ).join(' ');
    for (const text of ['hồ sơ ngập', 'giá vàng hôm nay', story, 'đèn đường', `${story} hồ sơ`, '']) {
      const want = expected(text);
      for (const { label, probability } of classifier.classify(text))
        expect(probability).toBeCloseTo(want.get(label) ?? -1, 12);
    }
  });
});
