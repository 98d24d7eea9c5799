import { z } from 'zod';
import { LANGUAGES, type Language, type OutboundMessage } from '../kernel/index.js';
import { webUrlSchema } from '../platform/web-url.js';
import type { TemplateRenderer } from '../conversation/index.js';

/** Placeholders an announcement's text may use; filled per recipient in the message lane. */
export const PLACEHOLDERS = ['name', 'commune'] as const;
const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

const MAX_TEXT_LENGTH = 2000;

function onlyKnownPlaceholders(text: string, ctx: z.RefinementCtx): void {
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1] ?? '';
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown placeholder {{${name}}}: use {{name}} or {{commune}}`,
        params: { reason: 'unknownPlaceholder' },
      });
    }
  }
}

/**
 * The content's schemas around the addresses it takes (a link button's, the image's). Stored rows and answers read
 * any absolute URL, as accepted before web addresses were required, so older announcements still load and send; what
 * officials write is checked by the `Input` schemas.
 */
function contentSchemas(url: z.ZodType<string>, idSuffix: '' | 'Input') {
  const button = z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('link'), title: z.string().trim().min(1).max(100), url }),
      z.object({
        type: z.literal('phone'),
        title: z.string().trim().min(1).max(100),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9]{3,15}$/, 'digits only, e.g. 02363822222'),
      }),
      z.object({
        type: z.literal('flow'),
        title: z.string().trim().min(1).max(100),
        /** The flow the button starts (`#flow:<id>` as the citizen's tap). */
        flow: z
          .string()
          .trim()
          .regex(/^[a-z][a-z0-9_]{0,63}$/, 'a flow id'),
      }),
    ])
    .meta({ id: `AnnouncementButton${idSuffix}` });
  /** One language's version of an announcement. */
  const version = z
    .object({
      title: z.string().trim().min(1).max(200),
      text: z.string().trim().min(1).max(MAX_TEXT_LENGTH).superRefine(onlyKnownPlaceholders).meta({
        description: 'The message; `{{name}}` (the citizen) and `{{commune}}` are filled per recipient',
      }),
      imageUrl: url.optional(),
      buttons: z.array(button).max(5).optional(),
    })
    .meta({ id: `AnnouncementVersion${idSuffix}` });
  /** Vietnamese always; English optional (English speakers then get the Vietnamese version, all in Vietnamese). */
  const content = z
    .object({
      vi: version,
      en: version.optional().meta({
        description:
          "The English version (optional): citizens whose language is English read it. Without it they read the Vietnamese version, its `{{name}}` and `{{commune}}` filled in Vietnamese too (never a mix of languages). Its links and image are held to the same rules as the Vietnamese version's",
      }),
    })
    .meta({ id: `AnnouncementContent${idSuffix}` });
  return { button, version, content };
}

const stored = contentSchemas(z.url(), '');
/**
 * What officials write: web addresses only. The citizen opens a link in Zalo's browser and Zalo fetches the image (a
 * message's picture, the article's cover); this server fetches neither, so any http(s) host is allowed, while
 * `javascript:`, `data:` or `file:` addresses are refused.
 */
const input = contentSchemas(webUrlSchema, 'Input');

export const announcementButtonSchema = stored.button;
export type AnnouncementButton = z.infer<typeof announcementButtonSchema>;
export const announcementVersionSchema = stored.version;
export type AnnouncementVersion = z.infer<typeof announcementVersionSchema>;
/** An announcement's content as stored and answered. */
export const announcementContentSchema = stored.content;
export type AnnouncementContent = z.infer<typeof announcementContentSchema>;
/** An announcement's content as officials create or edit it (and submit it). */
export const announcementContentInputSchema = input.content;

const code = z.string().trim().min(1).max(64);
/**
 * Who receives it: followers matching every criterion given (a citizen matches a list when they have any of its
 * values). No criterion: all followers.
 */
export const audienceSchema = z
  .object({
    tags: z.array(code).max(50).optional(),
    communes: z.array(code).max(500).optional().meta({ description: "Commune codes (the citizen's commune)" }),
    topics: z.array(code).max(50).optional().meta({ description: 'Subscription topics citizens chose in chat' }),
    languages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length).optional(),
  })
  .strict()
  .meta({ id: 'AnnouncementAudience' });
export type Audience = z.infer<typeof audienceSchema>;

/** What is known of a recipient to fill the placeholders; null where nothing is known (the fallback words then). */
export interface RecipientFacts {
  language: Language;
  /** The name they shared. */
  name: string | null;
  /** Their commune's name (the LGSP's catalogue, in Vietnamese whatever the language). */
  commune: string | null;
}

/** What `{{name}}` and `{{commune}}` read, in a language, for a recipient without a value (the live texts). */
export type PlaceholderFallbacks = (language: Language) => { name: string; commune: string };

/** The live texts `announcements:name_fallback` and `announcements:commune_fallback`, as sending fills them. */
export function placeholderFallbacks(renderer: Pick<TemplateRenderer, 't'>): PlaceholderFallbacks {
  return (language) => ({
    name: renderer.t('announcements:name_fallback', language),
    commune: renderer.t('announcements:commune_fallback', language),
  });
}

/**
 * The version a citizen reads and its language: theirs, or the Vietnamese one. The placeholders are filled in the
 * version's language, so that an English speaker without an English version reads Vietnamese throughout.
 */
export function pickVersion(
  content: AnnouncementContent,
  language: Language,
): { version: AnnouncementVersion; language: Language } {
  return language === 'en' && content.en
    ? { version: content.en, language: 'en' }
    : { version: content.vi, language: 'vi' };
}

/**
 * Where a stored content's link buttons and images are not web addresses (saved before the rule, or written into the
 * table), named as the API names a field (`content.vi.buttons.0.url`). Such content is never approved, scheduled or
 * sent: a citizen would be handed a `javascript:` or `file:` address.
 */
export function nonWebAddresses(content: AnnouncementContent): string[] {
  const paths: string[] = [];
  const check = (url: string | undefined, path: string) => {
    if (url !== undefined && !webUrlSchema.safeParse(url).success) paths.push(path);
  };
  for (const language of LANGUAGES) {
    const version = content[language];
    if (!version) continue;
    check(version.imageUrl, `content.${language}.imageUrl`);
    (version.buttons ?? []).forEach((button, i) => {
      if (button.type === 'link') check(button.url, `content.${language}.buttons.${i}.url`);
    });
  }
  return paths;
}

/** The words that open a commune's name in the LGSP's catalogue: "Phường Kinh Bắc", "Xã Tân Lập", "Đặc khu Cô Tô". */
const UNIT_WORD = /^(?:Phường|Xã|Thị trấn|Đặc khu)(?=\s)/u;
/** What comes before a sentence's first word: nothing, a sentence's end and a space, or a new line. */
const SENTENCE_START = /(?:^|[.!?…]\s+|\n\s*)$/u;

/**
 * A commune's name as it stands in a Vietnamese sentence, whatever its case in the catalogue: its unit word in lower
 * case within a sentence ("tại phường Kinh Bắc"), its first letter a capital at a sentence's start ("Phường Kinh Bắc
 * thông báo…", "Địa phương…"). `before` is the text before it. English text keeps the name as the catalogue has it.
 */
export function communeInSentence(name: string, before: string, language: Language): string {
  if (language !== 'vi') return name;
  if (SENTENCE_START.test(before)) return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
  return name.replace(UNIT_WORD, (word) => word.toLocaleLowerCase('vi'));
}

/**
 * The citizen's name or form of address as it stands in a sentence: its first letter a capital at a sentence's start
 * ("Anh/chị lưu ý", "Citizen, …"), as written elsewhere ("Kính gửi anh/chị"). `before` is the text before it.
 */
export function nameInSentence(name: string, before: string, language: Language): string {
  return SENTENCE_START.test(before) ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : name;
}

/** `{{name}}` and `{{commune}}` filled in text of `language` (each cased for where it stands). */
export function fillPlaceholders(text: string, facts: { name: string; commune: string }, language: Language): string {
  return text.replace(PLACEHOLDER_PATTERN, (_whole, name: string, offset: number) =>
    name === 'name'
      ? nameInSentence(facts.name, text.slice(0, offset), language)
      : name === 'commune'
        ? communeInSentence(facts.commune, text.slice(0, offset), language)
        : '',
  );
}

/**
 * The personal message of the message lane: the image first when there is one, then title and text with buttons, the
 * placeholders filled with what is known of the recipient, else the fallback words of the version's language.
 */
export function renderAnnouncement(
  content: AnnouncementContent,
  recipient: RecipientFacts,
  fallbacks: PlaceholderFallbacks,
): OutboundMessage[] {
  const { version, language } = pickVersion(content, recipient.language);
  const fallback = fallbacks(language);
  const facts = { name: recipient.name ?? fallback.name, commune: recipient.commune ?? fallback.commune };
  const text = `${version.title}\n\n${fillPlaceholders(version.text, facts, language)}`.slice(0, MAX_TEXT_LENGTH + 202);
  const buttons = (version.buttons ?? []).map((button) => ({
    title: button.title,
    action:
      button.type === 'link'
        ? { type: 'url' as const, url: button.url }
        : button.type === 'phone'
          ? { type: 'phone' as const, phone: button.phone }
          : { type: 'query' as const, payload: `#flow:${button.flow}` },
  }));
  return [
    ...(version.imageUrl ? [{ kind: 'image' as const, imageUrl: version.imageUrl }] : []),
    { kind: 'text' as const, text, ...(buttons.length > 0 ? { buttons } : {}) },
  ];
}
