import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Language, OutboundMessage } from '../conversation/index.js';
import type { DbOrTx } from '../platform/db.js';
import { cannedReplies } from './schema.js';

/** Zalo's limit for one text message. */
const MAX_TEXT_LENGTH = 2000;
const MAX_BUTTONS = 5;

/** A button under a canned reply: a link or a number to call (a hidden payload would restart the bot's flows). */
const cannedButtonSchema = z.object({
  title: z.string().trim().min(1).max(100),
  url: z.url().optional(),
  phone: z
    .string()
    .regex(/^\+?[\d ]{3,20}$/)
    .optional(),
});

const cannedReplyTextSchema = z
  .object({
    text: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
    /** An image shown above the text (a map, a sample form): a public https URL Zalo fetches. */
    imageUrl: z.url().optional(),
    /** A document attached after the text, fetched from `url` and uploaded to Zalo when sent. */
    file: z.object({ url: z.url(), name: z.string().trim().min(1).max(200) }).optional(),
    buttons: z
      .array(
        cannedButtonSchema.refine((b) => (b.url === undefined) !== (b.phone === undefined), 'a url or a phone, one'),
      )
      .max(MAX_BUTTONS)
      .optional(),
  })
  .strict();

/** A canned reply's content; English falls back to Vietnamese for citizens who chose English. */
export const cannedReplyContentSchema = z
  .object({ vi: cannedReplyTextSchema, en: cannedReplyTextSchema.optional() })
  .strict()
  .meta({ id: 'CannedReplyContent' });
export type CannedReplyContent = z.infer<typeof cannedReplyContentSchema>;

export const cannedReplyInputSchema = z
  .object({ title: z.string().trim().min(1).max(100), content: cannedReplyContentSchema })
  .strict();
export type CannedReplyInput = z.infer<typeof cannedReplyInputSchema>;

export interface CannedReply extends CannedReplyInput {
  id: string;
  updatedBy: string;
  createdAt: Date;
  updatedAt: Date;
}

function toReply(row: typeof cannedReplies.$inferSelect): CannedReply {
  // Written through `cannedReplyInputSchema` only; parsed again so a hand-edited row cannot reach a citizen malformed.
  return { ...row, content: cannedReplyContentSchema.parse(row.content) };
}

export async function listCannedReplies(executor: DbOrTx): Promise<CannedReply[]> {
  return (await executor.select().from(cannedReplies).orderBy(asc(cannedReplies.title))).map(toReply);
}

export async function findCannedReply(executor: DbOrTx, id: string): Promise<CannedReply | null> {
  const [row] = await executor.select().from(cannedReplies).where(eq(cannedReplies.id, id)).limit(1);
  return row ? toReply(row) : null;
}

export async function createCannedReply(
  executor: DbOrTx,
  input: CannedReplyInput,
  by: string,
  now: Date,
): Promise<CannedReply> {
  const [row] = await executor
    .insert(cannedReplies)
    .values({ ...input, updatedBy: by, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('canned reply insert returned nothing');
  return toReply(row);
}

export async function updateCannedReply(
  executor: DbOrTx,
  id: string,
  input: CannedReplyInput,
  by: string,
  now: Date,
): Promise<CannedReply | null> {
  const [row] = await executor
    .update(cannedReplies)
    .set({ ...input, updatedBy: by, updatedAt: now })
    .where(eq(cannedReplies.id, id))
    .returning();
  return row ? toReply(row) : null;
}

export async function deleteCannedReply(executor: DbOrTx, id: string): Promise<boolean> {
  return (await executor.delete(cannedReplies).where(eq(cannedReplies.id, id)).returning()).length > 0;
}

/** The messages a canned reply becomes for a citizen: image, then text with its buttons, then the file. */
export function convertCannedReplyToMessages(content: CannedReplyContent, language: Language): OutboundMessage[] {
  const reply = (language === 'en' ? content.en : undefined) ?? content.vi;
  const buttons = (reply.buttons ?? []).map((button) => ({
    title: button.title,
    action: button.url
      ? { type: 'url' as const, url: button.url }
      : { type: 'phone' as const, phone: (button.phone ?? '').replace(/ /g, '') },
  }));
  return [
    ...(reply.imageUrl ? [{ kind: 'image' as const, imageUrl: reply.imageUrl }] : []),
    { kind: 'text', text: reply.text, ...(buttons.length > 0 ? { buttons } : {}) },
    ...(reply.file ? [{ kind: 'file' as const, url: reply.file.url, name: reply.file.name }] : []),
  ];
}
