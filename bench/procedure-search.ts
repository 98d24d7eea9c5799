// `npm run bench -- procedure-search [--rounds 20] [--sizes 75,2000,5000]`
//
// Ranking a citizen's procedure question on the local catalogue copy, in one process, no I/O: the time to build the
// index of a catalogue (once per refresh, per process) and the time `rank` takes per question (fillers, synonyms,
// typos, BM25 over names and fields), for the sandbox catalogue and for synthetic provincial catalogues of 2,000 and
// 5,000 procedures (the sandbox names crossed with the qualifiers real catalogues use, so words repeat as they do).
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTemplateRenderer } from '../src/conversation/index.js';
import {
  createProcedureIndex,
  prepareSearchWords,
  procedureSearchWordsOf,
  type ProcedureSummary,
} from '../src/lgsp/index.js';
import proceduresFile from '../src/sandbox/lgsp/data/procedures.json' with { type: 'json' };
import { percentile, writeReport, type ReportRow } from './lib/report.js';

function option(args: string[], name: string, fallback: string): string {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
}

const QUALIFIERS = [
  'cấp tỉnh',
  'cấp xã',
  'có yếu tố nước ngoài',
  'đối với tổ chức',
  'đối với hộ gia đình, cá nhân',
  'trường hợp bị mất',
  'trường hợp bị hỏng',
  'lần đầu',
  'cấp lại',
  'điều chỉnh',
  'gia hạn',
  'thực hiện tại Bộ phận Một cửa',
  'trực tuyến toàn trình',
  'liên thông',
  'cho người dưới 14 tuổi',
  'cho người đủ 60 tuổi trở lên',
  'tại khu kinh tế',
  'trong khu công nghiệp',
  'đối với công trình cấp III',
  'đối với doanh nghiệp nhỏ và vừa',
];

const QUESTIONS = [
  'cho e căn cước bị mất',
  'sổ đỏ lần đầu',
  'dang ky ket hon voi nguoi nuoc ngoai',
  'e xin phép xây nhà thì',
  'kết hôn certificate',
  'khai sinh',
  'trích lục khai sinh cho con',
  'đổi bằng lái xe hết hạn',
  'xin giấy xác nhận cư trú',
  'mở hộ kinh doanh',
  'tro cap nguoi cao tuoi',
  'chứng thục chữ ký',
];

function catalogueOf(size: number): ProcedureSummary[] {
  const base = proceduresFile.procedures.map((p) => ({
    code: p.MaTTHC,
    name: p.TenTTHC,
    fieldName: p.TenLinhVuc,
    level: p.CapThucHien,
    mode: p.MucDo,
  }));
  if (size <= base.length) return base.slice(0, size);
  const out = [...base];
  for (let q = 0; out.length < size; q += 1) {
    for (const p of base) {
      if (out.length >= size) break;
      const qualifier = QUALIFIERS[q % QUALIFIERS.length] ?? '';
      out.push({ ...p, code: `${p.code}.${q}`, name: `${p.name} ${qualifier}` });
    }
  }
  return out;
}

export async function run(args: string[]): Promise<void> {
  const rounds = Number(option(args, 'rounds', '20'));
  const sizes = option(args, 'sizes', `${proceduresFile.procedures.length},2000,5000`).split(',').map(Number);
  const words = prepareSearchWords(
    procedureSearchWordsOf(createTemplateRenderer({ templatesDir: path.resolve('templates') })),
  );
  const rows: ReportRow[] = [];
  for (const size of sizes) {
    const catalogue = catalogueOf(size);
    const builds: number[] = [];
    let index = createProcedureIndex(catalogue, words.fillerByFirst);
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      index = createProcedureIndex(catalogue, words.fillerByFirst);
      builds.push(performance.now() - start);
    }
    const times: number[] = [];
    const cpuStart = process.cpuUsage();
    for (let round = 0; round < rounds; round += 1) {
      for (const question of QUESTIONS) {
        const start = performance.now();
        index.rank(question, words);
        times.push((performance.now() - start) * 1000);
      }
    }
    const cpu = process.cpuUsage(cpuStart);
    rows.push({
      procedures: size,
      'index build ms (median)': percentile(builds, 50),
      'rank p50 µs': percentile(times, 50),
      'rank p99 µs': percentile(times, 99),
      'CPU µs / question': (cpu.user + cpu.system) / times.length,
    });
  }
  await writeReport({
    name: 'procedure-search',
    description:
      'Ranking a procedure question on the local catalogue copy (no I/O): index build per catalogue, rank per question, for the sandbox catalogue and synthetic catalogues of 2,000 and 5,000 procedures.',
    rows,
    targets: [
      {
        target: 'a question ranked in under 5 ms on a 2,000-procedure catalogue (p99)',
        met: rows.filter((r) => Number(r.procedures) === 2000).every((r) => Number(r['rank p99 µs']) < 5000),
      },
    ],
  });
}
