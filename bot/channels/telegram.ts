import { autoRetry } from "@grammyjs/auto-retry";
import { run, sequentialize, type RunnerHandle } from "@grammyjs/runner";
import { Bot, BotError, GrammyError, HttpError, type Context, type Transformer } from "grammy";
import type { Update } from "grammy/types";
import { z } from "zod";
import type { App } from "../../handlers/app.js";
import type { Incoming, Reply } from "../../core/types.js";
import { sendOrDefer } from "./deliver.js";
import { secretMatches, type HttpServer } from "../http-server.js";
import { redact, type Logger } from "../log.js";
import type { RunningChannel } from "./channel.js";
import { toIncoming } from "./telegram-incoming.js";
import { renderReply } from "./telegram-render.js";

// The Telegram edge: grammY long polling (runner, one chat's updates in order) or a webhook on the
// shared HTTP server; every update becomes one Incoming for app.handle, every Reply escaped HTML.

export interface TelegramOptions {
  token: string;
  /** Another Bot API server (TELEGRAM_API_ROOT), e.g. a local one or an emulator. */
  apiRoot?: string;
  app: App;
  log: Logger;
  /** WEBHOOK_URL mode: updates arrive on `server` at `path` (default: the URL's path). */
  webhook?: { url: string; secret: string; server: HttpServer; path?: string };
}

const ALLOWED_UPDATES = ["message", "callback_query"] as const;
const SECRET_HEADER = "x-telegram-bot-api-secret-token";
const NETWORK_RETRIES = 2;

const updateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

/**
 * What may be logged about an error: its kind, the API method and Telegram's description, with the
 * token scrubbed (grammY's network errors quote the request URL, which contains the token).
 */
export function describeTelegramError(err: unknown, token: string): Record<string, unknown> {
  const e = err instanceof BotError ? err.error : err;
  const clean = (s: string) => redact(s, [token]);
  if (e instanceof GrammyError) {
    return { kind: "api", method: e.method, code: e.error_code, description: clean(e.description ?? "") };
  }
  if (e instanceof HttpError) {
    const cause = e.error instanceof Error ? `${e.error.name}: ${e.error.message}` : String(e.error);
    return { kind: "network", message: clean(e.message), cause: clean(cause) };
  }
  if (e instanceof Error) return { kind: "error", name: e.name, message: clean(e.message), stack: clean(e.stack ?? "") };
  return { kind: "unknown", message: clean(String(e)) };
}

/**
 * What send() and startTelegram() reject with: the cause in words, without the token (a raw grammY
 * network error quotes the request URL). `retryable` is false when Telegram refused for good
 * (e.g. 403: the person blocked the bot, 400: chat not found, 401: bad token).
 */
export class TelegramApiError extends Error {
  override name = "TelegramApiError";
  constructor(
    message: string,
    readonly code: number | undefined,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

function toApiError(err: unknown, token: string): TelegramApiError {
  const d = describeTelegramError(err, token);
  const e = err instanceof BotError ? err.error : err;
  if (e instanceof GrammyError) {
    const retryable = e.error_code === 429 || e.error_code >= 500;
    return new TelegramApiError(`Telegram ${e.method} failed: ${e.error_code} ${String(d.description)}`, e.error_code, retryable);
  }
  return new TelegramApiError(`Telegram call failed: ${String(d.message)}${d.cause ? ` (${String(d.cause)})` : ""}`, undefined, true);
}

/** Bounded retries for network failures; auto-retry handles 429 (retry_after) and 5xx. */
const retryNetworkErrors: Transformer = async (prev, method, payload, signal) => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await prev(method, payload, signal);
    } catch (err) {
      // getUpdates has the runner's own retry loop; an aborted call is a stop, not a failure.
      if (!(err instanceof HttpError) || method === "getUpdates" || signal?.aborted || attempt >= NETWORK_RETRIES) throw err;
      await new Promise((r) => setTimeout(r, 300 * 2 ** attempt));
    }
  }
};

function chatKey(ctx: Context): string | undefined {
  return ctx.chat ? String(ctx.chat.id) : undefined;
}

export async function startTelegram(opts: TelegramOptions): Promise<RunningChannel> {
  const { token, app } = opts;
  const log = opts.log.child({ channel: "telegram" });
  const safe = (err: unknown) => describeTelegramError(err, token);

  const bot = new Bot(token, opts.apiRoot ? { client: { apiRoot: opts.apiRoot } } : {});
  bot.api.config.use(retryNetworkErrors);
  // Honour retry_after on 429 (waits up to a minute), back off on 5xx; network errors are above.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true }));

  const sendReplies = async (chatId: string, replies: readonly Reply[]): Promise<void> => {
    for (const reply of replies) {
      const parts = renderReply(reply, () => log.error("a choice id does not fit in callback_data (1-64 bytes): button left out"));
      for (const part of parts) {
        await bot.api.sendMessage(chatId, part.html, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(part.replyMarkup ? { reply_markup: part.replyMarkup } : {}),
        });
      }
    }
  };

  // Replies and outbox deliveries alike: a failure rejects (token-free) so the outbox retries.
  const send = (chatId: string, replies: Reply[]) =>
    sendReplies(chatId, replies).catch((err: unknown) => {
      throw toApiError(err, token);
    });

  // Updates being handled; stop() waits for them so none touches the store after it closes
  // (the runner's stop ends fetching but does not wait for middleware).
  const inFlight = new Set<Promise<void>>();
  const drain = () => Promise.allSettled([...inFlight]).then(() => undefined);
  const track = (p: Promise<void>): Promise<void> => {
    inFlight.add(p);
    void p.then(
      () => inFlight.delete(p),
      () => inFlight.delete(p),
    );
    return p;
  };

  bot.catch((err) => log.error({ err: safe(err), updateId: err.ctx.update.update_id }, "telegram update failed"));

  // What follows app.handle for one update: stop the button's spinner, clear the pressed keyboard
  // (a stale one still reaches the handlers, which answer it), then the replies, in order.
  const afterHandle = async (update: Update, incoming: Incoming | undefined, replies: readonly Reply[]): Promise<void> => {
    const updateKey = `telegram:${update.update_id}`;
    const cq = update.callback_query;
    if (cq) {
      await bot.api.answerCallbackQuery(cq.id).catch((err: unknown) => log.warn({ err: safe(err), updateKey }, "answerCallbackQuery failed"));
    }
    if (!incoming) return;
    // Cleared unless the message is known to have no keyboard (the update may omit reply_markup).
    const markup = cq?.message && "reply_markup" in cq.message ? cq.message.reply_markup : undefined;
    if (cq?.message && markup?.inline_keyboard.length !== 0) {
      await bot.api
        .editMessageReplyMarkup(cq.message.chat.id, cq.message.message_id, { reply_markup: { inline_keyboard: [] } })
        .catch((err: unknown) => log.debug({ err: safe(err), updateKey }, "could not remove the pressed keyboard"));
    }
    // The update is committed; a reply that fails for a passing reason goes to the outbox.
    await sendOrDefer(app, incoming, replies, send, (err, deferred) =>
      log.error({ err: safe(err), updateKey }, deferred ? "sending replies failed; queued for retry" : "replies refused"),
    );
  };

  bot.use((_ctx, next) => track(next()));
  bot.use(sequentialize(chatKey));
  bot.use(async (ctx) => {
    const incoming = toIncoming(ctx.update, ctx.me);
    await afterHandle(ctx.update, incoming, incoming ? app.handle(incoming) : []);
  });

  try {
    await bot.init();
  } catch (err) {
    throw toApiError(err, token);
  }
  try {
    await bot.api.setMyCommands(
      app.commands
        .all()
        .filter((c) => c.menu)
        .map((c) => ({ command: c.name, description: c.menu! })),
    );
  } catch (err) {
    log.warn({ err: safe(err) }, "setMyCommands failed; the command menu may be outdated");
  }


  if (opts.webhook) return startWebhook(bot, opts.webhook, log, token, send, { track, drain }, { app, afterHandle });

  // Polling and a webhook exclude each other on Telegram's side.
  await bot.api.deleteWebhook().catch((err: unknown) => {
    throw toApiError(err, token);
  });
  const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
  // Polling ends by itself only on an unrecoverable error (token revoked, another poller: 401/409).
  runner.task()?.catch((err: unknown) => log.fatal({ err: safe(err) }, "telegram polling stopped"));
  log.info({ mode: "polling", bot: bot.botInfo.username }, "telegram started");
  return {
    name: "telegram",
    send,
    stop: async () => {
      await runner.stop();
      await drain();
    },
  };
}

function startWebhook(
  bot: Bot,
  webhook: NonNullable<TelegramOptions["webhook"]>,
  log: Logger,
  token: string,
  send: RunningChannel["send"],
  work: { track: (p: Promise<void>) => Promise<void>; drain: () => Promise<void> },
  steps: { app: App; afterHandle: (update: Update, incoming: Incoming | undefined, replies: readonly Reply[]) => Promise<void> },
): Promise<RunningChannel> {
  const path = webhook.path ?? new URL(webhook.url).pathname;
  let stopped = false;
  // One promise chain per chat: a chat's answers go out in arrival order; others don't wait.
  const chains = new Map<string, Promise<void>>();
  const later = (key: string, job: () => Promise<void>) => {
    const next = (chains.get(key) ?? Promise.resolve()).then(job).catch((err: unknown) => log.error({ err: describeTelegramError(err, token) }, "telegram update failed"));
    chains.set(key, next);
    void work.track(next).then(() => {
      if (chains.get(key) === next) chains.delete(key);
    });
  };

  webhook.server.route("POST", path, (req, body, res) => {
    if (stopped) {
      res.writeHead(503).end();
      return;
    }
    if (!secretMatches(req.headers[SECRET_HEADER], webhook.secret)) {
      res.writeHead(401).end();
      return;
    }
    let update: Update;
    try {
      // The shape beyond update_id is Telegram's; grammY and toIncoming read it defensively.
      update = updateSchema.parse(JSON.parse(body.toString("utf8"))) as unknown as Update;
    } catch {
      res.writeHead(400).end();
      return;
    }
    // The update is committed (app.handle is synchronous and fast, and runs in arrival order)
    // before Telegram gets its 200, so a crash right after the answer loses nothing; the calls
    // back to Telegram happen after. The store's updateKey makes a redelivered update a no-op.
    const incoming = toIncoming(update, bot.botInfo);
    const replies = incoming ? steps.app.handle(incoming) : [];
    res.writeHead(200).end();
    const chat = incoming?.chatId ?? String(update.callback_query?.from.id ?? update.update_id);
    later(chat, () => steps.afterHandle(update, incoming, replies));
  });
  webhook.server.addHealthChannel("telegram");

  return (async () => {
    await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] }).catch((err: unknown) => {
      throw toApiError(err, token);
    });
    log.info({ mode: "webhook", path, bot: bot.botInfo.username }, "telegram started");
    return {
      name: "telegram" as const,
      send,
      stop: async () => {
        stopped = true;
        await work.drain();
      },
    };
  })();
}
