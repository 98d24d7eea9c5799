// `npm run bench -- <name> [args]` runs bench/<name>.ts; with no name it lists what is available.
// `npm run bench -- <name> --help` (or `-h`) prints that bench's usage, its header comment, and runs nothing;
// `npm run bench -- --help` lists the benches with the first line of each.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { usageOf } from './lib/usage.js';

const benchDir = path.resolve('bench');
const available = (await fs.readdir(benchDir))
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.slice(0, -3));
const [name, ...args] = process.argv.slice(2);
const wantsHelp = (list: string[]) => list.some((arg) => arg === '--help' || arg === '-h');
const readUsage = async (bench: string) => usageOf(await fs.readFile(path.join(benchDir, `${bench}.ts`), 'utf8'));
if (name !== undefined && wantsHelp([name])) {
  const lines = ['npm run bench -- <name> [options]   (npm run bench -- <name> --help: its options)', ''];
  for (const bench of available) lines.push(`  ${bench.padEnd(18)} ${(await readUsage(bench)).split('\n')[0]}`);
  console.log(lines.join('\n'));
  process.exit(0);
}
const selected = name ? [name] : available;
for (const bench of selected) {
  if (!available.includes(bench)) {
    console.error(`unknown benchmark "${bench}"; available: ${available.join(', ')}`);
    process.exit(2);
  }
}
if (name !== undefined && wantsHelp(args)) {
  console.log(await readUsage(name));
  process.exit(0);
}
for (const bench of selected) {
  console.log(`\n== bench: ${bench} ==`);
  const module: unknown = await import(pathToFileURL(path.join(benchDir, `${bench}.ts`)).href);
  if (typeof module !== 'object' || module === null || !('run' in module) || typeof module.run !== 'function') {
    console.error(`bench/${bench}.ts must export run(args: string[])`);
    process.exit(2);
  }
  await module.run(args);
}
process.exit(0);
