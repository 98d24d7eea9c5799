// No imports: the unit test loads this file under Node's resolution. The shapes are the API's (AnnouncementContent,
// AnnouncementAudience in api/schema.d.ts); the compiler checks them where the page sends them.
export type Language = 'vi' | 'en';
type Button =
  | { type: 'link'; title: string; url: string }
  | { type: 'phone'; title: string; phone: string }
  | { type: 'flow'; title: string; flow: string };
export type ButtonType = Button['type'];
interface Version {
  title: string;
  text: string;
  imageUrl?: string;
  buttons?: Button[];
}
interface Content {
  vi: Version;
  en?: Version;
}
interface Audience {
  tags?: string[];
  communes?: string[];
  topics?: string[];
  languages?: Language[];
}

export const MAX_BUTTONS = 5;

/** A button as the form holds it: one value field whatever its type (address, phone number or flow id). */
export interface ButtonForm {
  type: ButtonType;
  title: string;
  value: string;
}
export interface VersionForm {
  title: string;
  text: string;
  imageUrl: string;
  buttons: ButtonForm[];
}
export interface AudienceForm {
  tags: string[];
  communes: string[];
  topics: string[];
  languages: Language[];
}
/** What the compose screen edits: Vietnamese always, English when the official adds it. */
export interface ComposeState {
  vi: VersionForm;
  en: VersionForm | null;
  audience: AudienceForm;
}

export const emptyVersion = (): VersionForm => ({ title: '', text: '', imageUrl: '', buttons: [] });
export const emptyCompose = (): ComposeState => ({
  vi: emptyVersion(),
  en: null,
  audience: { tags: [], communes: [], topics: [], languages: [] },
});

function buttonValue(button: Button): string {
  return button.type === 'link' ? button.url : button.type === 'phone' ? button.phone : button.flow;
}

function versionForm(version: Version): VersionForm {
  return {
    title: version.title,
    text: version.text,
    imageUrl: version.imageUrl ?? '',
    buttons: (version.buttons ?? []).map((button) => ({
      type: button.type,
      title: button.title,
      value: buttonValue(button),
    })),
  };
}

export function composeStateOf(announcement: { content: Content; audience: Audience }): ComposeState {
  const { audience } = announcement;
  return {
    vi: versionForm(announcement.content.vi),
    en: announcement.content.en ? versionForm(announcement.content.en) : null,
    audience: {
      tags: audience.tags ?? [],
      communes: audience.communes ?? [],
      topics: audience.topics ?? [],
      languages: audience.languages ?? [],
    },
  };
}

function toButton(button: ButtonForm): Button {
  const title = button.title.trim();
  const value = button.value.trim();
  if (button.type === 'link') return { type: 'link', title, url: value };
  if (button.type === 'phone') return { type: 'phone', title, phone: value.replace(/[\s.-]/g, '') };
  return { type: 'flow', title, flow: value };
}

function toVersion(form: VersionForm): Version {
  const imageUrl = form.imageUrl.trim();
  return {
    title: form.title.trim(),
    text: form.text.trim(),
    ...(imageUrl ? { imageUrl } : {}),
    ...(form.buttons.length > 0 ? { buttons: form.buttons.map(toButton) } : {}),
  };
}

/** The request body: empty criteria left out (no criterion means every follower). */
export function toRequest(state: ComposeState): { content: Content; audience: Audience } {
  const { tags, communes, topics, languages } = state.audience;
  return {
    content: { vi: toVersion(state.vi), ...(state.en ? { en: toVersion(state.en) } : {}) },
    audience: {
      ...(tags.length > 0 ? { tags } : {}),
      ...(communes.length > 0 ? { communes } : {}),
      ...(topics.length > 0 ? { topics } : {}),
      ...(languages.length > 0 ? { languages } : {}),
    },
  };
}

/**
 * The version a citizen whose language is `language` reads, and the language of its placeholders' fill-ins: theirs
 * when there is one, else the Vietnamese version, filled in Vietnamese (as the server sends it: never a mix).
 */
export function versionFor(state: ComposeState, language: Language): { version: VersionForm; language: Language } {
  return language === 'en' && state.en ? { version: state.en, language: 'en' } : { version: state.vi, language: 'vi' };
}

/** The words that open a commune's name in the LGSP's catalogue: "Phường Kinh Bắc", "Xã Tân Lập", "Đặc khu Cô Tô". */
const UNIT_WORD = /^(?:Phường|Xã|Thị trấn|Đặc khu)(?=\s)/u;
/** What comes before a sentence's first word: nothing, a sentence's end and a space, or a new line. */
const SENTENCE_START = /(?:^|[.!?…]\s+|\n\s*)$/u;

/**
 * A commune's name as sending puts it in a Vietnamese sentence (the server's `communeInSentence`, a test keeps them
 * equal): unit word in lower case within a sentence, first letter a capital at a sentence's start.
 */
function communeInSentence(name: string, before: string, language: Language): string {
  if (language !== 'vi') return name;
  if (SENTENCE_START.test(before)) return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
  return name.replace(UNIT_WORD, (word) => word.toLocaleLowerCase('vi'));
}

/** The name or form of address in a sentence (the server's `nameInSentence`): a capital at a sentence's start. */
function nameInSentence(name: string, before: string, language: Language): string {
  return SENTENCE_START.test(before) ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : name;
}

/**
 * The text of `language` as a citizen reads it: `{{name}}` and `{{commune}}` filled with sample values, each cased for
 * where it stands (as the server does).
 */
export function fillSample(text: string, sample: { name: string; commune: string }, language: Language): string {
  return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string, offset: number) =>
    name === 'name'
      ? nameInSentence(sample.name, text.slice(0, offset), language)
      : name === 'commune'
        ? communeInSentence(sample.commune, text.slice(0, offset), language)
        : whole,
  );
}
