import type { FlowDefinition } from './flow-schema.js';

/** A flow definition with its immutable version number. */
export interface VersionedFlow {
  flow: FlowDefinition;
  version: number;
}

/** Where the engine reads flows: the published version of each, and any specific (pinned) version. */
export interface FlowSource {
  /** Every published flow (for triggers). */
  listPublished(): Promise<VersionedFlow[]>;
  findPublished(flowId: string): Promise<VersionedFlow | null>;
  /** A specific version, published or not (sessions pinned to it). */
  findVersion(flowId: string, version: number): Promise<FlowDefinition | null>;
}

export interface MemoryFlowSource extends FlowSource {
  /** Adds a new version of a flow and publishes it; returns its number. */
  publish(flow: FlowDefinition): number;
}

/** Flows in memory (unit tests, simulator): each `publish` adds version n+1 and publishes it. */
export function createMemoryFlowSource(initial: readonly FlowDefinition[] = []): MemoryFlowSource {
  const versions = new Map<string, FlowDefinition[]>();
  const published = new Map<string, number>();
  const publish = (flow: FlowDefinition): number => {
    const list = versions.get(flow.id) ?? [];
    list.push(flow);
    versions.set(flow.id, list);
    published.set(flow.id, list.length);
    return list.length;
  };
  for (const flow of initial) publish(flow);
  const findVersion = (flowId: string, version: number) => versions.get(flowId)?.[version - 1] ?? null;
  const findPublished = (flowId: string): VersionedFlow | null => {
    const version = published.get(flowId);
    const flow = version === undefined ? null : findVersion(flowId, version);
    return flow && version !== undefined ? { flow, version } : null;
  };
  return {
    publish,
    listPublished: () =>
      Promise.resolve([...published.keys()].map(findPublished).filter((f): f is VersionedFlow => f !== null)),
    findPublished: (flowId) => Promise.resolve(findPublished(flowId)),
    findVersion: (flowId, version) => Promise.resolve(findVersion(flowId, version)),
  };
}

/** A source where the given draft flows replace the published ones (simulating a draft before publishing). */
export function overlayFlowSource(base: FlowSource, drafts: readonly FlowDefinition[]): FlowSource {
  // Drafts get version 0 so a pinned session can never confuse them with a stored version.
  const byId = new Map(drafts.map((flow) => [flow.id, { flow, version: 0 }]));
  return {
    async listPublished() {
      const published = (await base.listPublished()).filter((f) => !byId.has(f.flow.id));
      return [...published, ...byId.values()];
    },
    findPublished: async (flowId) => byId.get(flowId) ?? base.findPublished(flowId),
    findVersion: async (flowId, version) =>
      version === 0 ? (byId.get(flowId)?.flow ?? null) : base.findVersion(flowId, version),
  };
}
