import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readBody, sendJson as json } from "./fake-http.js";

// A local stand-in for Telegram's Bot API, fast enough to measure a bot against, on 127.0.0.1
// only. It does what the bot needs and what a load or crash test must observe:
// - getUpdates honours `offset` (an update below it is confirmed and forgotten, as on Telegram)
//   and `timeout` (a long poll is held until an update arrives or the timeout ends, and dropped
//   when the client goes away); `limit` caps a batch;
// - sendMessage, editMessageReplyMarkup, answerCallbackQuery, getMe, setMyCommands,
//   deleteWebhook and setWebhook answer like Telegram; every other method answers 404;
// - with a webhook set, updates are POSTed to it (with the secret header) instead of being polled;
// - every message the bot sends is recorded per chat, and watchers are told at once.
// The people who talk to the bot are played by the caller (see bench/people.ts).

export const FAKE_BOT_TOKEN = "987654321:AAF-fake_bench_TOKEN_never_logged_xyz";
export const FAKE_BOT = { id: 987654321, is_bot: true, first_name: "Trợ lý 131", username: "kiemsoat131_bot" } as const;

export interface InlineButton {
  text: string;
  callback_data?: string;
}

export interface SentMessage {
  messageId: number;
  chatId: string;
  text: string;
  buttons: InlineButton[];
  /** Date.now() when the fake received it. */
  at: number;
}

export interface TgUpdate {
  update_id: number;
  message?: Record<string, unknown>;
  callback_query?: Record<string, unknown>;
}

export interface FakeBotApi {
  apiRoot: string;
  token: string;
  /** Every message sent, in arrival order. */
  sent: SentMessage[];
  /** Calls per Bot API method. */
  calls: Map<string, number>;
  /** Highest update_id the bot confirmed (by asking for a higher offset); 0 before any. */
  confirmedUpTo(): number;
  /** Every update pushed so far, by id. */
  updates: Map<number, TgUpdate>;
  /** The webhook the bot set, if any. */
  webhook(): { url: string; secret?: string } | undefined;
  /** A text message from a person in their private chat (chat id = user id). Returns its update. */
  pushText(user: FakePerson, text: string): TgUpdate;
  /** A button press on the bot's message `messageId`. */
  pushCallback(user: FakePerson, data: string, messageId: number): TgUpdate;
  /** Messages sent to a chat, oldest first. */
  chat(chatId: number | string): SentMessage[];
  /** Called for every sent message; returns an unsubscribe function. */
  watch(listener: (m: SentMessage) => void): () => void;
  /** The next `times` calls of `method` answer this status and Telegram-shaped error. */
  failNext(method: string, status: number, description: string, times?: number): void;
  close(): Promise<void>;
}

export interface FakePerson {
  id: number;
  firstName: string;
  lastName?: string;
}

interface Poll {
  offset: number;
  limit: number;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

function params(url: URL, body: string, contentType: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(url.searchParams.entries());
  if (body && contentType?.includes("application/json")) Object.assign(out, JSON.parse(body) as Record<string, unknown>);
  else if (body && contentType?.includes("x-www-form-urlencoded")) Object.assign(out, Object.fromEntries(new URLSearchParams(body)));
  return out;
}

function num(v: unknown, fallback: number): number {
  const n = typeof v === "number" ? v : typeof v === "string" && v !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : fallback;
}

/** The markup's buttons, flattened. */
function buttonsOf(markup: unknown): InlineButton[] {
  const m = (typeof markup === "string" ? JSON.parse(markup) : markup) as { inline_keyboard?: InlineButton[][] } | undefined;
  return (m?.inline_keyboard ?? []).flat();
}

export async function startFakeBotApi(opts: { token?: string; maxUpdatesPerPoll?: number } = {}): Promise<FakeBotApi> {
  const token = opts.token ?? FAKE_BOT_TOKEN;
  const maxBatch = opts.maxUpdatesPerPoll ?? 100;
  const pending: TgUpdate[] = []; // not yet confirmed, ascending update_id
  const updates = new Map<number, TgUpdate>();
  const sent: SentMessage[] = [];
  const byChat = new Map<string, SentMessage[]>();
  const calls = new Map<string, number>();
  const watchers = new Set<(m: SentMessage) => void>();
  const failures = new Map<string, { status: number; description: string; times: number }>();
  let polls: Poll[] = [];
  let nextUpdateId = 1;
  let nextMessageId = 1;
  let confirmed = 0;
  let hook: { url: string; secret?: string } | undefined;
  let closed = false;

  const ok = (res: ServerResponse, result: unknown) => json(res, 200, { ok: true, result });

  const confirm = (offset: number) => {
    if (offset - 1 > confirmed) confirmed = offset - 1;
    while (pending.length && pending[0]!.update_id < offset) pending.shift();
  };
  const available = (offset: number, limit: number) => pending.filter((u) => u.update_id >= offset).slice(0, limit);

  const answerPolls = () => {
    const still: Poll[] = [];
    for (const p of polls) {
      const batch = available(p.offset, p.limit);
      if (batch.length === 0) {
        still.push(p);
        continue;
      }
      clearTimeout(p.timer);
      ok(p.res, batch);
    }
    polls = still;
  };

  const postToHook = async (u: TgUpdate) => {
    const h = hook!;
    // A few attempts, as Telegram retries a webhook that does not answer 200.
    for (let attempt = 0; attempt < 20 && !closed; attempt++) {
      const status = await new Promise<number>((resolve) => {
        const target = new URL(h.url);
        const body = JSON.stringify(u);
        const r = request(
          {
            hostname: target.hostname,
            port: target.port,
            path: target.pathname,
            method: "POST",
            headers: {
              "content-type": "application/json",
              "content-length": Buffer.byteLength(body),
              ...(h.secret ? { "x-telegram-bot-api-secret-token": h.secret } : {}),
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        r.on("error", () => resolve(0));
        r.end(body);
      });
      if (status === 200) {
        confirm(u.update_id + 1);
        return;
      }
      await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
    }
  };

  const push = (u: TgUpdate): TgUpdate => {
    updates.set(u.update_id, u);
    pending.push(u);
    if (hook) void postToHook(u);
    else answerPolls();
    return u;
  };

  const record = (chatId: string, text: string, markup: unknown): SentMessage => {
    const m: SentMessage = { messageId: nextMessageId++, chatId, text, buttons: buttonsOf(markup), at: Date.now() };
    sent.push(m);
    let list = byChat.get(chatId);
    if (!list) byChat.set(chatId, (list = []));
    list.push(m);
    for (const w of watchers) w(m);
    return m;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!m) return json(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (m[1] !== token) return json(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = m[2]!;
    calls.set(method, (calls.get(method) ?? 0) + 1);
    const p = params(url, await readBody(req), req.headers["content-type"]);
    const failure = failures.get(method);
    if (failure && failure.times > 0) {
      failure.times -= 1;
      return json(res, failure.status, { ok: false, error_code: failure.status, description: failure.description });
    }
    const now = Math.floor(Date.now() / 1000);
    switch (method) {
      case "getMe":
        return ok(res, { ...FAKE_BOT, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
      case "setMyCommands":
      case "deleteMyCommands":
      case "answerCallbackQuery":
        return ok(res, true);
      case "deleteWebhook":
        hook = undefined;
        return ok(res, true);
      case "setWebhook":
        hook = { url: String(p.url), secret: typeof p.secret_token === "string" ? p.secret_token : undefined };
        for (const u of pending) void postToHook(u);
        return ok(res, true);
      case "getUpdates": {
        if (hook)
          return json(res, 409, {
            ok: false,
            error_code: 409,
            description: "Conflict: can't use getUpdates method while webhook is active",
          });
        const offset = num(p.offset, 0);
        if (offset > 0) confirm(offset);
        const limit = Math.max(1, Math.min(maxBatch, num(p.limit, maxBatch)));
        const timeout = Math.max(0, Math.min(50, num(p.timeout, 0)));
        const batch = available(offset, limit);
        if (batch.length || timeout === 0) return ok(res, batch);
        const poll: Poll = {
          offset,
          limit,
          res,
          timer: setTimeout(() => {
            polls = polls.filter((x) => x !== poll);
            ok(res, []);
          }, timeout * 1000),
        };
        // A client that goes away (stop, abort, SIGKILL) leaves no poller behind.
        res.on("close", () => {
          clearTimeout(poll.timer);
          polls = polls.filter((x) => x !== poll);
        });
        polls.push(poll);
        return;
      }
      case "sendMessage": {
        const text = typeof p.text === "string" ? p.text : "";
        if (!text.trim()) return json(res, 400, { ok: false, error_code: 400, description: "Bad Request: message text is empty" });
        if (text.length > 4096 * 2) return json(res, 400, { ok: false, error_code: 400, description: "Bad Request: message is too long" });
        const chatId = String(p.chat_id);
        const msg = record(chatId, text, p.reply_markup);
        const markup = typeof p.reply_markup === "string" ? (JSON.parse(p.reply_markup) as unknown) : p.reply_markup;
        return ok(res, {
          message_id: msg.messageId,
          date: now,
          chat: { id: Number(chatId), type: "private", first_name: "Người dùng" },
          from: FAKE_BOT,
          text,
          ...(markup ? { reply_markup: markup } : {}),
        });
      }
      case "editMessageReplyMarkup": {
        const list = byChat.get(String(p.chat_id)) ?? [];
        const target = list.find((x) => x.messageId === num(p.message_id, -1));
        if (!target) return json(res, 400, { ok: false, error_code: 400, description: "Bad Request: message to edit not found" });
        target.buttons = buttonsOf(p.reply_markup);
        return ok(res, true);
      }
      default:
        return json(res, 404, { ok: false, error_code: 404, description: "Not Found: method not found" });
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => json(res, 500, { ok: false, error_code: 500, description: "Internal Server Error" }));
  });
  server.keepAliveTimeout = 60_000;
  // Loopback only, always.
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  const userOf = (u: FakePerson) => ({
    id: u.id,
    is_bot: false,
    first_name: u.firstName,
    ...(u.lastName ? { last_name: u.lastName } : {}),
  });
  const chatOf = (u: FakePerson) => ({ id: u.id, type: "private", first_name: u.firstName });

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    sent,
    calls,
    updates,
    confirmedUpTo: () => confirmed,
    webhook: () => hook,
    pushText(user, text) {
      const message: Record<string, unknown> = {
        message_id: nextMessageId++,
        from: userOf(user),
        chat: chatOf(user),
        date: Math.floor(Date.now() / 1000),
        text,
      };
      const cmd = /^\/\S+/.exec(text);
      if (cmd) message.entities = [{ type: "bot_command", offset: 0, length: cmd[0].length }];
      return push({ update_id: nextUpdateId++, message });
    },
    pushCallback(user, data, messageId) {
      const id = nextUpdateId++;
      const original = (byChat.get(String(user.id)) ?? []).find((x) => x.messageId === messageId);
      return push({
        update_id: id,
        callback_query: {
          id: `cq${id}`,
          from: userOf(user),
          chat_instance: `ci${user.id}`,
          data,
          message: {
            message_id: messageId,
            from: FAKE_BOT,
            chat: chatOf(user),
            date: Math.floor(Date.now() / 1000),
            text: original?.text ?? "…",
            ...(original?.buttons.length ? { reply_markup: { inline_keyboard: original.buttons.map((b) => [b]) } } : {}),
          },
        },
      });
    },
    chat: (chatId) => byChat.get(String(chatId)) ?? [],
    watch(listener) {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
    failNext(method, status, description, times = 1) {
      failures.set(method, { status, description, times });
    },
    close: () =>
      new Promise<void>((resolve) => {
        closed = true;
        for (const p of polls) clearTimeout(p.timer);
        polls = [];
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
