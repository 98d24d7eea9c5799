import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  classifierFromModel,
  MODEL_FORMAT,
  trainIntentClassifier,
  trainingFingerprint,
  type ClassifierModel,
  type IntentClassifier,
  type LabelledPhrase,
} from './intent-classifier.js';

/**
 * Where trained models are kept between processes: a model is a function of its phrases and of the code that trains
 * it, so a process (a restart, another worker, a test file) loads in a tenth of a second what another trained in a
 * second or two. In the system's temporary directory, a directory of this user's alone (0700, checked: never one
 * another user made, never a link), files 0600 written whole then renamed, the least recently used beyond
 * `KEPT_MODELS` deleted. Models hold hashed word and letter features of the corpus and of the flows' examples (which
 * may include masked citizens' messages an admin taught); they outlive a removed example only until pushed out. A
 * directory that cannot be used only means training again.
 */
const KEPT_MODELS = 8;
const ABANDONED_MS = 60 * 60 * 1000;

function modelDirectory(): string | undefined {
  const uid = process.getuid?.() ?? 0;
  const directory = path.join(os.tmpdir(), `zalo-egov-understanding-${uid}`);
  try {
    fs.mkdirSync(directory, { mode: 0o700 });
  } catch {
    // There already: checked below.
  }
  try {
    const stat = fs.lstatSync(directory);
    const own = process.getuid === undefined || stat.uid === uid;
    return stat.isDirectory() && !stat.isSymbolicLink() && own && (stat.mode & 0o077) === 0 ? directory : undefined;
  } catch {
    return undefined;
  }
}

/** The model of these phrases, kept by an earlier process or trained now (and kept). */
export function keptOrTrained(phrases: readonly LabelledPhrase[]): IntentClassifier {
  const directory = modelDirectory();
  const name = modelName(phrases);
  const kept = directory ? readModel(path.join(directory, name)) : undefined;
  if (kept) return classifierFromModel(kept);
  const classifier = trainIntentClassifier(phrases);
  if (directory) writeModel(directory, name, classifier.model());
  return classifier;
}

/** Where a model of these phrases is kept: the directory (none when unusable) and the file's name. */
export function modelFile(phrases: readonly LabelledPhrase[]): string | undefined {
  const directory = modelDirectory();
  return directory ? path.join(directory, modelName(phrases)) : undefined;
}

function modelName(phrases: readonly LabelledPhrase[]): string {
  return `${createHash('sha256').update(trainingFingerprint()).update(JSON.stringify(phrases)).digest('hex').slice(0, 40)}.model`;
}

/** A model file: a line of JSON (its format, labels and counts), then the features' hashes and the weights. */
function writeModel(directory: string, name: string, model: ClassifierModel): void {
  try {
    const head = Buffer.from(
      `${JSON.stringify({ format: MODEL_FORMAT, labels: model.labels, features: model.features.length, weights: model.weights.length })}\n`,
    );
    const bytes = (array: Int32Array | Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    const temporary = path.join(directory, `${randomUUID()}.tmp`);
    fs.writeFileSync(temporary, Buffer.concat([head, bytes(model.features), bytes(model.weights)]), {
      flag: 'wx',
      mode: 0o600,
    });
    fs.renameSync(temporary, path.join(directory, name));
    pruneModels(directory);
  } catch {
    // Kept for the next process only: this one has its model.
  }
}

/** Keeps the `KEPT_MODELS` most recently used models and deletes what a process killed mid-write left. */
function pruneModels(directory: string): void {
  const now = Date.now();
  const files = fs.readdirSync(directory).map((file) => {
    const at = path.join(directory, file);
    return { at, file, used: fs.statSync(at).mtimeMs };
  });
  const models = files.filter((f) => f.file.endsWith('.model')).sort((a, b) => b.used - a.used);
  for (const { at } of models.slice(KEPT_MODELS)) fs.rmSync(at, { force: true });
  for (const { at, file, used } of files)
    if (file.endsWith('.tmp') && now - used > ABANDONED_MS) fs.rmSync(at, { force: true });
}

function readModel(file: string): ClassifierModel | undefined {
  try {
    const bytes = fs.readFileSync(file);
    const newline = bytes.indexOf(10);
    const head = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Record<string, unknown>;
    const { labels, features: featureCount, weights: weightCount } = head;
    if (
      head.format !== MODEL_FORMAT ||
      !Array.isArray(labels) ||
      !labels.every((label) => typeof label === 'string') ||
      typeof featureCount !== 'number' ||
      typeof weightCount !== 'number' ||
      weightCount !== featureCount * labels.length
    )
      return undefined;
    const start = newline + 1;
    const weightsAt = start + featureCount * 4;
    if (bytes.length !== weightsAt + weightCount * 4) return undefined;
    // Copied out: typed arrays need their own aligned buffers.
    const features = new Int32Array(bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + weightsAt));
    const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset + weightsAt, bytes.byteOffset + bytes.length));
    // Used now: the least recently used are the ones pruned.
    const now = new Date();
    fs.utimesSync(file, now, now);
    return { labels: labels as string[], features, weights };
  } catch {
    return undefined;
  }
}
