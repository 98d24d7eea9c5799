// `npm run bench -- announcements [--recipients 100000] [--rate 4000] [--seconds 120] [--citizens 10]`
//
// One announcement to N followers, the whole server in this process (sandbox Zalo and LGSP, a throw-away PostgreSQL
// database, real Redis with a random prefix). The N followers exist in the Zalo simulator and in our citizens table,
// all inside the consultation window (the message lane). Measured: the fan-out (recipient rows written from the
// database cursor and send jobs queued, each for a batch of recipients), the hand-over and delivery rates against the configured
// Zalo rate limit (`--rate`, calls/min, shared with replies), and the replies of `--citizens` citizens who chat
// meanwhile. The send phase is watched for `--seconds` at most (at Zalo's 4,000 calls/min 100,000 messages take 25
// minutes), then the announcement is cancelled and the rest withdrawn. Duplicates: citizens with two messages of it.
import os from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import { announcementRecipients, announcements } from '../src/announcements/index.js';
import { messageDeliveries } from '../src/messaging/index.js';
import { seedBenchFollowers } from './lib/bench-followers.js';
import { intOption, startInProcessServer } from './lib/in-process-server.js';
import { percentile, writeReport, type ReportRow } from './lib/report.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

export async function run(args: string[]): Promise<void> {
  const recipients = intOption(args, 'recipients', 100_000);
  const rate = intOption(args, 'rate', 4000);
  const seconds = intOption(args, 'seconds', 120);
  const citizenCount = intOption(args, 'citizens', 10);
  const server = await startInProcessServer('announcements', {
    ZALO_RATE_LIMIT_PER_MIN: String(rate),
    ANNOUNCEMENTS_QUIET_HOURS: 'off',
    ANNOUNCEMENTS_DAILY_CAP: '100',
  });
  const { system, zalo: api, ask } = server;
  const db = system.database.db;
  const counts = async (announcementId: string) => {
    const [row] = await db
      .select({
        written: sql<number>`count(*)::int`,
        handed: sql<number>`(count(*) filter (where ${announcementRecipients.status} <> 'pending'))::int`,
      })
      .from(announcementRecipients)
      .where(eq(announcementRecipients.announcementId, announcementId));
    const [sent] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(messageDeliveries)
      .where(
        and(
          eq(messageDeliveries.correlationId, `announcement:${announcementId}`),
          sql`${messageDeliveries.status} in ('sent', 'received', 'seen')`,
        ),
      );
    return { written: row?.written ?? 0, handed: row?.handed ?? 0, sent: sent?.n ?? 0 };
  };

  const rows: ReportRow[] = [];
  const extra: Record<string, unknown> = {};
  try {
    const asking = await server.chattingCitizens(citizenCount);

    console.log(`making ${recipients} followers…`);
    await seedBenchFollowers(db, (path, body) => api(path, body), recipients);

    const [announcement] = await db
      .insert(announcements)
      .values({
        status: 'scheduled',
        content: { vi: { title: 'Thông báo', text: 'Kính gửi {{name}}: lịch tiếp công dân tuần này thay đổi.' } },
        audience: { tags: ['bench'] },
        authorId: 'bench',
        approvedBy: 'bench-approver',
        approvedAt: new Date(),
        sendAt: new Date(),
      })
      .returning({ id: announcements.id });
    const announcementId = announcement?.id ?? '';
    const started = performance.now();
    const cpuAtStart = process.cpuUsage();
    await system.announcements.scheduleFanout(announcementId, new Date());

    // Replies while it goes out: the citizens keep asking until the watch ends.
    const latencies: number[] = [];
    let watching = true;
    const chatting = Promise.all(
      asking.map(async (citizenId) => {
        while (watching) latencies.push(await ask(citizenId));
      }),
    );
    let fanoutMs: number | undefined;
    let firstSentMs: number | undefined;
    let rssPeak = 0;
    let redisPeak = 0;
    const redisMemory = async () => {
      const info = await system.redis.info('memory');
      return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
    };
    let last = { written: 0, handed: 0, sent: 0 };
    for (;;) {
      await sleep(1000);
      last = await counts(announcementId);
      const elapsed = performance.now() - started;
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      redisPeak = Math.max(redisPeak, await redisMemory());
      if (fanoutMs === undefined) {
        const [row] = await db
          .select({ done: announcements.fanoutDoneAt })
          .from(announcements)
          .where(eq(announcements.id, announcementId));
        if (row?.done) fanoutMs = elapsed;
      }
      if (firstSentMs === undefined && last.sent > 0) firstSentMs = elapsed;
      if (last.sent >= recipients || elapsed > seconds * 1000) break;
    }
    const watchedMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuAtStart);
    watching = false;
    await chatting;
    await db
      .update(announcements)
      .set({ status: 'cancelled', finishedAt: new Date() })
      .where(eq(announcements.id, announcementId));
    await system.announcements.withdraw(announcementId);
    const [duplicates] = await db.select({ n: sql<number>`count(*)::int` }).from(
      sql`(select ${messageDeliveries.citizenId} from ${messageDeliveries}
          where ${messageDeliveries.correlationId} = ${`announcement:${announcementId}`}
          and ${messageDeliveries.status} in ('sent', 'received', 'seen')
          group by 1 having count(*) > 1) d`,
    );
    const sendSeconds = (watchedMs - (firstSentMs ?? 0)) / 1000;
    rows.push({
      recipients,
      fanout_s: fanoutMs === undefined ? 'not done' : Math.round(fanoutMs / 100) / 10,
      rows_per_s: fanoutMs === undefined ? 0 : Math.round(recipients / (fanoutMs / 1000)),
      watched_s: Math.round(watchedMs / 1000),
      handed_over: last.handed,
      sent: last.sent,
      handed_per_min: Math.round((last.handed / ((watchedMs - (fanoutMs ?? 0)) / 1000)) * 60),
      sent_per_min: Math.round((last.sent / sendSeconds) * 60),
      cpu_ms_per_sent: Math.round((cpu.user + cpu.system) / 1000 / Math.max(1, last.sent)),
      limit_per_min: rate,
      duplicates: duplicates?.n ?? 0,
      replies: latencies.length,
      reply_p50_ms: Math.round(percentile(latencies, 50)),
      reply_p99_ms: Math.round(percentile(latencies, 99)),
      rss_peak_mib: mib(rssPeak),
      redis_peak_mib: mib(redisPeak),
    });
    extra.loadAverage = os.loadavg();
  } finally {
    await server.close();
  }
  await writeReport({
    name: 'announcements',
    description:
      'One announcement to N followers inside the window on one in-process server (PostgreSQL, Redis, sandbox Zalo): ' +
      'fan-out time (recipient rows and send jobs), messages sent per minute against the Zalo rate limit, replies to ' +
      'citizens chatting meanwhile, duplicates, peak memory.',
    rows,
    extra,
  });
}
