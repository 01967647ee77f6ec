import { reviewAdminCommands } from "../../bot/cli/admin-review.js";
import { consoleIncoming, consoleTurn } from "../../bot/channels/console.js";
import type { App } from "../../handlers/app.js";
import type { Store } from "../../storage/db.js";
import { testApp } from "../support/test-app.js";
import { createSubmission, type Submission, type SubmissionKind } from "../../storage/submissions.js";
import type { Reply } from "../../core/types.js";

// Several people driving the real app (test/support/test-app.ts) like the terminal chat: each
// person is "console:<name>" and their private chat id is the name.

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
  const t = testApp({
    now: opts.now ?? new Date("2026-03-02T02:00:00Z"),
    dir: opts.dir,
    adminIds: opts.adminIds ?? [`console:${ADMIN}`],
    prefix: "review-",
  });
  const { app, store, dir } = t;
  // The review tests move time through `now.value`; it is the same clock the app reads.
  const now = {
    get value() {
      return t.clock.now;
    },
    set value(d: Date) {
      t.clock.now = d;
    },
  };
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
    text: (user, input) =>
      say(user, input)
        .map((r) => r.text)
        .join("\n---\n"),
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

/** An admin subcommand by name, as `npm run -s admin -- <name>` finds it. */
export const adminCommand = (name: string) => reviewAdminCommands.find((c) => c.name === name)!;

/** What an admin subcommand receives, with what it printed on stdout (`out`) and stderr (`err`). */
export function cliEnv(h: Harness) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    env: {
      store: () => h.store,
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      actor: "cli:test",
      now: () => h.now.value,
    },
  };
}
