import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningChannel } from "../../bot/channels/channel.js";
import { startTelegram, type TelegramOptions } from "../../bot/channels/telegram.js";
import { createApp, type App } from "../../handlers/app.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../knowledge/index.js";
import { openStore } from "../../storage/db.js";
import { captureLogger } from "./capture-log.js";
import { TEST_TOKEN } from "./telegram-emulator.js";

let kb: KnowledgeBase | undefined;

export interface TestBot {
  app: App;
  channel: RunningChannel;
  logs: () => string;
  stop(): Promise<void>;
}

/** The real app over a fresh SQLite file, and the Telegram channel started on it. */
export async function startTestBot(opts: { apiRoot: string; webhook?: TelegramOptions["webhook"] }): Promise<TestBot> {
  const dataDir = mkdtempSync(join(tmpdir(), "tg-test-"));
  kb ??= loadKnowledgeBase();
  const { log, output } = captureLogger();
  const app = createApp({
    store: openStore({ dataDir }),
    kb,
    config: { adminIds: [], reviewDueDays: 5 },
    onError: (err) => log.error({ err: String(err) }, "update failed"),
  });
  let channel: RunningChannel;
  try {
    channel = await startTelegram({ token: TEST_TOKEN, apiRoot: opts.apiRoot, app, log, webhook: opts.webhook });
  } catch (err) {
    app.store.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  let stopped = false;
  return {
    app,
    channel,
    logs: output,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await channel.stop();
      app.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
