import type { FlowDefinition } from './flow-schema.js';
import type { IntentMatcher } from './intent-matcher.js';
import { foldText } from './text.js';
import { getPath, setPath, type Variables } from './variables.js';
import { containsPhraseOf, type WordSource } from './vocabulary.js';

/**
 * A first message may already be what a flow would ask for: "đường ở thôn 3 bị sụt lún" starts the feedback flow and
 * is its description. A flow that declares `carry_message` receives such a message as typed, and can skip its
 * question; "phản ánh" or "tôi muốn gửi phản ánh" only name the flow and are not carried, nor is a wish to report
 * with its subject alone ("tôi muốn phản ánh đường ngập nước", "I want to report a broken street light"): the citizen
 * is about to tell the rest, which the flow then asks for (the message stays its hint, `carry_words`).
 */

/** Topic words left once the flow's keywords are cut out: this many make a description. */
const MIN_TOPIC_WORDS = 3;
/**
 * After a wish ("tôi muốn …", "I want to …": `words:understanding.wish`), this many: the subject with a little more
 * than a name ("đường ngập nước ở phố Lý Thái Tổ"), where the subject alone ("đường ngập nước") announces the report.
 */
const MIN_TOPIC_WORDS_AFTER_WISH = 5;
/** Phrases by which a message announces what the citizen wants to do rather than tells it. */
export const WISH_WORDS = 'words:understanding.wish';
/** Shorter messages describe nothing (the feedback flow asks for at least ten characters). */
const MIN_LENGTH = 10;

/**
 * The flow's variables with the message carried into `carry_message`, when the flow declares it, nothing is there
 * yet, and the message says more than the flow's keywords (after filler and question words; more still after a
 * wish); and into `carry_words` when it says anything beyond them (a hint, not an answer: "phản ánh đèn đường hỏng"
 * names the feedback's field). Pure.
 */
export function carryMessage(
  flow: FlowDefinition,
  text: string,
  variables: Variables,
  matcher: Pick<IntentMatcher, 'analyse'>,
  words: WordSource,
): Variables {
  const message = text.trim();
  if (message.startsWith('#')) return variables;
  const topicWords = topicWordCount(flow, message, matcher);
  let carried = variables;
  const hint = flow.carry_words;
  if (hint !== undefined && topicWords > 0 && getPath(carried, hint) === undefined)
    carried = setPath(carried, hint, message);
  const path = flow.carry_message;
  if (path === undefined || [...message].length < MIN_LENGTH || getPath(carried, path) !== undefined) return carried;
  const least = containsPhraseOf(message, WISH_WORDS, words) ? MIN_TOPIC_WORDS_AFTER_WISH : MIN_TOPIC_WORDS;
  return topicWords >= least ? setPath(carried, path, message) : carried;
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
