import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import type { App, HandledUpdate } from "../../handlers/app.js";
import type { Incoming } from "../../core/types.js";
import type { Logger } from "../log.js";
import type { RunningChannel } from "./channel.js";
import { sendOrDefer } from "./deliver.js";
import { fetchBotInfo, type ConnectRetry } from "./telegram-connect.js";
import { describeTelegramError } from "./telegram-errors.js";
import { toIncoming } from "./telegram-incoming.js";
import { createCommitGate, startPolling } from "./telegram-polling.js";
import { createSender, installRetries } from "./telegram-send.js";
import { startWebhook, type TelegramWebhook } from "./telegram-webhook.js";

// The Telegram edge: grammY long polling (runner, one chat's updates in order) or a webhook on the
// shared HTTP server; every update becomes one Incoming for app.handle, every Reply escaped HTML.
// Errors, sending, connecting, polling and the webhook each have their own telegram-*.ts file.

export { describeTelegramError, TelegramApiError } from "./telegram-errors.js";

/** What startTelegram needs: the token, the app, a logger, and optionally another API root or a webhook. */
export interface TelegramOptions {
  token: string;
  /** Another Bot API server (TELEGRAM_API_ROOT), e.g. a local one or an emulator. */
  apiRoot?: string;
  app: App;
  log: Logger;
  /** WEBHOOK_URL mode: updates arrive on `server` at `path` (default: the URL's path). */
  webhook?: TelegramWebhook;
  /** How the first call (getMe) is retried while Telegram cannot be reached. */
  connectRetry?: ConnectRetry;
  /** Aborts a start still waiting for Telegram (SIGTERM during the start). */
  signal?: AbortSignal;
}

function chatKey(ctx: Context): string | undefined {
  return ctx.chat ? String(ctx.chat.id) : undefined;
}

/**
 * Starts the Telegram channel and resolves once it is receiving updates.
 *
 * Promises: every update is committed by `app.handle` (with its dedupe key) before anything is
 * sent back, so a redelivered update changes nothing; a chat's replies go out in the order its
 * updates arrived; a reply that fails for a passing reason goes to the outbox, a final refusal is
 * only logged; nothing it logs or throws contains the token. The command menu is set from the
 * app's command table (a failure there is only logged). Rejects with a TelegramApiError when
 * Telegram refuses the token, stays unreachable (each failed try is logged), or refuses the
 * webhook. `stop()` ends fetching (polling) or answers 503 (webhook), then waits for the updates
 * in hand, so none touches the store after it closes.
 */
export async function startTelegram(opts: TelegramOptions): Promise<RunningChannel> {
  const { token, app } = opts;
  const log = opts.log.child({ channel: "telegram" });
  const safe = (err: unknown) => describeTelegramError(err, token);

  const bot = new Bot(token, opts.apiRoot ? { client: { apiRoot: opts.apiRoot } } : {});
  const commitGate = createCommitGate((waitedMs) => log.warn({ waitedMs }, "updates still uncommitted; polling on"));
  bot.api.config.use(commitGate.transformer);
  installRetries(bot.api);
  const send = createSender(bot.api, token, log);

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
  const afterHandle = async (update: Update, incoming: Incoming | undefined, handled: HandledUpdate): Promise<void> => {
    const updateKey = `telegram:${update.update_id}`;
    const cq = update.callback_query;
    if (cq) {
      await bot.api
        .answerCallbackQuery(cq.id)
        .catch((err: unknown) => log.warn({ err: safe(err), updateKey }, "answerCallbackQuery failed"));
    }
    if (!incoming) return;
    // Cleared unless the message is known to have no keyboard (the update may omit reply_markup).
    const markup = cq?.message && "reply_markup" in cq.message ? cq.message.reply_markup : undefined;
    if (cq?.message && markup?.inline_keyboard.length !== 0) {
      await bot.api
        .editMessageReplyMarkup(cq.message.chat.id, cq.message.message_id, { reply_markup: { inline_keyboard: [] } })
        .catch((err: unknown) => log.debug({ err: safe(err), updateKey }, "could not remove the pressed keyboard"));
    }
    // The update is committed with its replies held in the outbox until sent (see sendOrDefer).
    await sendOrDefer(app, incoming, handled, send, (err, deferred) =>
      log.error({ err: safe(err), updateKey }, deferred ? "sending replies failed; queued for retry" : "replies refused"),
    );
  };

  // Commits one update (synchronously: the webhook answers Telegram only after) and returns what must follow it.
  const commit = (update: Update) => {
    const incoming = toIncoming(update, bot.botInfo);
    const handled = incoming ? app.handleDurably(incoming) : { replies: [] };
    return { incoming, followUp: () => afterHandle(update, incoming, handled) };
  };

  // Polling: the updates of a batch are committed together as they arrive, in arrival order, with
  // one commit (app.handleSoon), and only then let the next getUpdates confirm them to Telegram
  // (see createCommitGate); only what follows (the calls back to Telegram) waits behind the same
  // chat's earlier update.
  const followUps = new WeakMap<Update, () => Promise<void>>();
  bot.use((_ctx, next) => track(next()));
  bot.use(async (ctx, next) => {
    const update = ctx.update;
    try {
      const incoming = toIncoming(update, bot.botInfo);
      const handled = incoming ? await app.handleSoon(incoming) : { replies: [] };
      followUps.set(update, () => afterHandle(update, incoming, handled));
    } finally {
      commitGate.settle(update.update_id);
    }
    await next();
  });
  bot.use(sequentialize(chatKey));
  bot.use(async (ctx) => {
    await followUps.get(ctx.update)?.();
  });

  // Set here rather than by bot.init(), which would retry an unreachable API forever in silence.
  bot.botInfo = await fetchBotInfo(bot.api, token, log, opts.connectRetry, opts.signal);
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

  if (opts.webhook) {
    const route = await startWebhook(bot, opts.webhook, token, log, (update) => {
      const { incoming, followUp } = commit(update);
      const chat = incoming?.chatId ?? String(update.callback_query?.from.id ?? update.update_id);
      return { chat, followUp: () => track(followUp()) };
    });
    log.info({ mode: "webhook", bot: bot.botInfo.username }, "telegram started");
    return { name: "telegram", send, healthy: () => true, stop: () => route.stop().then(drain) };
  }

  const polling = await startPolling(bot, token, log);
  log.info({ mode: "polling", bot: bot.botInfo.username }, "telegram started");
  return {
    name: "telegram",
    send,
    healthy: polling.running,
    stop: async () => {
      await polling.stop();
      await drain();
    },
  };
}
