/** Payload of a flow button going to a step: `#go:<flow>/<step>`. */
export const GOTO_PAYLOAD = '#go:';
/** Payload of a flow button starting a flow: `#flow:<flow>`. */
export const FLOW_PAYLOAD = '#flow:';
