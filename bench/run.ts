// `npm run bench -- <name> [args]` runs bench/<name>.ts; with no name it lists what is available.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const benchDir = path.resolve('bench');
const available = (await fs.readdir(benchDir))
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.slice(0, -3));
const [name, ...args] = process.argv.slice(2);
const selected = name ? [name] : available;
for (const bench of selected) {
  if (!available.includes(bench)) {
    console.error(`unknown benchmark "${bench}"; available: ${available.join(', ')}`);
    process.exit(2);
  }
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
