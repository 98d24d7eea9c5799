// The routing part of `npm run bench -- understanding`, run by it in a child process on the compiled code (tsc's
// output, as `node dist/main.js` runs in production: no tsx, whose `keepNames` wraps every named closure and costs about
// a third of routing's time). Arguments: the compiled directory, the release size (flows), rounds, a JSON file of the
// messages' texts, and the JSON file it writes: the release's size, build and training times, every round's time per
// message in µs (`times`), each message's fastest round (`fastest`) and the process's CPU time in µs. The bench
// summarises them.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { releaseFlows } from './synthetic-release.mjs';

const [compiled, sizeArg, roundsArg, messagesFile, outFile] = process.argv.slice(2);
const load = (file) => import(pathToFileURL(path.join(compiled, file)).href);
const { createFlowIntentMatcher, createTemplateRenderer, flowDefinitionSchema, loadFlowsFromDir, routeMessage } =
  await load('conversation/index.js');
const { classifierFor } = await load('conversation/understanding-classifier.js');
const { createShippedInputTypes } = await load('shipped-input-types.js');

const size = Number(sizeArg);
const rounds = Number(roundsArg);
const messages = JSON.parse(fs.readFileSync(messagesFile, 'utf8'));
const shipped = loadFlowsFromDir(path.resolve('flows')).flows;
const templates = createTemplateRenderer({ templatesDir: path.resolve('templates') });
const inputs = createShippedInputTypes();
const flows = releaseFlows(shipped, size, flowDefinitionSchema);
const examples = flows.reduce((sum, f) => sum + Object.values(f.examples ?? {}).flat().length, 0);
const buildStart = performance.now();
createFlowIntentMatcher(flows, templates);
const buildMs = performance.now() - buildStart;
const versioned = flows.map((flow) => ({ flow, version: 1 }));
const ctx = { flows: versioned, words: templates, inputs, language: 'vi' };
const trainStart = performance.now();
classifierFor(versioned, inputs);
const trainMs = performance.now() - trainStart;
routeMessage('khởi động', ctx); // builds and caches the release's matcher, as the first message of a release does
const times = [];
// Each message's fastest round too: on a busy machine a wall-clock time includes waiting for a core, and the fastest
// of the rounds is what the message costs when it has one. CPU time of the process too, for the same reason.
const fastest = messages.map(() => Number.POSITIVE_INFINITY);
const cpuBefore = process.cpuUsage();
for (let round = 0; round < rounds; round += 1) {
  messages.forEach((text, index) => {
    const start = performance.now();
    routeMessage(text, ctx);
    const time = (performance.now() - start) * 1000;
    times.push(time);
    if (time < fastest[index]) fastest[index] = time;
  });
}
const cpu = process.cpuUsage(cpuBefore);
fs.writeFileSync(
  outFile,
  JSON.stringify({ flows: flows.length, examples, buildMs, trainMs, times, fastest, cpuMicros: cpu.user + cpu.system }),
);
