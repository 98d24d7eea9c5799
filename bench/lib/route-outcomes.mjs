// Every labelled message's full routing outcome, one JSON line each, to compare two builds of the router: a change
// made for speed must route every message exactly as before. Run it with the compiled code of each build (tsc's output,
// as `npm run bench -- understanding` times it) from one checkout's directory (the flows and texts read are its own),
// then compare the two files (`cmp`; `node bench/lib/route-outcomes.mjs --diff a b` shows the first lines that differ):
//
//   node bench/lib/route-outcomes.mjs <compiled dir> <sizes, e.g. 23,100> <messages JSON (texts)> <out .jsonl>
//
// Per release size (the shipped flows, then the bench's synthetic ones) and message: `routeMessage` between
// conversations and mid-question (kind, flow, way, values, choices and their values, off-topic), the matcher's ranking
// (the near list as far as it is promised, and every flow's confidence), the miss an admin would be shown, the
// matcher's analysis (tokens, topic, negation, question, off-topic, contact, advert), its asks, cues and known topic,
// and the classifier's three best readings with their probabilities to the last bit. Then the example checks
// (`checkExamples`) of the release. Held-out messages are written like the others: compare the files, never read them.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { releaseFlows } from './synthetic-release.mjs';

/** The ranking's near list is promised down to this confidence, and at least this many flows (`RankedIntents`). */
const NEAR_FLOOR = 0.2;
const NEAR_AT_LEAST = 8;

if (process.argv[2] === '--diff') {
  const [a, b] = process.argv.slice(3).map((file) => fs.readFileSync(file, 'utf8').split('\n'));
  let shown = 0;
  for (let i = 0; i < Math.max(a.length, b.length) && shown < 5; i += 1) {
    if (a[i] === b[i]) continue;
    shown += 1;
    console.log(`line ${i + 1}:\n- ${a[i]}\n+ ${b[i]}`);
  }
  console.log(shown === 0 ? `identical (${a.length} lines)` : 'differ');
  process.exit(shown === 0 ? 0 : 1);
}

const [compiled, sizesArg, messagesFile, outFile] = process.argv.slice(2);
const load = (file) => import(pathToFileURL(path.resolve(compiled, file)).href);
const conversation = await load('conversation/index.js');
const { classifierFor } = await load('conversation/understanding-classifier.js');
const { understandingMissPayload } = await load('conversation/understanding-misses.js');
const { createShippedInputTypes } = await load('shipped-input-types.js');
const {
  checkExamples,
  createTemplateRenderer,
  flowDefinitionSchema,
  intentMatcherFor,
  loadFlowsFromDir,
  routeMessage,
} = conversation;

const messages = JSON.parse(fs.readFileSync(messagesFile, 'utf8'));
const shipped = loadFlowsFromDir(path.resolve('flows')).flows;
const templates = createTemplateRenderer({ templatesDir: path.resolve('templates') });
const inputs = createShippedInputTypes();
const out = fs.openSync(outFile, 'w');
const write = (value) => fs.writeSync(out, `${JSON.stringify(value)}\n`);

/** The ranking as a list (builds before the near list) or as the near list and a lookup. */
const nearOf = (ranked) => (Array.isArray(ranked) ? ranked : ranked.near);
const confidenceOf = (ranked, flowId) =>
  Array.isArray(ranked) ? (ranked.find((r) => r.flowId === flowId)?.confidence ?? 0) : ranked.confidence(flowId);
const ranking = (ranked, flowIds) => ({
  near: nearOf(ranked).filter((r, i) => i < NEAR_AT_LEAST || r.confidence >= NEAR_FLOOR),
  confidences: flowIds.map((flowId) => confidenceOf(ranked, flowId)),
});
const routingOf = (routing, flowIds) => ({
  kind: routing.kind,
  flowId: routing.flowId,
  via: routing.via,
  plainValue: routing.plainValue,
  offTopic: routing.offTopic,
  variables: routing.variables,
  choices: routing.choices?.map((c) => ({ flow: c.flow.id, variables: c.variables })),
  ranking: ranking(routing.ranked, flowIds),
  miss: understandingMissPayload(
    'x',
    routing.kind === 'ask' ? 'asked' : 'fallback',
    'vi',
    routing.ranked,
    inputs,
    routing.choices?.map((c) => c.flow.id) ?? [],
  ).candidates,
});

/** The classifier's three best; its two best read alone (builds that have them) must be the same two. */
function classifierReading(classifier, text) {
  const best = classifier?.classify(text).slice(0, 3);
  if (classifier?.twoBest && JSON.stringify(classifier.twoBest(text)) !== JSON.stringify(best.slice(0, 2)))
    throw new Error(`twoBest differs from classify for message ${JSON.stringify(text)}`);
  return best;
}

for (const size of sizesArg.split(',').map(Number)) {
  const flows = releaseFlows(shipped, size, flowDefinitionSchema);
  const flowIds = flows.map((flow) => flow.id).sort();
  const versioned = flows.map((flow) => ({ flow, version: 1 }));
  const ctx = { flows: versioned, words: templates, inputs, language: 'vi' };
  const matcher = intentMatcherFor(versioned, templates);
  const { classifier } = classifierFor(versioned, inputs);
  messages.forEach((text, index) => {
    const match = matcher.match(text);
    const { analysis } = match;
    write({
      size,
      index,
      routing: routingOf(routeMessage(text, ctx), flowIds),
      midQuestion: routingOf(routeMessage(text, { ...ctx, midQuestion: true }), flowIds),
      match: {
        tokens: analysis.tokens.map((t) => [t.word, t.surface, t.topical, t.clause]),
        topic: analysis.topic,
        flags: [analysis.negated, analysis.question, analysis.offTopic, analysis.contact, analysis.advert],
        asked: match.asked,
        ranking: ranking(match.ranked, flowIds),
        cued: matcher.cued(analysis),
        cuesHeld: matcher.cuesHeld(analysis),
        cuesOutsideOffTopic: matcher.cuesOutsideOffTopic(analysis),
        topicKnown: matcher.topicKnown(analysis),
      },
      // Probabilities as written by JSON: to the last bit.
      classifier: classifierReading(classifier, text),
    });
  });
  write({ size, checkExamples: checkExamples(flows, templates) });
}
fs.closeSync(out);
