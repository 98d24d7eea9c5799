import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Language, OutboundMessage } from '../conversation/index.js';
import type { DbOrTx } from '../platform/db.js';
import { webUrlSchema } from '../platform/web-url.js';
import { cannedReplies } from './schema.js';

/** Zalo's limit for one text message. */
const MAX_TEXT_LENGTH = 2000;
const MAX_BUTTONS = 5;

/**
 * A canned reply's content schema around the addresses it takes (a link button's, the image's, the file's). Stored
 * rows and answers read any absolute URL, as accepted before web addresses were required, so older replies still
 * load; what admins write is checked by the `Input` schema.
 */
function contentSchema(url: z.ZodType<string>, idSuffix: '' | 'Input') {
  /** A button under a canned reply: a link or a number to call (a hidden payload would restart the bot's flows). */
  const button = z.object({
    title: z.string().trim().min(1).max(100),
    url: url.optional(),
    phone: z
      .string()
      .regex(/^\+?[\d ]{3,20}$/)
      .optional(),
  });
  const text = z
    .object({
      text: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
      /** An image shown above the text (a map, a sample form): a public https URL Zalo fetches. */
      imageUrl: url.optional(),
      /** A document attached after the text, fetched from `url` by this server and uploaded to Zalo when sent. */
      file: z.object({ url, name: z.string().trim().min(1).max(200) }).optional(),
      buttons: z
        .array(button.refine((b) => (b.url === undefined) !== (b.phone === undefined), 'a url or a phone, one'))
        .max(MAX_BUTTONS)
        .optional(),
    })
    .strict();
  /** English falls back to Vietnamese for citizens who chose English. */
  return z
    .object({ vi: text, en: text.optional() })
    .strict()
    .meta({ id: `CannedReplyContent${idSuffix}` });
}

/** A canned reply's content as stored and answered. */
export const cannedReplyContentSchema = contentSchema(z.url(), '');
export type CannedReplyContent = z.infer<typeof cannedReplyContentSchema>;
/**
 * A canned reply's content as admins write it: web addresses only. Citizens open the links and Zalo fetches the image,
 * but this server fetches the file itself (where it may go is the delivery channel's to check), so `javascript:`,
 * `data:` or `file:` addresses are refused for all three.
 */
export const cannedReplyContentInputSchema = contentSchema(webUrlSchema, 'Input');

export const cannedReplyInputSchema = z
  .object({ title: z.string().trim().min(1).max(100), content: cannedReplyContentInputSchema })
  .strict();
export type CannedReplyInput = z.infer<typeof cannedReplyInputSchema>;

export interface CannedReply extends CannedReplyInput {
  id: string;
  updatedBy: string;
  createdAt: Date;
  updatedAt: Date;
}

function toReply(row: typeof cannedReplies.$inferSelect): CannedReply {
  // Parsed again so a hand-edited row cannot reach a citizen malformed; leniently (older rules' rows still load).
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

/**
 * Where a stored reply's link buttons, image and file are not web addresses (saved before the rule, or written into the
 * table), named as the API names a field (`content.vi.buttons.0.url`). Such a reply is never sent to a citizen.
 */
export function nonWebAddresses(content: CannedReplyContent): string[] {
  const paths: string[] = [];
  const check = (url: string | undefined, path: string) => {
    if (url !== undefined && !webUrlSchema.safeParse(url).success) paths.push(path);
  };
  for (const [language, reply] of Object.entries(content)) {
    if (!reply) continue;
    check(reply.imageUrl, `content.${language}.imageUrl`);
    check(reply.file?.url, `content.${language}.file.url`);
    (reply.buttons ?? []).forEach((button, i) => check(button.url, `content.${language}.buttons.${i}.url`));
  }
  return paths;
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
