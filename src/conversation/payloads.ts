/** Payload of a flow button going to a step: `#go:<flow>/<step>`. */
export const GOTO_PAYLOAD = '#go:';
/** Payload of a flow button starting a flow: `#flow:<flow>`. */
export const FLOW_PAYLOAD = '#flow:';
/** Payload prefix of choice buttons (`#choice:<value>`), also used by yes/no buttons. */
export const CHOICE_PAYLOAD = '#choice:';
/** Payload of the skip button of a question. */
export const SKIP_PAYLOAD = '#skip';
/** Payload of the done button while photos are collected. */
export const DONE_PAYLOAD = '#done';
/** Payload of the "back to the question" button of a "did you mean" asked in the middle of a question. */
export const BACK_PAYLOAD = '#back';
/** Payload of the way out of a "did you mean" between conversations: none of the flows offered is meant. */
export const NOT_MEANT_PAYLOAD = '#not_meant';
/** Payloads of the offer to resume a flow kept aside (`resume.ts`): resume it, or drop it. */
export const RESUME_PAYLOAD = '#resume';
export const RESUME_DROP_PAYLOAD = '#resume_drop';
/** Payload of the choice to drop a kept flow and start the same flow afresh (the citizen asked for it anew). */
export const RESUME_FRESH_PAYLOAD = '#resume_fresh';
