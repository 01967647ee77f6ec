import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { RunningChannel } from "../../bot/channels/channel.js";
import { startTelegram, type TelegramOptions } from "../../bot/channels/telegram.js";
import { createHttpServer, type HttpServer } from "../../bot/http-server.js";
import { createApp, FEATURES, type App } from "../../handlers/app.js";
import type { Feature } from "../../handlers/feature.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../knowledge/index.js";
import { openStore } from "../../storage/db.js";
import { captureLogger } from "./capture-log.js";
import { startEmulator, TelegramUser, TEST_TOKEN, type Emulator, type TelegramUserOptions } from "./telegram-emulator.js";

// The one Telegram test setup: the emulator for a test file, the real app on a fresh SQLite file
// with the real channel started on it (polling, or a webhook on its own HTTP server), and people
// who write to it, each in a chat of their own.

let kb: KnowledgeBase | undefined;

export interface TestBot {
  app: App;
  channel: RunningChannel;
  logs: () => string;
  stop(): Promise<void>;
}

/** The real app over a fresh SQLite file, and the Telegram channel started on it. */
export async function startTestBot(opts: {
  apiRoot: string;
  webhook?: TelegramOptions["webhook"];
  connectRetry?: TelegramOptions["connectRetry"];
  /** Where the logs go; default a fresh capture (read with `logs()`). */
  capture?: ReturnType<typeof captureLogger>;
  /** Features added to the bot's own (test commands). */
  features?: readonly Feature[];
}): Promise<TestBot> {
  const dataDir = mkdtempSync(join(tmpdir(), "tg-test-"));
  kb ??= loadKnowledgeBase();
  const { log, output } = opts.capture ?? captureLogger();
  const app = createApp({
    store: openStore({ dataDir }),
    kb,
    config: { adminIds: [], reviewDueDays: 5 },
    features: [...FEATURES, ...(opts.features ?? [])],
    onError: (err) => log.error({ err: String(err) }, "update failed"),
  });
  let channel: RunningChannel;
  try {
    channel = await startTelegram({
      token: TEST_TOKEN,
      apiRoot: opts.apiRoot,
      app,
      log,
      webhook: opts.webhook,
      connectRetry: opts.connectRetry,
    });
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

/** Starts the emulator before the file's tests and stops it after; read `.current` inside tests and hooks. */
export function emulatorForFile(): { current: Emulator } {
  const holder = {} as { current: Emulator };
  beforeAll(async () => {
    holder.current = await startEmulator();
  });
  afterAll(async () => {
    await holder.current?.stop();
  });
  return holder;
}

// Chat ids unique across the files of one worker, so no two tests ever read each other's chat.
let nextChat = 10_000;

export interface TelegramBed {
  bot: TestBot;
  /** Webhook mode: the bot's own HTTP server and the URL updates are POSTed to. */
  server?: HttpServer;
  base?: string;
  hookUrl?: string;
  /** A new person in a new private chat (or a group, with `type`), writing by polling or to the webhook. */
  person(opts?: Partial<TelegramUserOptions>): TelegramUser;
  close(): Promise<void>;
}

/** A bot on the emulator (or on `apiRoot`, e.g. a proxy in front of it); with `webhook`, served on a fresh loopback server. */
export async function startTelegramBed(
  emulator: Emulator,
  opts: { apiRoot?: string; webhook?: { secret: string; path?: string }; features?: readonly Feature[] } = {},
): Promise<TelegramBed> {
  let server: HttpServer | undefined;
  let base: string | undefined;
  let hookUrl: string | undefined;
  if (opts.webhook) {
    server = createHttpServer();
    base = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
    hookUrl = `${base}${opts.webhook.path ?? "/tg"}`;
  }
  const bot = await startTestBot({
    apiRoot: opts.apiRoot ?? emulator.apiRoot,
    features: opts.features,
    webhook: server && hookUrl && opts.webhook ? { url: hookUrl, secret: opts.webhook.secret, server } : undefined,
  }).catch(async (err: unknown) => {
    await server?.close();
    throw err;
  });
  return {
    bot,
    server,
    base,
    hookUrl,
    person(p = {}) {
      nextChat += 1;
      const type = p.type ?? "private";
      return new TelegramUser(emulator, TEST_TOKEN, {
        chatId: type === "private" ? nextChat : -nextChat,
        userId: nextChat,
        ...(hookUrl && opts.webhook ? { webhook: { url: hookUrl, secret: opts.webhook.secret } } : {}),
        ...p,
      });
    },
    async close() {
      await bot.stop();
      await server?.close();
    },
  };
}
