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

const ModelFile = z.object({
  fingerprint: z.string(),
  labels: z.array(z.string()),
  prior: z.array(z.number().int().nonnegative()),
  total: z.array(z.number().int().nonnegative()),
  // Checked by wellFormed below: zod over 12,000 entries would cost a third of what the file saves.
  features: z.custom<Record<string, unknown>>((v) => typeof v === "object" && v !== null && !Array.isArray(v)),
});

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
      if (kept.success && kept.data.fingerprint === fingerprint(examples, questions.raw) && wellFormed(kept.data))
        return { classifier: classifierOf(kept.data as ModelData), fromFile: true };
    } catch {
      // Unreadable or not JSON: as if absent; the model is trained from the questions themselves.
    }
  }
  return { classifier: classifierOf(trainModel([...examples, ...questions.read()])), fromFile: false };
}

/** Writes the model trained on these questions; returns its path. */
export function writeModel(dir: string, examples: readonly Example[], questions: Questions): string {
  const path = join(dir, MODEL_FILE);
  const data: ModelData & { fingerprint: string } = {
    fingerprint: fingerprint(examples, questions.raw),
    ...trainModel([...examples, ...questions.read()]),
  };
  writeFileSync(path, `${JSON.stringify(data)}\n`);
  return path;
}

/** Labels, priors and totals agree, and each feature is a flat list of (label, count) pairs. */
function wellFormed(m: z.infer<typeof ModelFile>): boolean {
  const labels = m.labels.length;
  if (m.prior.length !== labels || m.total.length !== labels) return false;
  for (const pairs of Object.values(m.features)) {
    if (!Array.isArray(pairs) || pairs.length % 2 !== 0) return false;
    for (let i = 0; i < pairs.length; i += 2) {
      const l: unknown = pairs[i];
      const c: unknown = pairs[i + 1];
      if (!Number.isInteger(l) || (l as number) < 0 || (l as number) >= labels || !Number.isInteger(c) || (c as number) < 1) return false;
    }
  }
  return true;
}
