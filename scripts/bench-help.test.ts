import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { usageOf } from '../bench/lib/usage.js';

const run = promisify(execFile);
const bench = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...args], { timeout: 30_000 });

describe('npm run bench -- <name> --help', () => {
  it("prints the bench's header (its options) and runs nothing", async () => {
    for (const flag of ['--help', '-h']) {
      const { stdout } = await bench('understanding', flag);
      expect(stdout).toContain('npm run bench -- understanding [--rounds 20] [--flows 16,50,100,200]');
      expect(stdout).toContain('routeMessage');
      // The bench itself did not start: it would have printed its banner and figures.
      expect(stdout).not.toContain('== bench:');
    }
    const { stdout } = await bench('webhook', '--duration', '5', '--help');
    expect(stdout).toContain('[--role all|web]');
    expect(stdout).not.toContain('== bench:');
  }, 60_000);

  it('lists every bench with its command line, and refuses an unknown one', async () => {
    const { stdout } = await bench('--help');
    for (const file of await fs.readdir('bench')) {
      if (!file.endsWith('.ts') || file === 'run.ts') continue;
      expect(stdout).toContain(`npm run bench -- ${file.slice(0, -3)}`);
    }
    await expect(bench('no-such-bench', '--help')).rejects.toMatchObject({ code: 2 });
  }, 60_000);

  it('reads the opening comment block only', () => {
    expect(usageOf('// `npm run bench -- x [--n 5]`\n//\n// Measures x.\nimport a from "a";\n// later')).toBe(
      '`npm run bench -- x [--n 5]`\n\nMeasures x.',
    );
  });
});
