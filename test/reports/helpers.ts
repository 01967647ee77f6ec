import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { App } from "../../handlers/app.js";
import type { Incoming, Reply } from "../../core/types.js";
import type { Store } from "../../storage/db.js";
import { testApp } from "../support/test-app.js";

// A view of the one in-process setup (test/support/test-app.ts) for reports: driven update by
// update through app.handle as a channel does (each person with their own user id, chat id and
// display name; no terminal transaction around the turn), with a clock the test moves.

export const ADMIN = { userId: "admin", name: "Quản trị" };
export const MEMBER = { userId: "member", name: "Thành viên" };

export interface Person {
  userId: string;
  chatId?: string;
  name?: string;
}

export interface Bed {
  dir: string;
  store: Store;
  app: App;
  now: { value: Date };
  send(who: Person, input: string | { choice: string }): Reply[];
  text(who: Person, input: string | { choice: string }): string;
  /** Runs /phan_anh to the end; `identity` and `audience` are typed as a person would. */
  report(who: Person, o: { what: string; identity: string; audience?: string }): string;
  /** The database file and its write-ahead log, as bytes. */
  files(): Buffer;
  close(): void;
}

let seq = 0;

export function bed(opts: { now?: Date } = {}): Bed {
  const { app, store, dir, clock } = testApp({
    now: opts.now ?? new Date("2026-03-02T02:00:00Z"),
    adminIds: [`console:${ADMIN.userId}`],
    prefix: "reports-",
  });
  const now = {
    get value() {
      return clock.now;
    },
    set value(d: Date) {
      clock.now = d;
    },
  };
  const send = (who: Person, input: string | { choice: string }): Reply[] => {
    const incoming: Incoming = {
      channel: "console",
      chatId: who.chatId ?? who.userId,
      userId: who.userId,
      displayName: who.name,
      chatType: "private",
      ...(typeof input === "string" ? { text: input } : input),
      updateKey: `r:${++seq}`,
      at: now.value,
    };
    return app.handle(incoming);
  };
  const text = (who: Person, input: string | { choice: string }) =>
    send(who, input)
      .map((r) => r.text)
      .join("\n---\n");
  return {
    dir,
    store,
    app,
    now,
    send,
    text,
    report(who, o) {
      text(who, "/phan_anh");
      text(who, o.what);
      for (let i = 0; i < 4; i++) text(who, "bỏ qua");
      text(who, o.identity);
      text(who, o.audience ?? "1");
      return text(who, "xác nhận gửi");
    },
    files() {
      const parts = ["bot.db", "bot.db-wal"].map((f) => join(dir, f)).filter((f) => existsSync(f));
      return Buffer.concat(parts.map((f) => readFileSync(f)));
    },
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The receipt's `Mã:` and `Cụm mật khẩu:` lines. */
export function receiptOf(text: string): { code: string; passphrase: string } {
  const code = /^Mã: (PA-\d{4}-\d{6})$/m.exec(text)?.[1];
  const passphrase = /^Cụm mật khẩu: (.+)$/m.exec(text)?.[1];
  if (!code || !passphrase) throw new Error(`no receipt in: ${text}`);
  return { code, passphrase };
}
