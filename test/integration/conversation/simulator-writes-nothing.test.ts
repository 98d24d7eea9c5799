import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatTranscript } from '../../../src/conversation/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';

const CODE = '000.00.15.H02-221205-0001';

/** Row counts of every table of the application, by name. */
async function countEveryTable(system: TestSystem): Promise<Record<string, number>> {
  const rows = (query: ReturnType<typeof sql>) =>
    system.database.db.execute(query).then((result) => z.object({ rows: z.array(z.unknown()) }).parse(result).rows);
  const tables = z
    .array(z.object({ name: z.string() }))
    .parse(
      await rows(
        sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      ),
    );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [count] = z
      .array(z.object({ n: z.number() }))
      .parse(await rows(sql`select count(*)::int as n from ${sql.identifier(name)}`));
    counts[name] = count?.n ?? 0;
  }
  return counts;
}

describe('the simulator', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system.destroy());

  it('runs flows that write (language, follow, handoff) and leaves every table as it found it', async () => {
    const before = await countEveryTable(system);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['citizens', 'conversation_sessions']));
    const transcript = await system.engine.simulate({
      messages: ['@follow', 'đổi ngôn ngữ', '2', `#follow_dossier ${CODE}`, '#go:help/handoff'],
    });
    const printed = formatTranscript(transcript);
    expect(printed).toContain('! would citizen.language {"language":"en"}');
    expect(printed).toContain(`! would lgsp.dossier.follow {"dossierCode":"${CODE}"`);
    expect(printed).toContain('! would conversation.handoff {"flowId":"help"');
    // The language chosen in the simulation applies to the rest of it.
    expect(printed).toContain(`You are now following dossier ${CODE}`);
    expect(await countEveryTable(system)).toEqual(before);
  });

  it('files no feedback ticket and forwards nothing: the ticket and its outbox entry are shown, not written', async () => {
    const before = await countEveryTable(system);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['feedback_tickets', 'feedback_attachments', 'effect_outbox']),
    );
    const transcript = await system.engine.simulate({
      messages: [
        'phản ánh',
        '1',
        'Đèn đường trước nhà số 5 không sáng.',
        '@image https://example.invalid/den-duong.jpg',
        'xong',
        'phuong kinh bac',
        '#choice:anonymous',
        '#choice:send',
      ],
    });
    const printed = formatTranscript(transcript);
    expect(printed).toMatch(/Mã phản ánh: PA-ZL-\d{4}-\d{6}/);
    expect(printed).toContain('! would feedback.ticket.create {"number":"PA-ZL-');
    expect(printed).toContain('"photoUrls":["https://example.invalid/den-duong.jpg"]');
    expect(printed).toContain('"communeName":"Phường Kinh Bắc"');
    expect(printed).toContain('! would feedback.ticket.forward {"number":"PA-ZL-');
    expect(await countEveryTable(system)).toEqual(before);
  });
});
