import "dotenv/config";
import { createHash } from "node:crypto";
import { DEFAULT_PORT, loadConfigOrExit, secretsOf, type Config } from "./config.js";
import { createLogger, type Logger } from "./log.js";
import { openRuntime } from "./runtime.js";
import { runConsoleChat } from "./channels/console.js";
import type { RunningChannel } from "./channels/channel.js";
import { startTelegram } from "./channels/telegram.js";
import { startZalo } from "./channels/zalo.js";
import { createHttpServer, type HttpServer } from "./http-server.js";
import { startOutboxSender } from "./outbox-sender.js";
import { releaseAllLeases } from "../storage/outbox.js";
import { startScheduler } from "./scheduler.js";
import type { App } from "../handlers/app.js";
import { screenDelivery } from "../handlers/review/notices.js";

// The process: config, storage, knowledge base, then the configured channels, the HTTP server
// (webhooks, and /healthz), the outbox sender and the digest schedule. With no platform token it
// opens a chat in the terminal over the same handlers. Run it with `npm start` (tsx) or, built,
// with `node dist/bot/main.js`.

/** A webhook secret that is stable across restarts without another setting to manage. */
function derivedSecret(token: string, purpose: string): string {
  return createHash("sha256").update(`${purpose}:${token}`).digest("hex").slice(0, 48);
}

async function startPlatforms(config: Config, app: App, log: Logger, signal: AbortSignal): Promise<() => Promise<void>> {
  const webhooks = Boolean((config.TELEGRAM_BOT_TOKEN && config.WEBHOOK_URL) || (config.ZALO_BOT_TOKEN && config.ZALO_WEBHOOK_URL));
  // Polling needs no server, but with PORT set it still serves /healthz for a supervisor.
  const server: HttpServer | undefined =
    webhooks || config.PORT !== undefined ? createHttpServer((err) => log.error({ err }, "webhook handler failed")) : undefined;
  const channels: RunningChannel[] = [];
  // One process per bot token and database: a lease found now is a dead process's (killed while it
  // sent a reply or a notice, or before it marked one sent), and its rows are due at once.
  const released = releaseAllLeases(app.store);
  if (released > 0) log.info({ released }, "outbox rows held by an earlier process are due again");
  try {
    await startChannels();
  } catch (err) {
    // One channel failed: stop those already running so nothing keeps polling half-started.
    for (const c of channels) await c.stop().catch(() => undefined);
    await server?.close();
    throw err;
  }

  async function startChannels(): Promise<void> {
    if (config.TELEGRAM_BOT_TOKEN) {
      const token = config.TELEGRAM_BOT_TOKEN;
      channels.push(
        await startTelegram({
          token,
          apiRoot: config.TELEGRAM_API_ROOT,
          app,
          log,
          signal,
          webhook:
            config.WEBHOOK_URL && server
              ? { url: config.WEBHOOK_URL, secret: config.WEBHOOK_SECRET ?? derivedSecret(token, "telegram"), server }
              : undefined,
        }),
      );
    }
    if (config.ZALO_BOT_TOKEN) {
      const token = config.ZALO_BOT_TOKEN;
      channels.push(
        await startZalo({
          token,
          apiRoot: config.ZALO_API_ROOT,
          app,
          log,
          webhook:
            config.ZALO_WEBHOOK_URL && server
              ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET ?? derivedSecret(token, "zalo"), server }
              : undefined,
        }),
      );
    }
    if (server) {
      for (const c of channels) server.addHealthChannel(c.name, c.healthy ? () => c.healthy!() : undefined);
      const port = await server.listen(config.PORT ?? DEFAULT_PORT, config.HOST);
      log.info({ port, webhooks }, "http server listening");
    }
  }
  const outbox = startOutboxSender({
    store: app.store,
    channels,
    log,
    screen: (m, now) => screenDelivery(app.store, app.config, m, now),
  });
  const scheduler = startScheduler({
    store: app.store,
    kb: app.kb,
    config: app.config,
    log,
    cron: config.DIGEST_CRON,
    timezone: config.DIGEST_TZ,
  });
  log.info({ channels: channels.map((c) => c.name) }, "bot started");

  return async () => {
    scheduler.stop();
    await outbox.stop();
    for (const c of channels) await c.stop();
    // Replies sent since the last update's commit are marked before the store closes.
    app.held.flush();
    await server?.close();
  };
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger(config.LOG_LEVEL, secretsOf(config));
  const app = openRuntime(config, log);

  if (!config.TELEGRAM_BOT_TOKEN && !config.ZALO_BOT_TOKEN) {
    await runConsoleChat(app, { user: "me" });
    app.store.close();
    return;
  }

  // A signal during the start (Telegram still unreachable) aborts it; after it, stops cleanly.
  const starting = new AbortController();
  let stop: (() => Promise<void>) | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    if (!stop) return starting.abort();
    stop()
      .catch((err: unknown) => log.error({ err }, "stop failed"))
      .finally(() => {
        app.store.close();
        process.exit(0);
      });
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));

  try {
    stop = await startPlatforms(config, app, log, starting.signal);
  } catch (err) {
    app.store.close();
    if (starting.signal.aborted) process.exit(0);
    // Channel errors are token-free by construction; the logger scrubs them once more.
    log.fatal({ err }, "could not start the channels");
    process.exit(1);
  }
  // A signal that arrived while the last channel was starting (not abortable) stops it now.
  if (stopping) {
    stopping = false;
    shutdown("signal during start");
  }
}

await main();
