// Templates as the editor sees them: a namespace's nested tree flattened to "a.b.c" keys, each a text (a plain string
// or a message {text, buttons?, image?}) or a word list (an array of strings, edited one entry per line: the
// vocabularies of the `words` namespace, whose lists differ from language to language and are not translations). No relative imports: the unit test loads this file under Node's resolution.

export type TemplateTree = { [key: string]: TemplateNode };
export type TemplateNode = string | string[] | TemplateMessage | TemplateTree;
export interface TemplateMessage {
  text: string;
  buttons?: Array<{ title: string; payload?: string; url?: string; phone?: string }>;
  image?: string;
}

function isMessage(node: TemplateNode): node is TemplateMessage {
  return typeof node === 'object' && !Array.isArray(node) && typeof (node as { text?: unknown }).text === 'string';
}

function isWordList(node: TemplateNode | undefined): node is string[] {
  return Array.isArray(node);
}

/** Whether `key` names a word list (one entry per line) rather than a text. */
export function isWordListKey(tree: TemplateTree, key: string): boolean {
  let node: TemplateNode | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node !== 'object' || Array.isArray(node) || isMessage(node)) return false;
    node = node[part];
  }
  return isWordList(node);
}

/** Every text of the tree by its dotted key, in the tree's order. */
export function flattenTemplates(tree: TemplateTree, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, node] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof node === 'string') texts.set(path, node);
    else if (isWordList(node)) texts.set(path, node.join('\n'));
    else if (isMessage(node)) texts.set(path, node.text);
    else for (const [inner, text] of flattenTemplates(node, `${path}.`)) texts.set(inner, text);
  }
  return texts;
}

/** A copy of the tree with the text at `key` replaced (a message keeps its buttons and image), created if missing. */
export function withText(tree: TemplateTree, key: string, text: string): TemplateTree {
  const [head, ...rest] = key.split('.');
  if (head === undefined) return tree;
  const node = tree[head];
  if (rest.length === 0) {
    if (isWordList(node)) return { ...tree, [head]: wordListOf(text) };
    return { ...tree, [head]: node !== undefined && isMessage(node) ? { ...node, text } : text };
  }
  const child = node !== undefined && typeof node === 'object' && !isMessage(node) && !isWordList(node) ? node : {};
  return { ...tree, [head]: withText(child, rest.join('.'), text) };
}

/** A word list's entries from its text, one per line, kept as typed (blank lines too, until saved). */
function wordListOf(text: string): string[] {
  return text.split('\n');
}

/** The tree as saved: word lists without blank entries, and their entries trimmed. */
export function withoutBlankEntries(tree: TemplateTree): TemplateTree {
  const clean = (node: TemplateNode): TemplateNode => {
    if (isWordList(node)) return node.map((entry) => entry.trim()).filter((entry) => entry !== '');
    if (typeof node === 'string' || isMessage(node)) return node;
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, clean(child)]));
  };
  return clean(tree) as TemplateTree;
}

/**
 * Placeholders any text may use or leave out in either language: the province's details (`province.*`) and the form
 * of address (`you`, `You`), which only Vietnamese needs. The server fills them in every text from the province's
 * settings, so a translation without them loses nothing.
 */
export function isProvincePlaceholder(name: string): boolean {
  return name.startsWith('province.') || name === 'you' || name === 'You';
}

/** The placeholders that carry the conversation's data (a code, a date, a ticket): a translation must keep them. */
export function dataPlaceholdersOf(text: string): string[] {
  return placeholdersOf(text).filter((name) => !isProvincePlaceholder(name));
}

/** The {{placeholders}} a text fills in, sorted and without repeats. */
export function placeholdersOf(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}
