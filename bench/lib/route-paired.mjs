// Two builds of the router timed in one process, for a machine shared with other work: each message is routed by one
// build then the other (the order swapped every round and message), and each build's fastest round per message is
// kept, so both meet the same load at nearly the same moment. Run it with the compiled code of each build (tsc's
// output, as `npm run bench -- understanding` times it) from one checkout's directory (the flows and texts read are its
// own), then once more with the builds swapped (the second of a pair runs a few per cent faster):
//
//   node bench/lib/route-paired.mjs <compiled dir A> <compiled dir B> <flows> <rounds> <messages JSON (texts)>
//
// Prints each message's fastest round, A → B, at p50, p90 and p99: all messages, those of 150 characters or more and
// those under 60.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { releaseFlows } from './synthetic-release.mjs';

const [first, second, sizeArg, roundsArg, messagesFile] = process.argv.slice(2);
const messages = JSON.parse(fs.readFileSync(messagesFile, 'utf8'));

/** A build's router for the release of `sizeArg` flows, its matcher and classifier made before timing. */
async function routerOf(compiled) {
  const load = (file) => import(pathToFileURL(path.resolve(compiled, file)).href);
  const { createTemplateRenderer, flowDefinitionSchema, loadFlowsFromDir, routeMessage } =
    await load('conversation/index.js');
  const { classifierFor } = await load('conversation/understanding-classifier.js');
  const { createShippedInputTypes } = await load('shipped-input-types.js');
  const shipped = loadFlowsFromDir(path.resolve('flows')).flows;
  const templates = createTemplateRenderer({ templatesDir: path.resolve('templates') });
  const inputs = createShippedInputTypes();
  const versioned = releaseFlows(shipped, Number(sizeArg), flowDefinitionSchema).map((flow) => ({ flow, version: 1 }));
  const ctx = { flows: versioned, words: templates, inputs, language: 'vi' };
  classifierFor(versioned, inputs);
  routeMessage('khởi động', ctx);
  return (text) => routeMessage(text, ctx);
}

const routers = [await routerOf(first), await routerOf(second)];
const fastest = routers.map(() => messages.map(() => Number.POSITIVE_INFINITY));
const timeOne = (build, index) => {
  const start = performance.now();
  routers[build](messages[index]);
  const micros = (performance.now() - start) * 1000;
  if (micros < fastest[build][index]) fastest[build][index] = micros;
};
for (let round = 0; round < Number(roundsArg); round += 1) {
  for (let index = 0; index < messages.length; index += 1) {
    const one = (round + index) % 2;
    timeOne(one, index);
    timeOne(1 - one, index);
  }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)] ?? 0;
};
const parts = [
  ['all', () => true],
  ['≥ 150 chars', (text) => text.length >= 150],
  ['< 60 chars', (text) => text.length < 60],
];
for (const [name, holds] of parts) {
  const [a, b] = fastest.map((times) => times.filter((_, index) => holds(messages[index])));
  if (a.length === 0) continue;
  const at = (p) => `p${p} ${percentile(a, p).toFixed(0)} → ${percentile(b, p).toFixed(0)} µs`;
  console.log(
    `${name.padEnd(12)} ${String(a.length).padStart(6)} messages, fastest round: ${[50, 90, 99].map(at).join(', ')}`,
  );
}
