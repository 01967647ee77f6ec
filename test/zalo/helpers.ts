import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { createApp, FEATURES, type App } from "../../handlers/app.js";
import type { Feature } from "../../handlers/feature.js";
import { loadKnowledgeBase } from "../../knowledge/index.js";
import { openStore } from "../../storage/db.js";
import type { RunningChannel } from "../../bot/channels/channel.js";
import { startZalo } from "../../bot/channels/zalo.js";
import type { Logger } from "../../bot/log.js";
import { FAKE_TOKEN, startFakeZalo, type FakeZalo } from "./fake-zalo-server.js";

// What every Zalo end-to-end test needs: a real app on a fresh SQLite file, and a logger whose
// every line is kept, with NO redaction, so a test can prove the channel itself never logs a token.

export interface TestApp {
  app: App;
  dir: string;
  cleanup(): void;
}

/** The real app on a fresh data directory; `extra` features are added to the bot's own (test commands). */
export function makeApp(extra: readonly Feature[] = []): TestApp {
  const dir = mkdtempSync(join(tmpdir(), "zalo-test-"));
  const store = openStore({ dataDir: dir });
  const app = createApp({ store, kb: loadKnowledgeBase(), config: { adminIds: [], reviewDueDays: 5 }, features: [...FEATURES, ...extra] });
  return {
    app,
    dir,
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function captureLogger(): { log: Logger; lines: string[]; text(): string } {
  const lines: string[] = [];
  const log = pino({ level: "debug" }, { write: (s: string) => void lines.push(s) });
  return { log, lines, text: () => lines.join("") };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `cond` until true (rejects after timeoutMs). */
export async function until(cond: () => boolean, timeoutMs = 5000, what = "condition"): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** A fake Zalo server, a real app and the channel polling it: what most Zalo tests start with. */
export interface ZaloBed {
  fake: FakeZalo;
  t: TestApp;
  channel: RunningChannel;
  close(): Promise<void>;
}

export async function startZaloBed(opts: { features?: readonly Feature[] } = {}): Promise<ZaloBed> {
  const fake = await startFakeZalo();
  const t = makeApp(opts.features);
  const channel = await startZalo({
    token: FAKE_TOKEN,
    apiRoot: fake.apiRoot,
    app: t.app,
    log: captureLogger().log,
    pollTimeoutSeconds: 1,
  });
  return {
    fake,
    t,
    channel,
    async close() {
      await channel.stop();
      await fake.close();
      t.cleanup();
    },
  };
}
