// The Zalo simulator's control API for the broadcast benchmarks, over HTTP (the server may run in this process or in
// another): a route of `/sandbox/zalo/api`, citizens who write `liên hệ` and wait for the reply.
import { z } from 'zod';

const conversationSchema = z.object({
  items: z.array(z.object({ seq: z.number(), direction: z.enum(['in', 'out', 'refused']) })),
});

export interface ZaloControl {
  /** `GET` without a body, `POST` with one; the JSON answer. */
  zalo(route: string, body?: unknown): Promise<unknown>;
  /** Creates `count` simulated citizens who follow the OA and have had one exchange (their session is warm). */
  chattingCitizens(count: number): Promise<string[]>;
  /** The citizen sends `liên hệ`; the milliseconds until the first OA message after it reaches the simulator. */
  ask(citizenId: string): Promise<number>;
}

/** How long a chatting citizen waits for the reply before the benchmark gives up on the run. */
const ASK_TIMEOUT_MS = 120_000;

/** `baseUrl`: the server that mounts the simulator (`http://127.0.0.1:<port>`). */
export function zaloControl(baseUrl: string): ZaloControl {
  const zalo = async (route: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${baseUrl}/sandbox/zalo/api${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return response.json();
  };
  // The highest item seen of each citizen's conversation: asking only for what came after it keeps each poll small (a
  // citizen who asked thousands of times during a broadcast has thousands of items, and reading them all before each
  // question cost the simulator and the bench a core between them).
  const seenOf = new Map<string, number>();
  const highestOf = (items: readonly { seq: number }[], seen: number) =>
    Math.max(seen, ...items.map((item) => item.seq));
  const lastSeq = async (citizenId: string) => {
    const seen = seenOf.get(citizenId) ?? 0;
    const page = conversationSchema.parse(await zalo(`/citizens/${citizenId}/conversation?after=${seen}`));
    const highest = highestOf(page.items, seen);
    seenOf.set(citizenId, highest);
    return highest;
  };
  const ask = async (citizenId: string): Promise<number> => {
    const after = await lastSeq(citizenId);
    const started = performance.now();
    await zalo(`/citizens/${citizenId}/send`, { type: 'text', text: 'liên hệ' });
    // Each poll asks only for what came after the highest item seen: the citizen's own message is an item too, and
    // asking again after the same seq would return it at once, a busy loop (it once took half a core of the bench and
    // of the simulated Zalo during a broadcast, the very load being measured). A reply Zalo refused ends the wait, and
    // no wait outlasts ASK_TIMEOUT_MS.
    let seen = after;
    while (performance.now() - started < ASK_TIMEOUT_MS) {
      const page = conversationSchema.parse(
        await zalo(`/citizens/${citizenId}/conversation?after=${seen}&waitMs=20000`),
      );
      const highest = highestOf(page.items, seen);
      seenOf.set(citizenId, highest);
      if (page.items.some((item) => item.direction !== 'in')) return performance.now() - started;
      // Nothing new (the simulator closing): wait a little rather than ask again at once.
      if (highest === seen) await new Promise((resolve) => setTimeout(resolve, 200));
      seen = highest;
    }
    throw new Error(`no reply to ${citizenId} within ${ASK_TIMEOUT_MS} ms`);
  };
  return {
    zalo,
    ask,
    async chattingCitizens(count) {
      const ids: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const created = z.object({ id: z.string() }).parse(await zalo('/citizens', { displayName: `Công dân ${i}` }));
        await zalo(`/citizens/${created.id}/send`, { type: 'follow' });
        ids.push(created.id);
      }
      for (const citizenId of ids) await ask(citizenId);
      return ids;
    },
  };
}
