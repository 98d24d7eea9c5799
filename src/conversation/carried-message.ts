import type { FlowDefinition } from './flow-schema.js';
import type { IntentMatcher } from './intent-matcher.js';
import { foldText } from './text.js';
import { getPath, setPath, type Variables } from './variables.js';

/**
 * A first message may already be what a flow would ask for: "đường ở thôn 3 bị sụt lún" starts the feedback flow and
 * is its description. A flow that declares `carry_message` receives such a message as typed, and can skip its
 * question; "phản ánh" or "tôi muốn gửi phản ánh" only name the flow and are not carried.
 */

/** Topic words left once the flow's keywords are cut out: this many make a description. */
const MIN_TOPIC_WORDS = 3;
/** Shorter messages describe nothing (the feedback flow asks for at least ten characters). */
const MIN_LENGTH = 10;

/**
 * The flow's variables with the message carried into `carry_message`, when the flow declares it, nothing is there
 * yet, and the message says more than the flow's keywords (after filler and question words); and into `carry_words`
 * when it says anything beyond them (a hint, not an answer: "phản ánh đèn đường hỏng" names the feedback's field).
 * Pure.
 */
export function carryMessage(
  flow: FlowDefinition,
  text: string,
  variables: Variables,
  matcher: Pick<IntentMatcher, 'analyse'>,
): Variables {
  const message = text.trim();
  if (message.startsWith('#')) return variables;
  const words = topicWordCount(flow, message, matcher);
  let carried = variables;
  const hint = flow.carry_words;
  if (hint !== undefined && words > 0 && getPath(carried, hint) === undefined)
    carried = setPath(carried, hint, message);
  const path = flow.carry_message;
  if (path === undefined || [...message].length < MIN_LENGTH || getPath(carried, path) !== undefined) return carried;
  return words >= MIN_TOPIC_WORDS ? setPath(carried, path, message) : carried;
}

/** How many topic words a message holds once the flow's keywords, filler and question words are set aside. */
function topicWordCount(flow: FlowDefinition, message: string, matcher: Pick<IntentMatcher, 'analyse'>): number {
  if (flow.carry_message === undefined && flow.carry_words === undefined) return 0;
  let rest = ` ${foldText(message)} `;
  const keywords = flow.triggers
    .flatMap((trigger) => (trigger.type === 'keywords' ? trigger.values : []))
    .map((keyword) => foldText(keyword))
    .filter((keyword) => keyword.length > 0)
    .sort((a, b) => b.length - a.length);
  for (const keyword of keywords) rest = rest.split(` ${keyword} `).join(' ');
  const topic = matcher.analyse(rest.trim()).topic.trim();
  return topic.length === 0 ? 0 : topic.split(/\s+/).length;
}
