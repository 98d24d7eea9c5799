// Simulated citizens for benchmarks: created through the Zalo simulator's control API, and the signed `user_send_text`
// webhooks Zalo would send for them.
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'undici';
import { z } from 'zod';
import { SANDBOX_IDENTITY } from '../../src/config.js';
import { buildZaloEvent, signZaloWebhook } from '../../src/sandbox/zalo/index.js';

const SETUP_CONCURRENCY = 10;
const REQUEST_TIMEOUT_MS = 30_000;

export interface SandboxCitizen {
  /** The simulator's id for the citizen (the event's `sender.id`). */
  id: string;
  /** `user_id_by_app`, as the simulator put it in the follow event. */
  userIdByApp: string;
}

export interface SignedEvent {
  body: string;
  signature: string;
}

const citizenSchema = z.object({ id: z.string().min(1) });
const sendResultSchema = z.object({
  delivered: z.boolean(),
  status: z.number(),
  event: z.object({ user_id_by_app: z.string().min(1) }),
});

/**
 * Creates `count` simulated citizens who follow the OA (so they are inside the Zalo window and the simulator accepts
 * the engine's replies to them), a few at a time; throws when a follow webhook is not accepted.
 */
export async function createFollowingCitizens(baseUrl: string, count: number): Promise<SandboxCitizen[]> {
  const citizens: SandboxCitizen[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next;
      next += 1;
      const created = citizenSchema.parse(
        await postJson(`${baseUrl}/sandbox/zalo/api/citizens`, { displayName: `Bench ${index}` }),
      );
      const followed = sendResultSchema.parse(
        await postJson(`${baseUrl}/sandbox/zalo/api/citizens/${created.id}/send`, { type: 'follow' }),
      );
      if (!followed.delivered) throw new Error(`the follow webhook was not accepted (HTTP ${followed.status})`);
      citizens[index] = { id: created.id, userIdByApp: followed.event.user_id_by_app };
    }
  };
  await Promise.all(Array.from({ length: SETUP_CONCURRENCY }, worker));
  return citizens;
}

// Last timestamp used per citizen id.
const lastTimestamps = new Map<string, number>();

/**
 * A signed `user_send_text` event with a fresh msg_id (so dedupe never short-circuits it). Timestamps are strictly
 * increasing per citizen, as Zalo's are (the server orders a citizen's events by them), and stay at the wall clock
 * otherwise (the server refuses timestamps far from it).
 */
export function signedTextEvent(citizen: SandboxCitizen, text: string): SignedEvent {
  const timestamp = Math.max(Date.now(), (lastTimestamps.get(citizen.id) ?? 0) + 1);
  lastTimestamps.set(citizen.id, timestamp);
  const body = JSON.stringify(
    buildZaloEvent(
      { type: 'text', text },
      {
        appId: SANDBOX_IDENTITY.zaloAppId,
        oaId: SANDBOX_IDENTITY.zaloOaId,
        userId: citizen.id,
        userIdByApp: citizen.userIdByApp,
        timestamp: String(timestamp),
        msgId: `bench${randomBytes(10).toString('hex')}`,
      },
    ),
  );
  return {
    body,
    signature: signZaloWebhook(SANDBOX_IDENTITY.zaloAppId, body, String(timestamp), SANDBOX_IDENTITY.zaloOaSecretKey),
  };
}

/** The headers Zalo sends with a webhook. */
export function webhookHeaders(event: SignedEvent): Record<string, string> {
  return { 'content-type': 'application/json', 'x-zevent-signature': event.signature };
}

// The load generator's own HTTP client: undici's `request` on keep-alive connections, not `fetch`, whose web streams,
// abort signals and per-call pools cost the bench a third of a core at 200 events a second, on the cores the measured
// server shares with it.
const webhookClient = new Agent({ keepAliveTimeout: 30_000 });

/** POSTs the event to the server's `/webhooks/zalo` as Zalo would, and reads the answer. */
export async function postWebhook(
  baseUrl: string,
  event: SignedEvent,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<{ status: number; body: string }> {
  const response = await request(`${baseUrl}/webhooks/zalo`, {
    method: 'POST',
    headers: webhookHeaders(event),
    body: event.body,
    dispatcher: webhookClient,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  return { status: response.statusCode, body: await response.body.text() };
}

async function postJson(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`POST ${new URL(url).pathname} answered ${response.status}`);
  return response.json();
}
