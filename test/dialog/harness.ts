import type { App } from "../../handlers/app.js";
import type { Ctx } from "../../handlers/context.js";
import type { Feature } from "../../handlers/feature.js";
import type { Incoming, Reply } from "../../core/types.js";
import { testApp } from "../support/test-app.js";

// One person chatting in-process with the real app (test/support/test-app.ts), with engine-level
// access: fast enough for the many small validation cases.

export { realKb } from "../support/test-app.js";

export interface Harness {
  app: App;
  dataDir: string;
  /** The clock createApp reads; assign to move time. */
  clock: { now: Date };
  say(text: string, opts?: Partial<Incoming>): Reply[];
  press(choice: string, opts?: Partial<Incoming>): Reply[];
  send(incoming: Partial<Incoming>): Reply[];
  /** All reply texts of one turn joined, for assertions. */
  text(replies: Reply[]): string;
  /** A Ctx for calling engine functions directly inside a transaction. */
  withCtx<T>(fn: (ctx: Ctx) => T, user?: string): T;
  close(): void;
}

export function harness(opts: { user?: string; name?: string; now?: Date; features?: readonly Feature[] } = {}): Harness {
  const { app, store, dir: dataDir, clock } = testApp({ now: opts.now, features: opts.features, prefix: "dialog-" });
  const user = opts.user ?? "u1";
  let n = 0;
  const send = (inc: Partial<Incoming>): Reply[] =>
    app.handle({
      channel: "console",
      chatId: user,
      userId: user,
      displayName: opts.name,
      chatType: "private",
      updateKey: `t:${++n}`,
      at: clock.now,
      ...inc,
    });
  return {
    app,
    dataDir,
    clock,
    send,
    say: (text, o) => send({ text, ...o }),
    press: (choice, o) => send({ choice, ...o }),
    text: (replies) => replies.map((r) => r.text).join("\n---\n"),
    withCtx: (fn, u = user) =>
      store.tx(() =>
        fn(
          app.context({ channel: "console", chatId: u, userId: u, chatType: "private", updateKey: `ctx:${++n}`, at: clock.now }, clock.now),
        ),
      ),
    close: () => store.close(),
  };
}

/** The last reply's choice ids (the buttons on screen). */
export function buttons(replies: Reply[]): string[] {
  return replies[replies.length - 1]?.choices?.map((c) => c.id) ?? [];
}
