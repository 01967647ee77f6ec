import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readBody, sendJson as json } from "./fake-http.js";

// A local stand-in for Zalo's Bot API (docs: ../shared/docs/zalo-bot-api.md), fast enough to
// measure a bot against, on 127.0.0.1 only. Unlike Telegram's, Zalo's getUpdates has no offset:
// - getUpdates hands out ONE update per call, the oldest pending one, and that update is consumed
//   by being handed out; with none pending it holds the call (long poll, `timeout` in seconds,
//   sent as a string) until one is pushed, or answers ok:false error_code 408 when the timeout
//   passes. Concurrent polls are served in the order they came, each with a different update; a
//   poll whose client went away is dropped and gets nothing;
// - sendMessage refuses empty text and text over 2000 characters, as Zalo does, and records
//   every message per chat (watchers are told at once);
// - getMe, deleteWebhook, getWebhookInfo and sendChatAction answer like Zalo; every other method
//   answers 404. Calls are counted per method.
// The people who talk to the bot are played by the caller (see bench/people.ts).

export const FAKE_ZALO_TOKEN = "7391028465:fake_bench_zalo_secret_never_logged";
const ZALO_MAX_TEXT = 2000;

export interface ZaloSentMessage {
  messageId: string;
  chatId: string;
  text: string;
  /** Date.now() when the fake received it. */
  at: number;
}

export interface ZaloPerson {
  id: string;
  name: string;
}

export interface FakeZaloApi {
  /** For ZALO_API_ROOT. */
  apiRoot: string;
  token: string;
  /** Every message sent, in arrival order. */
  sent: ZaloSentMessage[];
  /** Calls per Bot API method. */
  calls: Map<string, number>;
  /** A text message from a person in their private chat (chat id = user id); returns the update's sequence number (1, 2, …). */
  pushText(user: ZaloPerson, text: string): number;
  /** True once the update with this sequence number was handed to a poll (and so consumed). */
  handedOut(seq: number): boolean;
  /** Updates pushed and not yet handed out. */
  pendingCount(): number;
  /** Messages sent to a chat, oldest first. */
  chat(chatId: string): ZaloSentMessage[];
  /** Called for every sent message; returns an unsubscribe function. */
  watch(listener: (m: ZaloSentMessage) => void): () => void;
  close(): Promise<void>;
}

interface Pending {
  seq: number;
  update: Record<string, unknown>;
}

interface Poll {
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

export async function startFakeZaloApi(opts: { token?: string } = {}): Promise<FakeZaloApi> {
  const token = opts.token ?? FAKE_ZALO_TOKEN;
  const queue: Pending[] = []; // oldest first
  let polls: Poll[] = []; // oldest first
  const sent: ZaloSentMessage[] = [];
  const byChat = new Map<string, ZaloSentMessage[]>();
  const calls = new Map<string, number>();
  const watchers = new Set<(m: ZaloSentMessage) => void>();
  const handed = new Set<number>();
  let nextSeq = 1;
  let nextSentId = 1;

  const ok = (res: ServerResponse, result: unknown) => json(res, 200, { ok: true, result });
  // Zalo answers a refusal in the body; "nothing new" (408) comes with HTTP 200.
  const fail = (res: ServerResponse, code: number, description: string) =>
    json(res, code === 408 ? 200 : code, { ok: false, error_code: code, description });

  const handOut = (res: ServerResponse, p: Pending) => {
    handed.add(p.seq);
    ok(res, p.update);
  };

  // An update goes to the oldest poll still connected, else waits in the queue.
  const deliver = (p: Pending) => {
    while (polls.length) {
      const poll = polls.shift()!;
      clearTimeout(poll.timer);
      if (poll.res.destroyed || poll.res.writableEnded) continue;
      handOut(poll.res, p);
      return;
    }
    queue.push(p);
  };

  const record = (chatId: string, text: string): ZaloSentMessage => {
    const m: ZaloSentMessage = { messageId: `zb${nextSentId++}`, chatId, text, at: Date.now() };
    sent.push(m);
    let list = byChat.get(chatId);
    if (!list) byChat.set(chatId, (list = []));
    list.push(m);
    for (const w of watchers) w(m);
    return m;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    if (req.method !== "POST" || !m) return fail(res, 404, "Not Found");
    if (m[1] !== token) return fail(res, 401, "Unauthorized");
    const method = m[2]!;
    calls.set(method, (calls.get(method) ?? 0) + 1);
    const raw = await readBody(req);
    let body: Record<string, unknown>;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return fail(res, 400, "Bad Request: body is not JSON");
    }
    switch (method) {
      case "getMe":
        return ok(res, { id: "7391028465", account_name: "Trợ lý 131", account_type: "BASIC", can_join_groups: true });
      case "deleteWebhook":
      case "getWebhookInfo":
        return ok(res, { url: "", updated_at: Date.now() });
      case "sendChatAction":
        return ok(res, true);
      case "getUpdates": {
        const first = queue.shift();
        if (first) return handOut(res, first);
        const seconds = Number(body.timeout);
        const timeout = Number.isFinite(seconds) ? Math.max(0, Math.min(50, seconds)) : 0;
        if (timeout === 0) return fail(res, 408, "Request Timeout");
        const poll: Poll = {
          res,
          timer: setTimeout(() => {
            polls = polls.filter((x) => x !== poll);
            fail(res, 408, "Request Timeout");
          }, timeout * 1000),
        };
        // A client that goes away (stop, abort, SIGKILL) leaves no poll behind to take an update.
        res.on("close", () => {
          clearTimeout(poll.timer);
          polls = polls.filter((x) => x !== poll);
        });
        polls.push(poll);
        return;
      }
      case "sendMessage": {
        const chatId = body.chat_id;
        const text = body.text;
        if (typeof chatId !== "string" || !chatId) return fail(res, 400, "Bad Request: chat_id");
        if (typeof text !== "string" || text.length === 0 || text.length > ZALO_MAX_TEXT)
          return fail(res, 400, "Bad Request: text must be 1 to 2000 characters");
        const msg = record(chatId, text);
        return ok(res, { message_id: msg.messageId, date: msg.at });
      }
      default:
        return fail(res, 404, "Not Found: method");
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => fail(res, 500, "Internal Server Error"));
  });
  server.keepAliveTimeout = 60_000;
  // Loopback only, always.
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    sent,
    calls,
    pushText(user, text) {
      const seq = nextSeq++;
      const now = Date.now();
      deliver({
        seq,
        update: {
          event_name: "message.text.received",
          message: {
            message_id: `zm${seq.toString(16).padStart(8, "0")}`,
            date: now,
            chat: { id: user.id, chat_type: "PRIVATE" },
            from: { id: user.id, display_name: user.name, is_bot: false },
            text,
          },
        },
      });
      return seq;
    },
    handedOut: (seq) => handed.has(seq),
    pendingCount: () => queue.length,
    chat: (chatId) => byChat.get(chatId) ?? [],
    watch(listener) {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const p of polls) clearTimeout(p.timer);
        polls = [];
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
