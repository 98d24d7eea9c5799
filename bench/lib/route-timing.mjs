// The routing part of `npm run bench -- understanding`, run by it in a child process on the compiled code (tsc's
// output, as `node dist/main.js` runs in production: no tsx, whose `keepNames` wraps every named closure and costs about
// a third of routing's time). Arguments: the compiled directory, the release size (flows), rounds, a JSON file of the
// messages' texts, and the JSON file it writes: the release's size, build and training times, every round's time per
// message in µs (`times`), each message's fastest round (`fastest`) and the process's CPU time in µs. The bench
// summarises them.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [compiled, sizeArg, roundsArg, messagesFile, outFile] = process.argv.slice(2);
const load = (file) => import(pathToFileURL(path.join(compiled, file)).href);
const { createFlowIntentMatcher, createTemplateRenderer, flowDefinitionSchema, loadFlowsFromDir, routeMessage } =
  await load('conversation/index.js');
const { classifierFor } = await load('conversation/understanding-classifier.js');
const { createShippedInputTypes } = await load('shipped-input-types.js');

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

const size = Number(sizeArg);
const rounds = Number(roundsArg);
const messages = JSON.parse(fs.readFileSync(messagesFile, 'utf8'));
const shipped = loadFlowsFromDir(path.resolve('flows')).flows;
const templates = createTemplateRenderer({ templatesDir: path.resolve('templates') });
const inputs = createShippedInputTypes();
const next = random(size);
const flows = [...shipped];
for (let i = flows.length; i < size; i += 1) flows.push(syntheticFlow(flowDefinitionSchema, i, next));
const examples = flows.reduce((sum, f) => sum + Object.values(f.examples ?? {}).flat().length, 0);
const buildStart = performance.now();
createFlowIntentMatcher(flows, templates);
const buildMs = performance.now() - buildStart;
const versioned = flows.map((flow) => ({ flow, version: 1 }));
const ctx = { flows: versioned, words: templates, inputs, language: 'vi' };
const trainStart = performance.now();
classifierFor(versioned, inputs);
const trainMs = performance.now() - trainStart;
routeMessage('khởi động', ctx); // builds and caches the release's matcher, as the first message of a release does
const times = [];
// Each message's fastest round too: on a busy machine a wall-clock time includes waiting for a core, and the fastest
// of the rounds is what the message costs when it has one. CPU time of the process too, for the same reason.
const fastest = messages.map(() => Number.POSITIVE_INFINITY);
const cpuBefore = process.cpuUsage();
for (let round = 0; round < rounds; round += 1) {
  messages.forEach((text, index) => {
    const start = performance.now();
    routeMessage(text, ctx);
    const time = (performance.now() - start) * 1000;
    times.push(time);
    if (time < fastest[index]) fastest[index] = time;
  });
}
const cpu = process.cpuUsage(cpuBefore);
fs.writeFileSync(
  outFile,
  JSON.stringify({ flows: flows.length, examples, buildMs, trainMs, times, fastest, cpuMicros: cpu.user + cpu.system }),
);
