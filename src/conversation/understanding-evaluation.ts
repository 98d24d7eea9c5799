import type { FlowDefinition } from './flow-schema.js';
import type { TemplateRenderer } from './template-renderer.js';
import type { RoutingContext } from './understanding.js';
import { routeMessage } from './understanding.js';

/**
 * Measures understanding on labelled messages (`expected`: a flow id, or `none` for out of scope): how many reach
 * their flow at once, how many through a "did you mean" that offers it, which flows are confused, how many in-scope
 * messages end in the fallback and whether an out-of-scope one started a flow. Used by the accuracy test and
 * `npm run bench -- understanding`.
 */
export interface UnderstandingReport {
  total: number;
  /** Reached the expected flow at once (or, out of scope, nothing). */
  direct: number;
  /** Reached it through a "did you mean" that offers it. */
  asked: number;
  /**
   * Reached it through a button of the first question of the flow the message started ("Hồ sơ của tôi" asks for the
   * phone number and offers "Tra cứu bằng mã hồ sơ"): one tap away, like a "did you mean". Not through a menu.
   */
  offered: number;
  /** (direct + asked + offered) / total. */
  accuracy: number;
  /** In-scope messages that ended in the fallback, as a share of the in-scope ones. */
  fallbackRate: number;
  /** Share of all messages answered with a "did you mean". */
  askRate: number;
  /** Out-of-scope messages that started a flow. */
  outOfScopeRouted: string[];
  perIntent: Record<string, { total: number; correct: number }>;
  /** expected → got (a flow id, `ask:<ids>` or `none`), most frequent first. */
  confusions: { expected: string; got: string; count: number; examples: string[] }[];
  failures: { text: string; expected: string; got: string }[];
}

/** A first question offering more flows than this is a menu, not an alternative to the flow it asks for. */
const MAX_ALTERNATIVES = 2;

export function evaluateUnderstanding(
  messages: readonly { text: string; expected: string }[],
  ctx: RoutingContext,
  /** The texts the flows' questions are rendered from: without them, first questions' buttons are not counted. */
  templates?: Pick<TemplateRenderer, 'render'>,
): UnderstandingReport {
  let direct = 0;
  let asked = 0;
  let offered = 0;
  const opening = new Map<string, string[]>();
  const openingOffers = (flowId: string) => {
    let offers = opening.get(flowId);
    if (!offers) {
      const flow = ctx.flows.find((f) => f.flow.id === flowId)?.flow;
      offers = flow && templates ? firstQuestionOffers(flow, ctx, templates) : [];
      // A menu (the welcome, the main menu, help) offers everything: no credit for landing there.
      if (offers.length > MAX_ALTERNATIVES) offers = [];
      opening.set(flowId, offers);
    }
    return offers;
  };
  let asks = 0;
  let inScope = 0;
  let inScopeFallbacks = 0;
  const outOfScopeRouted: string[] = [];
  const perIntent: UnderstandingReport['perIntent'] = {};
  const confusions = new Map<string, { expected: string; got: string; count: number; examples: string[] }>();
  const failures: UnderstandingReport['failures'] = [];
  for (const { text, expected } of messages) {
    const routing = routeMessage(text, ctx);
    const got =
      routing.kind === 'flow'
        ? routing.flowId
        : routing.kind === 'ask'
          ? `ask:${routing.choices.map((c) => c.flow.id).join('+')}`
          : 'none';
    if (routing.kind === 'ask') asks += 1;
    const isDirect = got === expected;
    const isAsked = routing.kind === 'ask' && routing.choices.some((c) => c.flow.id === expected);
    const isOffered = routing.kind === 'flow' && !isDirect && openingOffers(routing.flowId).includes(expected);
    if (isDirect) direct += 1;
    else if (isAsked) asked += 1;
    else if (isOffered) offered += 1;
    if (expected === 'none') {
      if (routing.kind === 'flow') outOfScopeRouted.push(`${text} → ${routing.flowId}`);
    } else {
      inScope += 1;
      if (routing.kind === 'none') inScopeFallbacks += 1;
    }
    const stats = (perIntent[expected] ??= { total: 0, correct: 0 });
    stats.total += 1;
    if (isDirect || isAsked || isOffered) stats.correct += 1;
    else {
      failures.push({ text, expected, got });
      const key = `${expected}→${got}`;
      const confusion = confusions.get(key) ?? { expected, got, count: 0, examples: [] };
      confusion.count += 1;
      if (confusion.examples.length < 3) confusion.examples.push(text);
      confusions.set(key, confusion);
    }
  }
  const total = messages.length;
  return {
    total,
    direct,
    asked,
    offered,
    accuracy: total === 0 ? 0 : (direct + asked + offered) / total,
    fallbackRate: inScope === 0 ? 0 : inScopeFallbacks / inScope,
    askRate: total === 0 ? 0 : asks / total,
    outOfScopeRouted,
    perIntent,
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count),
    failures,
  };
}

/**
 * The flows a flow's first question offers by a button, as a citizen who typed no value sees it: from the first step,
 * branches take their default, until a question or the end; a step calling an outside system stops the walk (what
 * it answers is not known here).
 */
export function firstQuestionOffers(
  flow: FlowDefinition,
  ctx: RoutingContext,
  templates: Pick<TemplateRenderer, 'render'>,
): string[] {
  const offers = new Set<string>();
  const payloads: string[] = [];
  const seen = new Set<string>();
  let stepId: string | undefined = flow.start;
  while (stepId !== undefined && !seen.has(stepId)) {
    seen.add(stepId);
    const step: FlowDefinition['steps'][string] | undefined = flow.steps[stepId];
    if (!step) break;
    if (step.type === 'branch') stepId = step.else;
    else if (step.type === 'set' || step.type === 'goto') stepId = step.next;
    else if (step.type === 'say' || step.type === 'ask' || step.type === 'end') {
      const template = 'template' in step ? step.template : undefined;
      for (const message of template ? templates.render(template, ctx.language) : []) {
        if (message.kind !== 'text') continue;
        for (const button of message.buttons ?? []) {
          if (button.action.type === 'query') payloads.push(button.action.payload);
        }
      }
      for (const button of 'buttons' in step ? (step.buttons ?? []) : []) {
        if (button.flow) offers.add(button.flow);
        if (button.payload) payloads.push(button.payload);
      }
      stepId = step.type === 'say' ? step.next : undefined;
    } else break;
  }
  for (const payload of payloads) {
    const routing = routeMessage(payload, ctx);
    if (routing.kind === 'flow' && routing.flowId !== flow.id) offers.add(routing.flowId);
  }
  return [...offers];
}
