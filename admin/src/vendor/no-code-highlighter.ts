// Stands in for shiki in codemirror-json-schema (see vite.config.ts): it highlights code blocks in schema
// descriptions, which the flow schema has none of, and would add ~400 kB and need 'wasm-unsafe-eval' in our CSP.
// Descriptions still render as markdown, code blocks as plain text.

export function createHighlighterCore(): Promise<never> {
  return new Promise<never>(() => undefined);
}

export function fromHighlighter(): () => void {
  return () => undefined;
}
