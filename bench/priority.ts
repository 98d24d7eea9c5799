// `npm run bench -- priority [--broadcasts 20000] [--citizens 20] [--rounds 5]`
//
// Do citizens' replies wait behind an announcement? The whole server runs in this process (sandbox Zalo and LGSP,
// a throw-away PostgreSQL database, real Redis with a random prefix). N citizens follow the OA; then, twice, each of
// them sends `liên hệ` a few times and the bench measures the time from the webhook being acknowledged to the reply
// arriving at the Zalo simulator: first with an idle outbound queue, then with `--broadcasts` broadcast messages queued
// for other followers (the rate limit, 4,000 calls/min, keeps most of them waiting throughout). The broadcasts still
// queued when the last reply arrived are reported, to show the backlog was there.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { citizens } from '../src/citizens/index.js';
import { citizenIdSchema } from '../src/conversation/index.js';
import { messageDeliveries } from '../src/messaging/index.js';
import { intOption, startInProcessServer } from './lib/in-process-server.js';
import { percentile, writeReport, type ReportRow } from './lib/report.js';

export async function run(args: string[]): Promise<void> {
  const broadcasts = intOption(args, 'broadcasts', 20_000);
  const citizenCount = intOption(args, 'citizens', 20);
  const rounds = intOption(args, 'rounds', 5);
  const server = await startInProcessServer('priority');
  const { system, ask } = server;
  const measure = async (): Promise<number[]> => {
    const latencies: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      latencies.push(...(await Promise.all(asking.map((citizenId) => ask(citizenId)))));
    }
    return latencies;
  };
  const queuedBroadcasts = async () => {
    const [row] = await system.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(messageDeliveries)
      .where(sql`${messageDeliveries.purpose} = 'broadcast' and ${messageDeliveries.status} = 'queued'`);
    return row?.n ?? 0;
  };

  const rows: ReportRow[] = [];
  let asking: string[] = [];
  try {
    asking = await server.chattingCitizens(citizenCount);

    const idle = await measure();
    rows.push(row('idle outbound queue', idle, 0));

    console.log(`queueing ${broadcasts} broadcast messages…`);
    const queueStarted = performance.now();
    const run = randomBytes(4).toString('hex');
    const followers = Array.from({ length: broadcasts }, (_, i) => `9${run}${String(i).padStart(8, '0')}`);
    for (let i = 0; i < followers.length; i += 500) {
      const batch = followers.slice(i, i + 500);
      await system.database.db
        .insert(citizens)
        .values(batch.map((zaloUserId) => ({ zaloUserId, following: true, lastInteractionAt: new Date() })))
        .onConflictDoNothing();
      await Promise.all(
        batch.map((follower) =>
          system.messages.enqueue(
            citizenIdSchema.parse(follower),
            [{ kind: 'text', text: 'Thông báo: lịch tiếp công dân tuần này thay đổi.' }],
            { purpose: 'broadcast' },
          ),
        ),
      );
    }
    console.log(`  queued in ${Math.round((performance.now() - queueStarted) / 1000)} s`);
    const busy = await measure();
    rows.push(row(`${broadcasts} broadcasts queued`, busy, await queuedBroadcasts()));
  } finally {
    await server.close();
  }
  await writeReport({
    name: 'priority',
    description:
      'Reply latency (webhook sent → first reply at the Zalo simulator) for citizens writing while the outbound ' +
      'queue is idle, then while a broadcast backlog waits behind the Zalo rate limit; one in-process server on ' +
      'PostgreSQL.',
    rows,
  });
}

function row(situation: string, latencies: number[], stillQueued: number): ReportRow {
  return {
    situation,
    replies: latencies.length,
    p50_ms: Math.round(percentile(latencies, 50)),
    p95_ms: Math.round(percentile(latencies, 95)),
    max_ms: Math.round(Math.max(...latencies)),
    broadcasts_still_queued: stillQueued,
  };
}
