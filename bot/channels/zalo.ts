import { z } from "zod";
import type { App, HandledUpdate } from "../../handlers/app.js";
import type { Incoming, Reply } from "../../core/types.js";
import type { HttpServer } from "../http-server.js";
import type { Logger } from "../log.js";
import { sendParts, type RunningChannel, type SendProgress } from "./channel.js";
import { createZaloClient, ZaloApiError, type ZaloClient } from "./zalo-api.js";
import { createChatQueues } from "./chat-queues.js";
import { sendOrDefer } from "./deliver.js";
import { sleep } from "./sleep.js";
import { serveWebhook } from "./webhook-route.js";
import { renderZaloMessages } from "./zalo-render.js";
import { parseUpdate, toIncoming } from "./zalo-update.js";

// The Zalo channel: long polling on getUpdates by default, a webhook when a public URL is set.
// Each update becomes one Incoming for app.handle; its replies are rendered as plain text, split
// under Zalo's limit and sent in the order the chat's updates arrived.

/** What startZalo needs: the token, the app, a logger, and optionally another API root or a webhook. */
export interface ZaloOptions {
  token: string;
  /** ZALO_API_ROOT; default https://bot-api.zaloplatforms.com */
  apiRoot?: string;
  app: App;
  log: Logger;
  /** ZALO_WEBHOOK_URL mode. `path` defaults to the URL's path. */
  webhook?: { url: string; secret: string; server: HttpServer; path?: string };
  /** Long-poll timeout in seconds; default 30. */
  pollTimeoutSeconds?: number;
  /** Retry delays after a failed poll: doubles from initialMs up to maxMs (default 1 s → 30 s). */
  backoff?: { initialMs?: number; maxMs?: number };
}

const meSchema = z.object({
  account_name: z.string().optional(),
  display_name: z.string().optional(),
  name: z.string().optional(),
});

/**
 * Starts the Zalo channel and resolves once it is receiving updates (polling, or the webhook
 * registered with Zalo).
 *
 * Promises: every update is committed by `app.handle` (with its dedupe key, so a repeated delivery
 * changes nothing) before anything is sent back; a chat's replies go out in the order its updates
 * arrived, split under Zalo's 2000 characters; a reply that fails for a passing reason goes to the
 * outbox, a final refusal is only logged; nothing it logs or throws contains the token. A failed
 * poll is logged and retried with backoff. Rejects (ZaloApiError) only when Zalo refuses the
 * webhook registration. `stop()` ends polling (or answers 503 on the webhook) and waits for the
 * updates in hand.
 */
export async function startZalo(opts: ZaloOptions): Promise<RunningChannel> {
  const log = opts.log.child({ channel: "zalo" });
  const client = createZaloClient({ token: opts.token, apiRoot: opts.apiRoot });
  const botName = await fetchBotName(client, log);

  const send = (chatId: string, replies: readonly Reply[], progress?: SendProgress): Promise<void> =>
    sendParts(renderZaloMessages(replies), (text) => client.sendMessage(chatId, text), progress);

  // Turns one raw update into the Incoming to handle; logs and drops what is not usable.
  const prepare = (raw: unknown): Incoming | undefined => {
    const parsed = parseUpdate(raw);
    if (!parsed.ok) {
      log.warn({ problems: parsed.problems }, "zalo update of unknown shape dropped");
      return undefined;
    }
    return toIncoming(parsed.update, { botName }, new Date());
  };

  // app.handleDurably commits the update (its dedupe key, and its replies held in the outbox until
  // sent) before anything is sent; a reply that fails for a passing reason is left to the outbox
  // sender, and the channel goes on with the next update.
  const deliver = (incoming: Incoming, handled: HandledUpdate): Promise<void> =>
    sendOrDefer(opts.app, incoming, handled, send, (err, deferred) =>
      logFailure(log, err, deferred ? "zalo reply not sent; queued for retry" : "zalo reply refused"),
    );
  const handle = (incoming: Incoming): HandledUpdate => opts.app.handleDurably(incoming);

  const receiving = opts.webhook
    ? {
        stop: await startWebhook(opts.webhook, client, log, prepare, handle, deliver),
        running: () => true,
      }
    : startPolling(opts, client, log, prepare, handle, deliver);
  log.info({ mode: opts.webhook ? "webhook" : "polling", botNameKnown: botName !== undefined }, "zalo channel started");
  return { name: "zalo", send, healthy: receiving.running, stop: receiving.stop };
}

// The bot's own name is how group members call it; without it the bot answers only commands in groups.
async function fetchBotName(client: ZaloClient, log: Logger): Promise<string | undefined> {
  try {
    const me = meSchema.safeParse(await client.call("getMe"));
    const name = me.success ? (me.data.account_name ?? me.data.display_name ?? me.data.name)?.trim() : undefined;
    return name || undefined;
  } catch (err) {
    logFailure(log, err, "zalo getMe failed; in groups the bot answers commands only");
    return undefined;
  }
}

function startPolling(
  opts: ZaloOptions,
  client: ZaloClient,
  log: Logger,
  prepare: (raw: unknown) => Incoming | undefined,
  handle: (incoming: Incoming) => HandledUpdate,
  deliver: (incoming: Incoming, handled: HandledUpdate) => Promise<void>,
): { stop: () => Promise<void>; running: () => boolean } {
  const timeout = opts.pollTimeoutSeconds ?? 30;
  // Zalo hands out one update per poll. Each is committed before the next poll, but its replies
  // are sent while that poll waits: sending first would add a round trip to Zalo to every update.
  // One chain per chat keeps a chat's replies in arrival order; a bound on the sends in flight
  // keeps a slow platform from piling replies up in memory (they are in the outbox meanwhile).
  const sending = createChatQueues((err) => logFailure(log, err, "zalo reply failed"));
  const inFlight = createInFlightBound(MAX_SENDS_IN_FLIGHT);
  const initialMs = opts.backoff?.initialMs ?? 1000;
  const maxMs = opts.backoff?.maxMs ?? 30_000;
  const ac = new AbortController();

  const loop = async () => {
    // getUpdates answers nothing while a webhook is set (from an earlier run in webhook mode).
    try {
      await client.call("deleteWebhook", {}, { signal: ac.signal });
    } catch (err) {
      if (!ac.signal.aborted) logFailure(log, err, "zalo deleteWebhook failed");
    }
    // Zalo documents one update per poll; an array (Telegram's shape) is taken in order too.
    const take = async (raw: unknown): Promise<void> => {
      for (const one of Array.isArray(raw) ? raw : [raw]) {
        const incoming = prepare(one);
        if (!incoming) continue;
        const handled = handle(incoming);
        if (handled.replies.length === 0) continue;
        // Not aborted by stop(): the update is already committed, and its answer should arrive.
        await inFlight.take();
        sending.enqueue(incoming.chatId, () => deliver(incoming, handled).finally(inFlight.release));
      }
    };
    const poll = (): Promise<unknown> => client.getUpdates(timeout, ac.signal);
    // The poll already asked for while the current update is handled.
    let next: Promise<unknown> | undefined;
    let delay = initialMs;
    while (!ac.signal.aborted) {
      let raw: unknown;
      try {
        raw = await (next ?? poll());
        delay = initialMs;
      } catch (err) {
        next = undefined;
        if (ac.signal.aborted) break;
        logFailure(log, err, "zalo getUpdates failed; retrying", { retryInMs: delay });
        await sleep(delay, ac.signal);
        delay = Math.min(delay * 2, maxMs);
        continue;
      }
      next = undefined;
      if (raw === undefined) continue; // 408: nothing new
      // The next poll goes out before this update is handled, so that its round trip overlaps
      // the handling (a commit waits for the disk) instead of following it. Zalo has no offset
      // to confirm: an update is Zalo's to forget once a poll returned it, either way.
      next = poll();
      next.catch(() => undefined); // seen when awaited
      await new Promise<void>((resolve) => setImmediate(resolve)); // lets the request leave first
      await take(raw);
    }
    // Stopped while a poll was out: an update it returned before the abort is still handled.
    const last = await next?.catch(() => undefined);
    if (last !== undefined) await take(last);
  };
  let ended = false;
  const done = loop()
    .catch((err: unknown) => logFailure(log, err, "zalo polling loop crashed"))
    .finally(() => {
      ended = true;
    });

  return {
    running: () => !ended,
    stop: async () => {
      ac.abort();
      await done;
      await sending.drain();
    },
  };
}

/** Sends of replies the poller lets run at once before it waits for one to finish. */
const MAX_SENDS_IN_FLIGHT = 64;

/** A counting bound: `take` waits while `limit` are taken, `release` gives one back. */
function createInFlightBound(limit: number): { take(): Promise<void>; release(): void } {
  let taken = 0;
  const waiting: (() => void)[] = [];
  return {
    async take() {
      while (taken >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      taken++;
    },
    release() {
      taken--;
      waiting.shift()?.();
    },
  };
}

async function startWebhook(
  hook: NonNullable<ZaloOptions["webhook"]>,
  client: ZaloClient,
  log: Logger,
  prepare: (raw: unknown) => Incoming | undefined,
  handle: (incoming: Incoming) => HandledUpdate,
  deliver: (incoming: Incoming, handled: HandledUpdate) => Promise<void>,
): Promise<() => Promise<void>> {
  const route = serveWebhook<unknown>({
    server: hook.server,
    path: hook.path ?? (new URL(hook.url).pathname || "/"),
    secretHeader: "x-bot-api-secret-token",
    secret: hook.secret,
    log,
    // Any JSON is taken; an update of unknown shape is logged and dropped by prepare (200, so Zalo
    // does not redeliver what can never be read).
    parse: (body) => body ?? null,
    accept: (raw) => {
      const incoming = prepare(raw);
      const handled = incoming ? handle(incoming) : undefined;
      return incoming && handled?.replies.length ? { chat: incoming.chatId, followUp: () => deliver(incoming, handled) } : undefined;
    },
    onFollowUpError: (err) => logFailure(log, err, "zalo update failed"),
    okBody: '{"ok":true}',
  });
  hook.server.addHealthChannel("zalo");

  // Fails the start: without the webhook set, Zalo would deliver nothing and nobody would notice.
  await client.call("setWebhook", { url: hook.url, secret_token: hook.secret });

  return () => route.stop();
}

function logFailure(log: Logger, err: unknown, msg: string, extra: Record<string, unknown> = {}): void {
  if (err instanceof ZaloApiError) log.warn({ ...err.toLog(), ...extra }, msg);
  // Anything else comes from our own code, never from axios (the client converts those).
  else log.error({ err, ...extra }, msg);
}
