import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consoleIncoming, consoleTurn } from "../../bot/channels/console.js";
import { createApp, type App } from "../../handlers/app.js";
import { loadKnowledgeBase } from "../../knowledge/index.js";
import { openStore, type Store } from "../../storage/db.js";
import { createSubmission, type Submission, type SubmissionKind } from "../../storage/submissions.js";
import type { Reply } from "../../core/types.js";

// A real store in a fresh directory and the real app, driven like the terminal chat: each person
// is "console:<name>" and their private chat id is the name.

export const ADMIN = "admin";

export interface Harness {
  dir: string;
  store: Store;
  app: App;
  now: { value: Date };
  /** One terminal turn (waiting outbox messages first, then the replies). */
  say(user: string, input: string | { choice: string }): Reply[];
  text(user: string, input: string | { choice: string }): string;
  declare(user: string, kind: SubmissionKind, answers?: Record<string, unknown>, at?: Date): Submission;
  close(): void;
}

let seq = 0;

export function harness(opts: { now?: Date; dir?: string; adminIds?: string[] } = {}): Harness {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), "review-"));
  const store = openStore({ dataDir: dir });
  const now = { value: opts.now ?? new Date("2026-03-02T02:00:00Z") };
  const app = createApp({
    store,
    kb: loadKnowledgeBase(),
    config: { adminIds: opts.adminIds ?? [`console:${ADMIN}`], reviewDueDays: 5 },
    clock: () => now.value,
    onError: (err) => {
      throw err;
    },
  });
  const say = (user: string, input: string | { choice: string }) =>
    consoleTurn(app, {
      ...consoleIncoming(user, user, typeof input === "string" ? { text: input } : input),
      updateKey: `t:${++seq}`,
    });
  return {
    dir,
    store,
    app,
    now,
    say,
    text: (user, input) => say(user, input).map((r) => r.text).join("\n---\n"),
    declare(user, kind, answers = { note: "Nội dung khai" }, at = now.value) {
      // Reached in a private chat first, as a declarant always is.
      say(user, "/start");
      return store.tx(() =>
        createSubmission(store, { kind, declarant: `console:${user}`, declarantName: user, channel: "console", chatId: user, answers, at }),
      );
    },
    close: () => store.close(),
  };
}

export function count(store: Store, table: string): number {
  return (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}
