import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { App } from "../../handlers/app.js";
import type { Incoming, Reply } from "../../core/types.js";
import { secretMatches, type HttpServer } from "../http-server.js";
import type { Logger } from "../log.js";
import type { RunningChannel } from "./channel.js";
import { createZaloClient, ZaloApiError, type ZaloClient } from "./zalo-api.js";
import { sendOrDefer } from "./deliver.js";
import { renderZaloMessages } from "./zalo-render.js";
import { parseUpdate, toIncoming } from "./zalo-update.js";

// The Zalo channel: long polling on getUpdates by default, a webhook when a public URL is set.
// Each update becomes one Incoming for app.handle; its replies are rendered as plain text, split
// under Zalo's limit and sent in order before the next update of that chat is taken.

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

export async function startZalo(opts: ZaloOptions): Promise<RunningChannel> {
  const log = opts.log.child({ channel: "zalo" });
  const client = createZaloClient({ token: opts.token, apiRoot: opts.apiRoot });
  const botName = await fetchBotName(client, log);

  const send = async (chatId: string, replies: Reply[]): Promise<void> => {
    for (const text of renderZaloMessages(replies)) await client.sendMessage(chatId, text);
  };

  // Turns one raw update into the Incoming to handle; logs and drops what is not usable.
  const prepare = (raw: unknown): Incoming | undefined => {
    const parsed = parseUpdate(raw);
    if (!parsed.ok) {
      log.warn({ problems: parsed.problems }, "zalo update of unknown shape dropped");
      return undefined;
    }
    return toIncoming(parsed.update, { botName }, new Date());
  };

  // app.handle commits the update (and its dedupe key) before anything is sent; a reply that
  // fails for a passing reason goes to the outbox, and the channel goes on with the next update.
  const deliver = (incoming: Incoming, replies: readonly Reply[]): Promise<void> =>
    sendOrDefer(opts.app, incoming, replies, send, (err, deferred) =>
      logFailure(log, err, deferred ? "zalo reply not sent; queued for retry" : "zalo reply refused"),
    );
  const run = (incoming: Incoming): Promise<void> => deliver(incoming, opts.app.handle(incoming));

  const stop = opts.webhook
    ? await startWebhook(opts.webhook, client, log, prepare, (incoming) => opts.app.handle(incoming), deliver)
    : startPolling(opts, client, log, prepare, run);
  log.info({ mode: opts.webhook ? "webhook" : "polling", botNameKnown: botName !== undefined }, "zalo channel started");
  return { name: "zalo", send, stop };
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
  run: (incoming: Incoming) => Promise<void>,
): () => Promise<void> {
  const timeout = opts.pollTimeoutSeconds ?? 30;
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
    let delay = initialMs;
    while (!ac.signal.aborted) {
      let raw: unknown;
      try {
        raw = await client.getUpdates(timeout, ac.signal);
        delay = initialMs;
      } catch (err) {
        if (ac.signal.aborted) break;
        logFailure(log, err, "zalo getUpdates failed; retrying", { retryInMs: delay });
        await sleep(delay, ac.signal);
        delay = Math.min(delay * 2, maxMs);
        continue;
      }
      if (raw === undefined) continue; // 408: nothing new
      // Zalo documents one update per poll; an array (Telegram's shape) is taken in order too.
      for (const one of Array.isArray(raw) ? raw : [raw]) {
        const incoming = prepare(one);
        // Replies go out before the next update is taken, so a chat's answers keep their order.
        // Not aborted by stop(): the update is already committed, and its answer should arrive.
        if (incoming) await run(incoming);
      }
    }
  };
  const done = loop().catch((err: unknown) => logFailure(log, err, "zalo polling loop crashed"));

  return async () => {
    ac.abort();
    await done;
  };
}

async function startWebhook(
  hook: NonNullable<ZaloOptions["webhook"]>,
  client: ZaloClient,
  log: Logger,
  prepare: (raw: unknown) => Incoming | undefined,
  handle: (incoming: Incoming) => Reply[],
  deliver: (incoming: Incoming, replies: readonly Reply[]) => Promise<void>,
): Promise<() => Promise<void>> {
  const path = hook.path ?? (new URL(hook.url).pathname || "/");
  let stopped = false;
  // One promise chain per chat: a chat's replies go out in arrival order, while a slow chat does
  // not hold up the others.
  const chains = new Map<string, Promise<void>>();

  const enqueue = (incoming: Incoming, replies: readonly Reply[]) => {
    const prev = chains.get(incoming.chatId) ?? Promise.resolve();
    const next = prev.then(() => deliver(incoming, replies)).catch((err: unknown) => logFailure(log, err, "zalo update failed"));
    chains.set(incoming.chatId, next);
    void next.then(() => {
      if (chains.get(incoming.chatId) === next) chains.delete(incoming.chatId);
    });
  };

  hook.server.route("POST", path, (req: IncomingMessage, body: Buffer, res: ServerResponse) => {
    if (stopped) return void res.writeHead(503).end();
    if (!secretMatches(req.headers["x-bot-api-secret-token"], hook.secret)) {
      log.warn("zalo webhook request with a missing or wrong secret rejected");
      return void res.writeHead(401).end();
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString("utf8"));
    } catch {
      log.warn("zalo webhook body is not JSON; dropped");
      return void res.writeHead(400).end();
    }
    // The update is committed (handle is synchronous and fast) before Zalo gets its 200, so a crash
    // right after the answer loses nothing; sending, which may be slow, happens after.
    const incoming = prepare(raw);
    const replies = incoming ? handle(incoming) : [];
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    if (incoming && replies.length) enqueue(incoming, replies);
  });
  hook.server.addHealthChannel("zalo");

  // Fails the start: without the webhook set, Zalo would deliver nothing and nobody would notice.
  await client.call("setWebhook", { url: hook.url, secret_token: hook.secret });

  return async () => {
    stopped = true;
    await Promise.allSettled([...chains.values()]);
  };
}

function logFailure(log: Logger, err: unknown, msg: string, extra: Record<string, unknown> = {}): void {
  if (err instanceof ZaloApiError) log.warn({ ...err.toLog(), ...extra }, msg);
  // Anything else comes from our own code, never from axios (the client converts those).
  else log.error({ err, ...extra }, msg);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
