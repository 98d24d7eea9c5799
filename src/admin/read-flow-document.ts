import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { FlowProblem } from '../conversation/index.js';

const MAX_FLOW_TEXT_LENGTH = 200_000;

/** YAML wrapped in JSON, for clients that only speak JSON (the admin UI). */
const wrappedYamlSchema = z.object({ yaml: z.string().max(MAX_FLOW_TEXT_LENGTH) }).strict();

/** A flow as sent by a client: YAML text (a YAML content type, or JSON `{yaml}`) or the flow as a JSON object. */
export const flowDocumentSchema = z.union([
  z.string().max(MAX_FLOW_TEXT_LENGTH),
  wrappedYamlSchema,
  // A flow has no `yaml` key: an object with one is a wrapped YAML of the wrong type (400), not a flow to validate.
  z
    .record(z.string(), z.unknown())
    .refine((flow) => !('yaml' in flow), { message: '`yaml` must be the flow as YAML text, alone', path: ['yaml'] }),
]);
export type FlowDocument = z.infer<typeof flowDocumentSchema>;

/** Raw flow data plus the YAML text it came from (kept as the version's source, comments and all). */
export type ReadFlowDocument =
  { ok: true; raw: unknown; source: string | undefined } | { ok: false; problems: FlowProblem[] };

/** Turns a client's flow document into raw data for the flow store; YAML syntax errors become problems. */
export function readFlowDocument(document: FlowDocument, label: string): ReadFlowDocument {
  const wrapped = wrappedYamlSchema.safeParse(document);
  const text = typeof document === 'string' ? document : wrapped.success ? wrapped.data.yaml : null;
  if (text === null) return { ok: true, raw: document, source: undefined };
  try {
    return { ok: true, raw: parseYaml(text), source: text };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const problem: FlowProblem = {
      kind: 'schema',
      code: 'yaml_invalid',
      params: { detail: message },
      flowId: label,
      message: `not valid YAML: ${message}`,
    };
    return { ok: false, problems: [problem] };
  }
}
