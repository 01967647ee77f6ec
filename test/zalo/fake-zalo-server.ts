import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A small stand-in for Zalo's Bot API on 127.0.0.1, behaving as the docs describe: POST
// /bot<token>/<method> with JSON, answers { ok, result } or { ok:false, error_code, description };
// getUpdates hands out ONE queued update per call and 408 when nothing arrives during a short wait;
// sendMessage refuses empty text and text over 2000 characters like Zalo does.

export interface SentMessage {
  chat_id: string;
  text: string;
}

export interface RecordedRequest {
  method: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeZalo {
  /** Base URL for ZALO_API_ROOT. */
  apiRoot: string;
  token: string;
  sent: SentMessage[];
  requests: RecordedRequest[];
  /** The last setWebhook body. */
  webhook?: { url: string; secret_token: string };
  /** Queues an update for getUpdates (a waiting long poll gets it at once). */
  pushUpdate(update: unknown): void;
  /**
   * The next `times` calls of `method` answer this HTTP status and body; with `after`, only once
   * that many more calls have succeeded (part 3 of a long reply fails: `after` 2).
   */
  failNext(method: string, status: number, body: unknown, times?: number, after?: number): void;
  /** sendMessage to this chat answers only after `ms` (a slow platform for one chat). */
  delaySendsTo(chatId: string, ms: number): void;
  /**
   * Resolves once every queued update was taken, the bot polled again, and its other calls (the
   * replies it sends while that poll waits) have finished with none started for a moment.
   */
  waitIdle(timeoutMs?: number): Promise<void>;
  /** Resolves when at least `count` messages were sent (rejects after timeoutMs). */
  waitForSent(count: number, timeoutMs?: number): Promise<SentMessage[]>;
  close(): Promise<void>;
}

export const FAKE_TOKEN = "1234567890:fakeSecretPartThatMustNeverBeLogged";

export async function startFakeZalo(opts: { token?: string; emptyWaitMs?: number; botName?: string } = {}): Promise<FakeZalo> {
  const token = opts.token ?? FAKE_TOKEN;
  const emptyWaitMs = opts.emptyWaitMs ?? 100;
  const queue: unknown[] = [];
  const waiters: (() => void)[] = [];
  const failures = new Map<string, { status: number; body: unknown; times: number; after: number }>();
  const sendDelays = new Map<string, number>();
  let messageSeq = 0;
  // Index in `requests` of the getUpdates call that last handed out an update.
  let lastHandout = -1;
  // The bot sends an update's replies while it polls for the next one: a turn is over only once
  // its calls other than getUpdates have finished and none started for a while.
  let callsInFlight = 0;
  let lastCallAt = 0;
  const QUIET_MS = 40;
  const sentWatchers: (() => void)[] = [];

  const fake: FakeZalo = {
    apiRoot: "",
    token,
    sent: [],
    requests: [],
    pushUpdate(update) {
      queue.push(update);
      waiters.splice(0).forEach((w) => w());
    },
    failNext(method, status, body, times = 1, after = 0) {
      failures.set(method, { status, body, times, after });
    },
    delaySendsTo(chatId, ms) {
      sendDelays.set(chatId, ms);
    },
    waitForSent(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (fake.sent.length >= count) {
            clearTimeout(timer);
            resolve(fake.sent.slice());
            return true;
          }
          return false;
        };
        const timer = setTimeout(
          () => reject(new Error(`expected ${count} sent messages, got ${fake.sent.length}: ${JSON.stringify(fake.sent)}`)),
          timeoutMs,
        );
        if (!check()) {
          const watch = () => {
            if (!check()) sentWatchers.push(watch);
          };
          sentWatchers.push(watch);
        }
      });
    },
    async waitIdle(timeoutMs = 5000) {
      const end = Date.now() + timeoutMs;
      const polledSince = () => fake.requests.some((r, i) => i > lastHandout && r.method === "getUpdates");
      const quiet = () => callsInFlight === 0 && Date.now() - lastCallAt >= QUIET_MS;
      while (queue.length > 0 || !polledSince() || !quiet()) {
        if (Date.now() > end) throw new Error("the bot did not finish its turn");
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    close: async () => {},
  };

  const json = (res: ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  const fail = (res: ServerResponse, code: number, description: string) =>
    json(res, code === 408 ? 200 : code, { ok: false, error_code: code, description });

  const handle = async (req: IncomingMessage, raw: string, res: ServerResponse) => {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? "");
    if (req.method !== "POST" || !m) return fail(res, 404, "Not Found");
    if (m[1] !== token) return fail(res, 401, "Unauthorized");
    const method = m[2]!;
    let body: Record<string, unknown>;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return fail(res, 400, "Bad Request: body is not JSON");
    }
    const index = fake.requests.push({ method, body, at: Date.now() }) - 1;

    const f = failures.get(method);
    if (f && f.after > 0) f.after--;
    else if (f) {
      if (--f.times <= 0) failures.delete(method);
      return json(res, f.status, f.body);
    }

    switch (method) {
      case "getMe":
        return json(res, 200, {
          ok: true,
          result: { id: "bot1", account_name: opts.botName ?? "Trợ lý 131", account_type: "BASIC", can_join_groups: true },
        });
      case "deleteWebhook":
        fake.webhook = undefined;
        return json(res, 200, { ok: true, result: { url: "", updated_at: Date.now() } });
      case "setWebhook": {
        const url = body.url;
        const secret = body.secret_token;
        if (typeof url !== "string" || !url.startsWith("http")) return fail(res, 400, "Bad Request: url");
        if (typeof secret !== "string" || secret.length < 8 || secret.length > 256) return fail(res, 400, "Bad Request: secret_token");
        fake.webhook = { url, secret_token: secret };
        return json(res, 200, { ok: true, result: { url, updated_at: Date.now() } });
      }
      case "getUpdates": {
        if (fake.webhook) return fail(res, 409, "Conflict: webhook is set");
        if (!queue.length) {
          // A short long-poll: wait for an update or answer 408, so the client never spins.
          await new Promise<void>((resolve) => {
            const t = setTimeout(done, emptyWaitMs);
            function done() {
              clearTimeout(t);
              resolve();
            }
            waiters.push(done);
          });
        }
        const update = queue.shift();
        if (update === undefined) return fail(res, 408, "Request Timeout");
        if (res.destroyed) {
          queue.unshift(update); // the client gave up on this poll: keep the update for the next one
          return;
        }
        lastHandout = index;
        return json(res, 200, { ok: true, result: update });
      }
      case "sendMessage": {
        const chatId = body.chat_id;
        const text = body.text;
        if (typeof chatId !== "string" || !chatId) return fail(res, 400, "Bad Request: chat_id");
        if (typeof text !== "string" || text.length === 0 || text.length > 2000)
          return fail(res, 400, "Bad Request: text must be 1 to 2000 characters");
        const delay = sendDelays.get(chatId);
        if (delay) await new Promise((r) => setTimeout(r, delay));
        fake.sent.push({ chat_id: chatId, text });
        sentWatchers.splice(0).forEach((w) => w());
        return json(res, 200, { ok: true, result: { message_id: `m${++messageSeq}`, date: Date.now() } });
      }
      case "sendChatAction":
        return json(res, 200, { ok: true, result: true });
      default:
        return fail(res, 404, "Not Found: method");
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    // A poll counts as activity when it arrives (the bot sends the replies to the update before
    // it around the same moment), a call other than a poll until it has been answered.
    lastCallAt = Date.now();
    if (!(req.url ?? "").endsWith("/getUpdates")) {
      callsInFlight++;
      res.on("close", () => {
        callsInFlight--;
        lastCallAt = Date.now();
      });
    }
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => void handle(req, Buffer.concat(chunks).toString("utf8"), res));
  });
  const port = await new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
  fake.apiRoot = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise((resolve) => {
      waiters.splice(0).forEach((w) => w());
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

let seq = 0;

/** A Zalo update as the docs show it; `kind` picks the event. */
export function zaloUpdate(o: {
  chatId?: string;
  userId?: string;
  text?: string;
  kind?: "text" | "sticker" | "image" | "unsupported";
  messageId?: string;
  chatType?: "PRIVATE" | "GROUP";
  name?: string;
}): Record<string, unknown> {
  const kind = o.kind ?? "text";
  const userId = o.userId ?? "u1";
  return {
    event_name: `message.${kind}.received`,
    message: {
      message_id: o.messageId ?? `msg${Date.now()}_${++seq}`,
      date: Date.now(),
      chat: { id: o.chatId ?? userId, chat_type: o.chatType ?? "PRIVATE" },
      from: { id: userId, display_name: o.name ?? "Nguyễn Văn A", is_bot: false },
      ...(kind === "text" ? { text: o.text ?? "" } : kind === "sticker" ? { sticker: "abc", url: "https://example.invalid/s.png" } : {}),
    },
  };
}
