// The question model kept beside the documents (`questions.model.json`), so that loading does not
// retrain it: training on the 5,000 labelled questions takes 100 to 150 ms, more than half of the
// index build's budget. The file names a fingerprint of what it was trained on; when the
// documents' questions changed since (a committee added a file), the model is trained at load
// instead, never used stale. `npm run -s kb -- train` writes the file.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Example, LoadedDocuments } from "./load.js";
import {
  classifierOf,
  FEATURES_VERSION,
  MIN_FEATURE_COUNT,
  trainModel,
  type ModelData,
  type QuestionClassifier,
} from "./question-classifier.js";

export const MODEL_FILE = "questions.model.json";

// The counts travel as base64 of little-endian int32 (decoded natively, where 50,000 JSON numbers
// checked one by one cost a tenth of the build's budget), and a checksum over everything the model
// holds tells an edited or damaged file from the one `kb train` wrote.
const ModelFile = z.strictObject({
  fingerprint: z.string(),
  checksum: z.string(),
  labels: z.array(z.string()),
  prior: z.array(z.number().int().nonnegative()),
  total: z.array(z.number().int().nonnegative()),
  words: z.string(),
  start: z.base64(),
  pairs: z.base64(),
});

function checksum(m: ModelData): string {
  return createHash("sha256")
    .update(JSON.stringify([m.labels, m.prior, m.total, m.words]))
    .update(new Uint8Array(m.start.buffer, m.start.byteOffset, m.start.byteLength))
    .update(new Uint8Array(m.pairs.buffer, m.pairs.byteOffset, m.pairs.byteLength))
    .digest("hex");
}

const toBase64 = (a: Int32Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
function fromBase64(text: string): Int32Array | undefined {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length % 4 !== 0) return undefined;
  // A copy: Buffer's pool may place the bytes at an offset Int32Array cannot view.
  const out = new Int32Array(bytes.length / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** What a model depends on: the features' definition, the example questions, the question files' text. */
export function fingerprint(examples: readonly Example[], questionsRaw: Questions["raw"]): string {
  const h = createHash("sha256").update(`features ${FEATURES_VERSION} min ${MIN_FEATURE_COUNT}\n`);
  for (const e of examples) h.update(`${e.sectionId}\t${e.q}\n`);
  for (const q of questionsRaw) h.update(`\n${q.prefix}\n`).update(q.bytes);
  return h.digest("hex");
}

type Questions = LoadedDocuments["questions"];

/** The kept model when it was trained on exactly these questions, else one trained now. */
export function loadClassifier(
  dir: string,
  examples: readonly Example[],
  questions: Questions,
): { classifier: QuestionClassifier; fromFile: boolean } {
  const path = join(dir, MODEL_FILE);
  if (existsSync(path)) {
    try {
      const kept = ModelFile.safeParse(JSON.parse(readFileSync(path, "utf8")));
      if (kept.success && kept.data.fingerprint === fingerprint(examples, questions.raw)) {
        const { labels, prior, total, words } = kept.data;
        const start = fromBase64(kept.data.start);
        const pairs = fromBase64(kept.data.pairs);
        const data = start && pairs ? { labels, prior, total, words, start, pairs } : undefined;
        const classifier = data && checksum(data) === kept.data.checksum ? classifierOf(data) : undefined;
        if (classifier) return { classifier, fromFile: true };
      }
    } catch {
      // Unreadable or not JSON: as if absent; the model is trained from the questions themselves.
    }
  }
  const trained = classifierOf(trainModel([...examples, ...questions.read()]));
  // Training's own output always holds together; a failure here is a bug in trainModel.
  if (!trained) throw new Error("knowledge: the question model trained from the questions does not hold together");
  return { classifier: trained, fromFile: false };
}

/** Writes the model trained on these questions; returns its path. */
export function writeModel(dir: string, examples: readonly Example[], questions: Questions): string {
  const path = join(dir, MODEL_FILE);
  const model = trainModel([...examples, ...questions.read()]);
  const file: z.infer<typeof ModelFile> = {
    fingerprint: fingerprint(examples, questions.raw),
    checksum: checksum(model),
    labels: model.labels,
    prior: model.prior,
    total: model.total,
    words: model.words,
    start: toBase64(model.start),
    pairs: toBase64(model.pairs),
  };
  writeFileSync(path, `${JSON.stringify(file)}\n`);
  return path;
}
