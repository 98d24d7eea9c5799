import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export type ReportRow = Record<string, string | number>;

export interface BenchReport {
  /** Benchmark name, e.g. `webhook`; the JSON goes to bench/results/<name>-<timestamp>.json and <name>-latest.json. */
  name: string;
  /** What was measured and how, in one or two sentences. */
  description: string;
  rows: ReportRow[];
  /** Targets from the issue, with whether they were met. */
  targets?: Array<{ target: string; met: boolean }>;
  extra?: Record<string, unknown>;
}

/** Prints the rows as a table and writes the report as JSON; returns the JSON path. */
export async function writeReport(report: BenchReport): Promise<string> {
  printTable(report.rows);
  for (const target of report.targets ?? []) console.log(`${target.met ? 'MET   ' : 'MISSED'} ${target.target}`);
  const dir = path.resolve('bench/results');
  await fs.mkdir(dir, { recursive: true });
  const body = {
    ...report,
    at: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
  };
  const stamp = body.at.replaceAll(':', '-').replace(/\..+$/, '');
  const file = path.join(dir, `${report.name}-${stamp}.json`);
  await fs.writeFile(file, `${JSON.stringify(body, null, 2)}\n`);
  await fs.writeFile(path.join(dir, `${report.name}-latest.json`), `${JSON.stringify(body, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
  return file;
}

export function printTable(rows: ReportRow[]): void {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: string | number | undefined) =>
    value === undefined ? '' : typeof value === 'number' ? formatNumber(value) : value;
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => cell(row[column]).length)));
  const line = (values: string[]) => values.map((value, i) => value.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(columns.map((column) => cell(row[column]))));
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

/** Percentile of a list of numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
