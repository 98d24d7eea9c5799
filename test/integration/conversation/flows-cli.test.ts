import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFlowsCli } from '../../../src/cli/flows.js';
import { createFlowStore, parseFlowYaml } from '../../../src/conversation/index.js';
import { createShippedActionDefinitions } from '../../../src/shipped-actions.js';
import { createShippedInputTypes } from '../../../src/shipped-input-types.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// The shipped flows call every module's actions; validation needs only their names and arguments.
const shippedActions = createShippedActionDefinitions();

function capture() {
  const lines: string[] = [];
  return { out: (text: string) => lines.push(text), text: () => lines.join('\n') };
}

describe('npm run flows', () => {
  let database: TestDatabase;
  let tmp: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'flows-cli-'));
  });
  afterAll(async () => {
    await database.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  const base = () => ({
    flowsDir: path.join(ROOT, 'flows'),
    templatesDir: path.join(ROOT, 'templates'),
    actions: shippedActions,
    openDatabase: () => Promise.resolve({ db: database.db, close: () => Promise.resolve() }),
  });

  it('validate: the shipped flows are clean (exit 0); a broken flow file is reported (exit 1)', async () => {
    const ok = capture();
    expect(await runFlowsCli(['validate'], { ...base(), out: ok.out })).toBe(0);
    expect(ok.text()).toMatch(/\d+ flows valid/);

    const dir = path.join(tmp, 'broken');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'x.yaml'),
      'id: x\ntitle: X\nformat: 1\nstart: a\nsteps:\n  a: { type: say, template: "core:nope", next: b }\n',
    );
    const bad = capture();
    expect(await runFlowsCli(['validate', dir], { ...base(), out: bad.out })).toBe(1);
    expect(bad.text()).toContain('x.a: unknown_step');
    expect(bad.text()).toContain('missing_template');

    // Nothing is published in this database yet.
    const none = capture();
    expect(await runFlowsCli(['validate', '--published'], { ...base(), out: none.out })).toBe(1);
    expect(none.text()).toContain('nothing is published yet');
  });

  it('simulate prints the transcript of the real engine', async () => {
    const run = capture();
    expect(await runFlowsCli(['simulate', 'help', 'liên hệ', 'English', 'menu'], { ...base(), out: run.out })).toBe(0);
    expect(run.text()).toContain('> liên hệ');
    expect(run.text()).toContain('< Trung tâm Phục vụ hành chính công tỉnh Mẫu (ví dụ):');
    expect(run.text()).toContain('[Nhắn cho cán bộ → #go:help/handoff]');
    expect(run.text()).toContain('< From now on I will answer in English.');
  });

  it('import publishes the shipped flows, export writes them back with their comments', async () => {
    const imported = capture();
    expect(await runFlowsCli(['import'], { ...base(), out: imported.out })).toBe(0);
    expect(imported.text()).toContain('flow welcome v1 published');
    expect(imported.text()).toContain('templates vi/common v1 published');
    const again = capture();
    expect(await runFlowsCli(['import'], { ...base(), out: again.out })).toBe(0);
    expect(again.text()).toContain('nothing new to import');

    const target = path.join(tmp, 'export');
    expect(await runFlowsCli(['export', target], { ...base(), out: capture().out })).toBe(0);
    expect(fs.readFileSync(path.join(target, 'flows', 'welcome.yaml'), 'utf8')).toBe(
      fs.readFileSync(path.join(ROOT, 'flows', 'welcome.yaml'), 'utf8'),
    );
    const common: unknown = JSON.parse(fs.readFileSync(path.join(target, 'templates', 'vi', 'common.json'), 'utf8'));
    expect(common).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'templates', 'vi', 'common.json'), 'utf8')));

    // --published reads the live release, not the files (here: directories with nothing in them).
    const empty = fs.mkdtempSync(path.join(tmp, 'empty-'));
    const fromDb = { ...base(), flowsDir: empty, templatesDir: empty };
    const validated = capture();
    expect(await runFlowsCli(['validate', '--published'], { ...fromDb, out: validated.out })).toBe(0);
    expect(validated.text()).toMatch(/^source: the live release \d+ in the database$/m);
    expect(validated.text()).toMatch(/\d+ flows valid/);
    const simulated = capture();
    expect(await runFlowsCli(['simulate', '--published', 'help', 'liên hệ'], { ...fromDb, out: simulated.out })).toBe(
      0,
    );
    expect(simulated.text()).toContain('< Trung tâm Phục vụ hành chính công tỉnh Mẫu (ví dụ):');
    const files = capture();
    expect(await runFlowsCli(['simulate', 'help', 'liên hệ'], { ...fromDb, out: files.out })).toBe(1);
    expect(files.text()).toContain('no flow "help"');
  });

  it('release: lists, drafts, refuses an invalid one with its problems, publishes, compares and rolls back', async () => {
    const list = capture();
    expect(await runFlowsCli(['release', 'list'], { ...base(), out: list.out })).toBe(0);
    const live = /^\* (\d+)\s+live\s+shipped flows and templates/m.exec(list.text())?.[1];
    expect(live).toBeDefined();

    // Version 2 of the help flow points at a text no language has.
    const help = fs.readFileSync(path.join(ROOT, 'flows', 'help.yaml'), 'utf8');
    const broken = path.join(tmp, 'help-broken.yaml');
    fs.writeFileSync(broken, help.replace('template: core:help.contact', 'template: core:help.nowhere'));
    const store = createFlowStore({
      db: database.db,
      actions: shippedActions,
      inputs: createShippedInputTypes(),
      audit: () => Promise.resolve(),
    });
    const parsed = parseFlowYaml(fs.readFileSync(broken, 'utf8'), 'help-broken.yaml');
    const { version } = await store.createVersion({ definition: parsed.flow });

    const drafted = capture();
    expect(
      await runFlowsCli(['release', 'create', 'help, broken', '--flow', `help@${version}`, '--note', 'try'], {
        ...base(),
        out: drafted.out,
      }),
    ).toBe(0);
    const draft = /^release (\d+) drafted/m.exec(drafted.text())?.[1];
    expect(drafted.text()).toContain('2 problem(s) before it can be published');
    expect(drafted.text()).toContain('help.contact: missing_template: template "core:help.nowhere" is missing in vi');

    const refused = capture();
    expect(await runFlowsCli(['release', 'publish', String(draft)], { ...base(), out: refused.out })).toBe(1);
    expect(refused.text()).toContain('does not validate as a whole');
    expect(refused.text()).toContain('core:help.nowhere');

    const good = capture();
    expect(await runFlowsCli(['release', 'create', 'same as live'], { ...base(), out: good.out })).toBe(0);
    const goodId = /^release (\d+) drafted/m.exec(good.text())?.[1];
    expect(good.text()).toContain('publishable');
    const published = capture();
    expect(await runFlowsCli(['release', 'publish', String(goodId)], { ...base(), out: published.out })).toBe(0);
    expect(published.text()).toBe(`release ${goodId} live (was ${live})`);

    const diff = capture();
    expect(await runFlowsCli(['release', 'diff', String(draft)], { ...base(), out: diff.out })).toBe(0);
    expect(diff.text()).toBe(`release ${draft} → ${goodId}\n  flow help: ${version} → 1`);

    const back = capture();
    expect(await runFlowsCli(['release', 'rollback', String(live)], { ...base(), out: back.out })).toBe(0);
    expect(back.text()).toBe(`release ${live} live (was ${goodId})`);
    const never = capture();
    expect(await runFlowsCli(['release', 'rollback', String(draft)], { ...base(), out: never.out })).toBe(1);
    expect(never.text()).toContain('was never live');
    expect(await runFlowsCli(['release', 'publish', 'x'], { ...base(), out: capture().out })).toBe(2);
  });
});
