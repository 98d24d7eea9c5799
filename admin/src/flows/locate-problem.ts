import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

// No relative imports: the unit test loads this file under Node's module resolution too.

export interface TextRange {
  from: number;
  to: number;
}

export interface ProblemLike {
  kind: string;
  code?: string;
  params?: Record<string, string | number>;
  step?: string;
  message: string;
}

export interface ParsedDraft {
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** YAML syntax errors, located; the server would report them as one unlocated `schema` problem. */
  syntaxErrors: Array<TextRange & { message: string; code: string; line: number; col: number }>;
}

export function parseDraft(text: string): ParsedDraft {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxErrors = document.errors.map((error) => ({
    from: error.pos[0],
    to: Math.max(error.pos[1], error.pos[0]),
    message: error.message,
    // The library's code (`DUPLICATE_KEY`, `BAD_INDENT`…) and where, for the editor to say it in the UI's language.
    code: error.code,
    ...lineCounter.linePos(error.pos[0]),
  }));
  return { document, lineCounter, syntaxErrors };
}

/**
 * Where in the YAML text a validator problem points: the field a schema problem names ("steps.ask.template: …"), or
 * the nearest of its parents that exists, else the problem's step; null when it names no place (the editor lists it
 * without a mark). The range is the key of the field, or the item of a list.
 */
export function locateProblem(document: Document.Parsed, problem: ProblemLike): TextRange | null {
  const paths: Array<Array<string | number>> = [];
  if (problem.kind === 'schema') {
    const named = /^([^\s:]+): /.exec(problem.message)?.[1];
    if (named && named !== '(root)') {
      const path = named.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
      for (let length = path.length; length > 0; length -= 1) paths.push(path.slice(0, length));
    }
  }
  // A trigger named by its position from 1 (`regex_invalid`).
  const trigger = problem.params?.trigger;
  if (typeof trigger === 'number') paths.push(['triggers', trigger - 1]);
  if (problem.step !== undefined) paths.push(['steps', problem.step]);
  for (const path of paths) {
    const range = rangeOf(document, path);
    if (range) return range;
  }
  return null;
}

/** The line (from 1) a problem points at in the draft, or undefined when it names no place there. */
export function problemLine(draft: ParsedDraft, problem: ProblemLike): number | undefined {
  const range = locateProblem(draft.document, problem);
  return range ? draft.lineCounter.linePos(range.from).line : undefined;
}

function rangeOf(document: Document.Parsed, path: Array<string | number>): TextRange | null {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
    const key = pair?.key;
    if (isNode(key) && key.range) return { from: key.range[0], to: key.range[1] };
  }
  if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last];
    if (isNode(item) && item.range) return { from: item.range[0], to: item.range[1] };
  }
  return null;
}
