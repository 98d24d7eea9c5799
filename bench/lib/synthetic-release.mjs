// The synthetic releases of `npm run bench -- understanding`: the shipped flows, then flows of 20 made-up examples each
// up to the size asked for, drawn from a fixed seed so that every run (and every build compared) reads the same
// release. Shared by bench/lib/route-timing.mjs and bench/lib/route-outcomes.mjs.

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same releases. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'đất đai',
  'xây dựng',
  'hộ tịch',
  'cư trú',
  'giáo dục',
  'y tế',
  'bảo hiểm',
  'thuế',
  'giao thông',
  'môi trường',
  'nông nghiệp',
  'lao động',
  'việc làm',
  'người có công',
  'trẻ em',
  'người cao tuổi',
  'văn hóa',
  'du lịch',
  'thể thao',
  'điện lực',
  'cấp nước',
  'quy hoạch',
  'đầu tư',
  'thương mại',
  'tư pháp',
  'chứng thực',
  'công chứng',
  'hôn nhân',
  'thừa kế',
  'khiếu nại',
  'tố cáo',
  'an ninh',
  'quốc phòng',
  'tôn giáo',
  'dân tộc',
  'khoa học',
  'thông tin',
  'báo chí',
];
const VERBS = [
  'đăng ký',
  'xin cấp',
  'gia hạn',
  'tra cứu',
  'hỏi về',
  'nộp hồ sơ',
  'thay đổi',
  'hủy',
  'cấp lại',
  'xác nhận',
];
const OBJECTS = [
  'giấy phép',
  'chứng nhận',
  'sổ',
  'thẻ',
  'giấy xác nhận',
  'hồ sơ',
  'đơn',
  'trợ cấp',
  'hỗ trợ',
  'biên bản',
];

/** A synthetic flow of 20 examples around two topic words. */
function syntheticFlow(schema, index, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const topic = `${pick(TOPICS)} ${pick(TOPICS)}`;
  const examples = Array.from({ length: 20 }, () => `${pick(VERBS)} ${pick(OBJECTS)} ${topic} ${index}`);
  return schema.parse({
    id: `synthetic_${index}`,
    title: 'synthetic',
    format: 1,
    examples: { vi: examples },
    start: 'end',
    steps: { end: { type: 'end' } },
  });
}

/** The shipped flows, then synthetic ones up to `size` flows (`flowDefinitionSchema` from the compiled code). */
export function releaseFlows(shipped, size, flowDefinitionSchema) {
  const next = random(size);
  const flows = [...shipped];
  for (let i = flows.length; i < size; i += 1) flows.push(syntheticFlow(flowDefinitionSchema, i, next));
  return flows;
}
