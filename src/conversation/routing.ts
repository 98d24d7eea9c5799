import type { FlowDefinition } from './flow-schema.js';
import type { RankedIntents } from './intent-matcher.js';
import type { Variables } from './variables.js';

/** Where a text message goes, and why. */
export type Routing = (
  | {
      kind: 'flow';
      flowId: string;
      variables: Variables;
      /**
       * A trigger that is sure (payload, pattern, the whole message a keyword), values found, examples, a loose
       * keyword, or the classifier's reading over the matcher's (`understanding-classifier.ts`).
       */
      via: 'trigger' | 'entity' | 'examples' | 'keyword' | 'classifier';
      /**
       * Values found and little else: the message is the value alone, or the value and a few words that ask for this
       * flow ("mst 2300900005"). Such a message is no answer to a question asking for words (a procedure to search).
       */
      plainValue?: boolean;
    }
  /** Close to several flows (or not quite sure of one): the citizen is asked, a button per flow. */
  | { kind: 'ask'; choices: { flow: FlowDefinition; variables: Variables }[] }
  /** Nothing fits; `offTopic`: the message is about a subject no flow serves (gold prices, the weather…). */
  | { kind: 'none'; offTopic?: boolean }
) & {
  /** What the matcher thought: the flows near enough to matter, any flow's confidence (none when a trigger decided). */
  ranked: RankedIntents;
  /**
   * The message is one of the examples of the flow started (or of each flow asked about), its words folded: what an
   * admin taught stands, whatever the classifier reads.
   */
  example?: true;
};
