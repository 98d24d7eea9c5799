/** What flow validation reports: a list of these, never an exception. */
export type FlowProblemKind =
  | 'schema'
  | 'unknown_step'
  | 'unreachable_step'
  | 'unknown_action'
  | 'unknown_input_type'
  | 'unknown_argument'
  | 'missing_argument'
  | 'missing_template'
  | 'missing_words'
  | 'word_conflict'
  | 'too_many_buttons'
  | 'no_exit'
  | 'unknown_flow'
  | 'invalid_regex'
  | 'unknown_payload'
  | 'duplicate_flow';

/** One thing wrong with a flow; validation collects them all instead of stopping at the first. */
export interface FlowProblem {
  kind: FlowProblemKind;
  flowId: string;
  step?: string;
  message: string;
}
