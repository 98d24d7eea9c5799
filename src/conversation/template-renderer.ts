import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n } from 'i18next';
import { z } from 'zod';
import { DEFAULT_LANGUAGE, languageSchema, type Button, type Language, type OutboundMessage } from './channel.js';
import { ConversationErrors } from './errors.js';
import { excerpt, formatVnDate, formatVnDateTime, formatVnTime, maskName } from './format.js';
import { EXAMPLE_PROVINCE_SETTINGS, provinceTemplateVariables } from './province-settings.js';
import { foldText } from './text.js';

/**
 * Citizen-facing texts: i18next namespaces in `templates/<lang>/<namespace>.json`. A template value is a string or
 * `{ text, buttons?, image? }`; keys are `namespace:key`. Formatters: `{{d, date}}` dd/MM/yyyy, `{{d, time}}` HH:mm,
 * `{{d, datetime}}`, `{{name, maskname}}`, all in Asia/Ho_Chi_Minh; `{{text, excerpt}}`, a long text's first 200
 * characters. A list of strings is a word list (the `words` namespace: what citizens type for commands and answers),
 * read with `wordList`/`words`, never rendered.
 */

/** Keys whose presence a renderer remembers per language (`has`): far more than the templates and labels asked. */
const HELD_KEYS_LIMIT = 10_000;

export const templateButtonSchema = z
  .object({
    title: z.string().min(1),
    payload: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
    phone: z.string().min(1).optional(),
  })
  .strict()
  .refine((b) => [b.payload, b.url, b.phone].filter((v) => v !== undefined).length === 1, {
    message: 'a button needs exactly one of payload, url, phone',
  });

export const richTemplateSchema = z
  .object({
    text: z.string().min(1),
    buttons: z.array(templateButtonSchema).max(5).optional(),
    image: z.string().optional(),
  })
  .strict();

export type RichTemplate = z.infer<typeof richTemplateSchema>;

/** A word list: phrases citizens may type for one meaning (`words:answer.yes`). */
export const wordListSchema = z.array(z.string().min(1).max(200)).max(500);

/** One namespace file: nested objects of keys; leaves are strings, rich templates or word lists. */
export type TemplateTree = { [key: string]: string | string[] | RichTemplate | TemplateTree };
export const templateTreeSchema: z.ZodType<TemplateTree> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), richTemplateSchema, wordListSchema, templateTreeSchema])),
);

/** Every namespace of every language: `resources[lang][namespace]`. */
export type TemplateResources = Partial<Record<Language, Record<string, TemplateTree>>>;

export interface TemplateRenderer {
  /** Renders a template as messages (an image first when the template has one, then the text with its buttons). */
  render(key: string, language: Language, params?: Record<string, unknown>): OutboundMessage[];
  /** Renders a template's text only. */
  t(key: string, language: Language, params?: Record<string, unknown>): string;
  /** True when the key exists in that language (no fallback). */
  has(key: string, language: Language): boolean;
  /** The word list at `namespace:key` in one language (no fallback), or null when there is none. */
  wordList(key: string, language: Language): readonly string[] | null;
  /** The phrases of a word list in every language together, folded for matching (`foldText`) and without repeats. */
  words(key: string): readonly string[];
  /** Namespaces loaded. */
  namespaces(): string[];
  languages(): Language[];
  /** Picks up newly published templates (reloading renderers only); the engine calls it before each event. */
  refresh?(): Promise<void>;
}

/** Reads `templates/<lang>/*.json` for every language directory present. */
export function loadTemplateResources(templatesDir: string): TemplateResources {
  const resources: TemplateResources = {};
  if (!fs.existsSync(templatesDir)) return resources;
  for (const entry of fs.readdirSync(templatesDir, { withFileTypes: true })) {
    const language = languageSchema.safeParse(entry.name);
    if (!entry.isDirectory() || !language.success) continue;
    const namespaces: Record<string, TemplateTree> = {};
    const dir = path.join(templatesDir, entry.name);
    for (const file of fs.readdirSync(dir).sort()) {
      if (!file.endsWith('.json')) continue;
      const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      const tree = templateTreeSchema.safeParse(raw);
      if (!tree.success) {
        throw ConversationErrors.templatesInvalid(
          tree.error.issues.map((issue) => `${entry.name}/${file}: ${issue.path.join('.')}: ${issue.message}`),
        );
      }
      namespaces[file.slice(0, -'.json'.length)] = tree.data;
    }
    resources[language.data] = namespaces;
  }
  return resources;
}

export interface TemplateRendererOptions {
  /** Directory with `<lang>/<namespace>.json`; every namespace file present is loaded. */
  templatesDir?: string;
  /** Resources already loaded (e.g. the published templates from the flow store); win over files. */
  resources?: TemplateResources;
  /**
   * Variables every template sees (`province.*`, `you`); default: the example province of the sandbox. A function is
   * asked at each rendering, so settings an admin changes apply at once.
   */
  defaults?: TemplateDefaults;
}

/** The variables every template sees; a function is given the language rendered (`province.name` in English…). */
export type TemplateDefaults = Record<string, unknown> | ((language: Language) => Record<string, unknown>);

/** Creates a renderer over the templates directory and/or given resources. */
export function createTemplateRenderer(options: TemplateRendererOptions): TemplateRenderer {
  const resources: TemplateResources = options.templatesDir ? loadTemplateResources(options.templatesDir) : {};
  for (const language of languageSchema.options) {
    const extra = options.resources?.[language];
    if (extra) resources[language] = { ...resources[language], ...extra };
  }
  const namespaces = [...new Set(Object.values(resources).flatMap((ns) => Object.keys(ns)))];
  const instance: i18n = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources: Object.fromEntries(Object.entries(resources).map(([lng, ns]) => [lng, ns])),
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: namespaces,
    defaultNS: 'common',
    // Texts go to chat, not HTML: nothing to escape.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const formatter = instance.services.formatter;
  formatter?.add('date', (value) => formatVnDate(value));
  formatter?.add('time', (value) => formatVnTime(value));
  formatter?.add('datetime', (value) => formatVnDateTime(value));
  formatter?.add('maskname', (value) => maskName(value));
  formatter?.add('excerpt', (value) => excerpt(value));

  const findRaw = (key: string, language: Language): unknown => {
    const [ns, ...rest] = key.split(':');
    const keyPath = rest.join(':');
    if (!ns || !keyPath) return undefined;
    return instance.getResource(language, ns, keyPath) ?? instance.getResource(DEFAULT_LANGUAGE, ns, keyPath);
  };
  const defaults =
    options.defaults ?? ((language: Language) => provinceTemplateVariables(EXAMPLE_PROVINCE_SETTINGS, language));
  /** What i18next is given for one rendering: the defaults, the caller's parameters and the language. */
  type TranslateOptions = Record<string, unknown> & { lng: Language };
  const optionsFor = (language: Language, params: Record<string, unknown>): TranslateOptions => ({
    ...(typeof defaults === 'function' ? defaults(language) : defaults),
    ...params,
    lng: language,
  });
  // One set of options per rendering, shared by its parts (text, image, each button's title and action): a menu's
  // dozen parts each merged the defaults and parameters again.
  const translate = (key: string, options: TranslateOptions): string => {
    const text = instance.t(key, options);
    return typeof text === 'string' ? text : key;
  };
  // Resources never change inside one renderer: a rich template's shape is checked once.
  const richTemplates = new WeakMap<object, RichTemplate | null>();
  /** Whether a template is there, by language and key (`has`), at most `HELD_KEYS_LIMIT` keys a language. */
  const templatesHeld = new Map<string, Map<string, boolean>>();
  const richOf = (raw: unknown): RichTemplate | null => {
    if (raw === null || typeof raw !== 'object') return null;
    let rich = richTemplates.get(raw);
    if (rich === undefined) {
      rich = richTemplateSchema.safeParse(raw).data ?? null;
      richTemplates.set(raw, rich);
    }
    return rich;
  };

  const wordList = (key: string, language: Language): readonly string[] | null => {
    const [ns, ...rest] = key.split(':');
    const keyPath = rest.join(':');
    if (!ns || !keyPath) return null;
    const list = wordListSchema.safeParse(instance.getResource(language, ns, keyPath));
    return list.success ? list.data : null;
  };
  // Resources never change inside one renderer (a publish builds a new one), so folded lists are computed once.
  const foldedWords = new Map<string, readonly string[]>();
  const words = (key: string): readonly string[] => {
    let folded = foldedWords.get(key);
    if (!folded) {
      const phrases = languageSchema.options.flatMap((language) => wordList(key, language) ?? []);
      folded = [...new Set(phrases.map((phrase) => foldText(phrase)).filter((phrase) => phrase.length > 0))];
      foldedWords.set(key, folded);
    }
    return folded;
  };

  const t = (key: string, language: Language, params: Record<string, unknown> = {}): string => {
    const raw = findRaw(key, language);
    const options = optionsFor(language, params);
    if (raw !== null && typeof raw === 'object') return translate(`${key}.text`, options);
    return translate(key, options);
  };

  return {
    t,
    render(key, language, params = {}) {
      const raw = findRaw(key, language);
      const rich = richOf(raw);
      if (!rich) return [{ kind: 'text', text: t(key, language, params) }];
      const options = optionsFor(language, params);
      const messages: OutboundMessage[] = [];
      if (rich.image) {
        messages.push({ kind: 'image', imageUrl: translate(`${key}.image`, options) });
      }
      const buttons: Button[] = (rich.buttons ?? []).map((button, index) => {
        const title = translate(`${key}.buttons.${index}.title`, options);
        if (button.url)
          return { title, action: { type: 'url', url: translate(`${key}.buttons.${index}.url`, options) } };
        if (button.phone)
          return { title, action: { type: 'phone', phone: translate(`${key}.buttons.${index}.phone`, options) } };
        return { title, action: { type: 'query', payload: translate(`${key}.buttons.${index}.payload`, options) } };
      });
      const text = translate(`${key}.text`, options);
      messages.push(buttons.length > 0 ? { kind: 'text', text, buttons } : { kind: 'text', text });
      return messages;
    },
    has(key, language) {
      // Resources never change inside one renderer: asked again and again (routing asks it of every flow it may
      // offer), each key is looked up once per language.
      let byKey = templatesHeld.get(language);
      if (byKey === undefined) {
        byKey = new Map();
        templatesHeld.set(language, byKey);
      }
      const known = byKey.get(key);
      if (known !== undefined) return known;
      const [ns, ...rest] = key.split(':');
      const keyPath = rest.join(':');
      const raw: unknown = ns && keyPath ? instance.getResource(language, ns, keyPath) : undefined;
      const held = Boolean(ns && keyPath) && (typeof raw === 'string' || richTemplateSchema.safeParse(raw).success);
      if (byKey.size >= HELD_KEYS_LIMIT) byKey.clear();
      byKey.set(key, held);
      return held;
    },
    wordList,
    words,
    namespaces: () => namespaces,
    languages: () => languageSchema.options.filter((language) => resources[language] !== undefined),
  };
}

export interface ReloadingTemplateRendererOptions {
  /** Shipped templates, the base under the stored ones. */
  templatesDir?: string;
  /** Loads the published templates (the flow store's `loadPublishedTemplates`). */
  load: () => Promise<TemplateResources>;
  /**
   * A cheap token that changes whenever the published templates may have (the live release's id): a check finding the
   * same token loads nothing, instead of every process reading and comparing every text every few seconds.
   */
  version?: () => Promise<unknown>;
  /** Minimum time between two loads, in milliseconds. Default 5000. */
  refreshMs?: number;
  clock?: () => Date;
  /** Told when a reload fails; the previous templates stay in use. */
  onError?: (error: unknown) => void;
  /** Variables every template sees (see `TemplateRendererOptions.defaults`). */
  defaults?: TemplateDefaults;
}

/** A renderer over the published templates that reloads them at most every `refreshMs`, so an admin's publish reaches every process. */
export async function createReloadingTemplateRenderer(
  options: ReloadingTemplateRendererOptions,
): Promise<TemplateRenderer> {
  const clock = options.clock ?? (() => new Date());
  const refreshMs = options.refreshMs ?? 5000;
  const files = options.templatesDir ? loadTemplateResources(options.templatesDir) : {};
  const build = (stored: TemplateResources) => {
    const merged: TemplateResources = {};
    for (const language of languageSchema.options) {
      const combined = { ...files[language], ...stored[language] };
      if (Object.keys(combined).length > 0) merged[language] = combined;
    }
    return createTemplateRenderer({ resources: merged, ...(options.defaults ? { defaults: options.defaults } : {}) });
  };
  let loadedVersion = await options.version?.();
  let stored = await options.load();
  let signature = JSON.stringify(stored);
  let inner = build(stored);
  let checkedAt = clock().getTime();
  let pending: Promise<void> | null = null;
  const reload = async () => {
    try {
      // Marked loaded only once the load succeeded: a failed one is tried again at the next check.
      const version = await options.version?.();
      if (options.version && version === loadedVersion) return;
      stored = await options.load();
      loadedVersion = version;
      const next = JSON.stringify(stored);
      if (next !== signature) {
        signature = next;
        inner = build(stored);
      }
    } catch (error) {
      options.onError?.(error);
    }
  };
  return {
    render: (key, language, params) => inner.render(key, language, params),
    t: (key, language, params) => inner.t(key, language, params),
    has: (key, language) => inner.has(key, language),
    wordList: (key, language) => inner.wordList(key, language),
    words: (key) => inner.words(key),
    namespaces: () => inner.namespaces(),
    languages: () => inner.languages(),
    async refresh() {
      const now = clock().getTime();
      if (now - checkedAt < refreshMs) return;
      checkedAt = now;
      pending ??= reload().finally(() => {
        pending = null;
      });
      await pending;
    },
  };
}
