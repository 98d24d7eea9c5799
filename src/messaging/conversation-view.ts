import { and, desc, eq, gt, inArray, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../platform/db.js';
import { conversationMessages } from './schema.js';

/** One logged message as officials see it (the body is the channel's own record of it). */
export interface ConversationMessageView {
  id: string;
  direction: 'in' | 'out';
  kind: string;
  /** The message's text when it has one (inbound text, outbound text or caption), so officials need not know Zalo's shapes. */
  text: string | null;
  /** The photos and files a citizen sent, at the channel's links (Zalo's expire after a while). */
  attachments: LoggedAttachment[];
  body: unknown;
  occurredAt: string;
}

export interface LoggedAttachment {
  kind: 'image' | 'file';
  url: string;
  name: string | null;
}

// Inbound rows keep the channel-neutral payload or the channel's event (`message.text`); outbound rows keep the
// channel's message body (`text`).
const loggedTextSchema = z.union([
  z.object({ message: z.object({ text: z.string() }) }).transform((body) => body.message.text),
  z.object({ text: z.string() }).transform((body) => body.text),
  // A photo's caption (the channel-neutral image payload).
  z.object({ caption: z.string() }).transform((body) => body.caption),
]);

// Inbound photos and files as the channel-neutral payload keeps them; only web links (officials' pages link to them).
const webUrl = z.url({ protocol: /^https?$/ });
const loggedAttachmentsSchema = z.union([
  z
    .object({ kind: z.literal('image'), images: z.array(z.object({ url: webUrl })) })
    .transform((body) => body.images.map((image) => ({ kind: 'image' as const, url: image.url, name: null }))),
  z
    .object({ kind: z.literal('file'), url: webUrl, name: z.string().optional() })
    .transform((body) => [{ kind: 'file' as const, url: body.url, name: body.name ?? null }]),
]);

function findLoggedAttachments(body: unknown): LoggedAttachment[] {
  const parsed = loggedAttachmentsSchema.safeParse(body);
  return parsed.success ? parsed.data : [];
}

function findLoggedText(body: unknown): string | null {
  const parsed = loggedTextSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/**
 * One page of a citizen's conversation log, newest first. Keyset paging on the row id: `before` is the `nextCursor` of
 * the previous page, so new messages arriving while an official pages never shift or repeat rows.
 */
export async function listConversationPage(
  db: DbOrTx,
  citizenId: string,
  page: { before?: number | undefined; limit: number },
): Promise<{ items: ConversationMessageView[]; nextCursor: string | null }> {
  const rows = await db
    .select({
      id: conversationMessages.id,
      direction: conversationMessages.direction,
      kind: conversationMessages.kind,
      body: conversationMessages.body,
      occurredAt: conversationMessages.occurredAt,
    })
    .from(conversationMessages)
    .where(
      and(
        eq(conversationMessages.citizenId, citizenId),
        page.before === undefined ? undefined : lt(conversationMessages.id, page.before),
      ),
    )
    .orderBy(desc(conversationMessages.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => ({
      id: String(row.id),
      direction: row.direction,
      kind: row.kind,
      text: findLoggedText(row.body),
      attachments: findLoggedAttachments(row.body),
      body: row.body,
      occurredAt: row.occurredAt.toISOString(),
    })),
    nextCursor: rows.length > page.limit && last ? String(last.id) : null,
  };
}

/** Whether the channel has ever logged a message with this citizen (officials may only answer known citizens). */
export async function hasConversation(db: DbOrTx, citizenId: string): Promise<boolean> {
  const rows = await db
    .select({ id: conversationMessages.id })
    .from(conversationMessages)
    .where(eq(conversationMessages.citizenId, citizenId))
    .limit(1);
  return rows.length > 0;
}

/**
 * Whether the citizen wrote (any message or event from them) after `since`; what we sent them does not count. One row
 * at most, found by the log's (citizen, time) index.
 */
export async function citizenWroteSince(db: DbOrTx, citizenId: string, since: Date): Promise<boolean> {
  const rows = await db
    .select({ id: conversationMessages.id })
    .from(conversationMessages)
    .where(
      and(
        eq(conversationMessages.citizenId, citizenId),
        eq(conversationMessages.direction, 'in'),
        gt(conversationMessages.occurredAt, since),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/**
 * The latest message each citizen sent (officials' handoff list: what the citizen last said, not the bot's
 * acknowledgement or an official's answer, which the list's unanswered count already tells).
 */
export async function findLastCitizenMessages(
  db: DbOrTx,
  citizenIds: string[],
): Promise<Map<string, Omit<ConversationMessageView, 'attachments'>>> {
  const found = new Map<string, Omit<ConversationMessageView, 'attachments'>>();
  if (citizenIds.length === 0) return found;
  const rows = await db
    .selectDistinctOn([conversationMessages.citizenId], {
      id: conversationMessages.id,
      citizenId: conversationMessages.citizenId,
      direction: conversationMessages.direction,
      kind: conversationMessages.kind,
      body: conversationMessages.body,
      occurredAt: conversationMessages.occurredAt,
    })
    .from(conversationMessages)
    .where(and(inArray(conversationMessages.citizenId, citizenIds), eq(conversationMessages.direction, 'in')))
    .orderBy(conversationMessages.citizenId, desc(conversationMessages.id));
  for (const row of rows) {
    found.set(row.citizenId, {
      id: String(row.id),
      direction: row.direction,
      kind: row.kind,
      text: findLoggedText(row.body),
      body: row.body,
      occurredAt: row.occurredAt.toISOString(),
    });
  }
  return found;
}
