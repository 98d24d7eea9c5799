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
  /** (direct + asked) / total. */
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

export function evaluateUnderstanding(
  messages: readonly { text: string; expected: string }[],
  ctx: RoutingContext,
): UnderstandingReport {
  let direct = 0;
  let asked = 0;
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
    if (isDirect) direct += 1;
    else if (isAsked) asked += 1;
    if (expected === 'none') {
      if (routing.kind === 'flow') outOfScopeRouted.push(`${text} → ${routing.flowId}`);
    } else {
      inScope += 1;
      if (routing.kind === 'none') inScopeFallbacks += 1;
    }
    const stats = (perIntent[expected] ??= { total: 0, correct: 0 });
    stats.total += 1;
    if (isDirect || isAsked) stats.correct += 1;
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
    accuracy: total === 0 ? 0 : (direct + asked) / total,
    fallbackRate: inScope === 0 ? 0 : inScopeFallbacks / inScope,
    askRate: total === 0 ? 0 : asks / total,
    outOfScopeRouted,
    perIntent,
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count),
    failures,
  };
}
