// Templates as the editor sees them: a namespace's nested tree flattened to "a.b.c" keys, each a text (a plain string
// or a message {text, buttons?, image?}). No relative imports: the unit test loads this file under Node's resolution.

export type TemplateTree = { [key: string]: TemplateNode };
export type TemplateNode = string | TemplateMessage | TemplateTree;
export interface TemplateMessage {
  text: string;
  buttons?: Array<{ title: string; payload?: string; url?: string; phone?: string }>;
  image?: string;
}

function isMessage(node: TemplateNode): node is TemplateMessage {
  return typeof node === 'object' && typeof (node as { text?: unknown }).text === 'string';
}

/** Every text of the tree by its dotted key, in the tree's order. */
export function flattenTemplates(tree: TemplateTree, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, node] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof node === 'string') texts.set(path, node);
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
    return { ...tree, [head]: node !== undefined && isMessage(node) ? { ...node, text } : text };
  }
  const child = node !== undefined && typeof node === 'object' && !isMessage(node) ? node : {};
  return { ...tree, [head]: withText(child, rest.join('.'), text) };
}

/** The {{placeholders}} a text fills in, sorted and without repeats. */
export function placeholdersOf(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}
