import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { flowDefinitionSchema, type FlowDefinition } from './flow-schema.js';
import type { FlowProblem } from './validate-flow.js';
import { schemaProblems } from './flow-problem.js';

export interface LoadedFlows {
  flows: FlowDefinition[];
  /** Files that are not valid YAML or do not match the flow schema. */
  problems: FlowProblem[];
}

/** Parses one flow document from YAML text. */
export function parseFlowYaml(text: string, source: string): { flow: FlowDefinition | null; problems: FlowProblem[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const problem: FlowProblem = {
      kind: 'schema',
      code: 'yaml_invalid',
      params: { detail: message },
      flowId: source,
      message: `not valid YAML: ${message}`,
    };
    return { flow: null, problems: [problem] };
  }
  const parsed = flowDefinitionSchema.safeParse(raw);
  if (parsed.success) return { flow: parsed.data, problems: [] };
  return {
    flow: null,
    problems: schemaProblems(source, parsed.error.issues, raw),
  };
}

/** Reads every `*.yaml`/`*.yml` flow in a directory, in file name order. */
export function loadFlowsFromDir(flowsDir: string): LoadedFlows {
  const flows: FlowDefinition[] = [];
  const problems: FlowProblem[] = [];
  if (!fs.existsSync(flowsDir)) return { flows, problems };
  for (const file of fs.readdirSync(flowsDir).sort()) {
    if (!/\.ya?ml$/.test(file)) continue;
    const result = parseFlowYaml(fs.readFileSync(path.join(flowsDir, file), 'utf8'), file);
    if (result.flow) flows.push(result.flow);
    problems.push(...result.problems);
  }
  return { flows, problems };
}
