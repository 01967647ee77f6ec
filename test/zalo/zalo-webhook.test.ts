import { MEMBER_HELP } from "../support/help.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningChannel } from "../../bot/channels/channel.js";
import { startZalo } from "../../bot/channels/zalo.js";
import { createHttpServer, type HttpServer } from "../../bot/http-server.js";
import { vi as texts } from "../../handlers/texts/vi.js";
import { FAKE_TOKEN, startFakeZalo, zaloUpdate, type FakeZalo } from "./fake-zalo-server.js";
import { captureLogger, makeApp, sleep, type TestApp } from "./helpers.js";

// The Zalo channel in webhook mode: Zalo (here: the test) POSTs updates to our HTTP server with the
// secret header; replies go to the fake Bot API.

const SECRET = "zalo-webhook-secret-0123456789";
const PUBLIC_URL = "https://bot.example.invalid/hooks/zalo";

let fake: FakeZalo;
let t: TestApp;
let logs: ReturnType<typeof captureLogger>;
let server: HttpServer;
let base: string;
let channel: RunningChannel | undefined;

beforeEach(async () => {
  fake = await startFakeZalo();
  t = makeApp();
  logs = captureLogger();
  server = createHttpServer();
  channel = await startZalo({
    token: FAKE_TOKEN,
    apiRoot: fake.apiRoot,
    app: t.app,
    log: logs.log,
    webhook: { url: PUBLIC_URL, secret: SECRET, server },
  });
  base = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
});

afterEach(async () => {
  await channel?.stop();
  await server.close();
  await fake.close();
  t.cleanup();
});

const post = (body: unknown, secret?: string) =>
  fetch(`${base}/hooks/zalo`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret !== undefined ? { "x-bot-api-secret-token": secret } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("Zalo webhook", () => {
  it("registers the webhook with its secret and reports itself on /healthz", async () => {
    expect(fake.webhook).toEqual({ url: PUBLIC_URL, secret_token: SECRET });
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { channels: string[] }).channels).toContain("zalo");
  });

  it("rejects a missing or wrong secret with 401 and processes nothing; the right one is answered", async () => {
    const u = zaloUpdate({ userId: "u1", text: "/help", messageId: "m-401" });
    expect((await post(u)).status).toBe(401);
    expect((await post(u, "wrong-secret-value-000000")).status).toBe(401);
    expect((await post(u, SECRET.slice(0, -1))).status).toBe(401);
    await sleep(200);
    expect(fake.sent).toEqual([]);
    // Not even recorded as seen: the same message with the right secret is answered.
    expect((await post(u, SECRET)).status).toBe(200);
    expect(await fake.waitForSent(1)).toEqual([{ chat_id: "u1", text: MEMBER_HELP }]);
  });

  it("processes a repeated event once, and keeps a chat's answers in order", async () => {
    const u = zaloUpdate({ userId: "u1", text: "/help", messageId: "m-dup" });
    expect((await post(u, SECRET)).status).toBe(200);
    expect((await post(u, SECRET)).status).toBe(200);
    expect((await post(zaloUpdate({ userId: "u1", text: "/start" }), SECRET)).status).toBe(200);
    await fake.waitForSent(2);
    await sleep(200);
    expect(fake.sent.map((s) => s.text)).toEqual([MEMBER_HELP, texts.common.start("Nguyễn Văn A")]);
  });

  it("accepts the update wrapped as {ok, result}", async () => {
    expect((await post({ ok: true, result: zaloUpdate({ userId: "u2", text: "/help" }) }, SECRET)).status).toBe(200);
    expect(await fake.waitForSent(1)).toEqual([{ chat_id: "u2", text: MEMBER_HELP }]);
  });

  it("drops an unknown shape with a log line that holds no contents", async () => {
    const res = await post({ event_name: "message.text.received", message: { text: "nội dung riêng tư" } }, SECRET);
    expect(res.status).toBe(200);
    expect((await post("{not json", SECRET)).status).toBe(400);
    await sleep(100);
    expect(fake.sent).toEqual([]);
    expect(logs.text()).toContain("unknown shape");
    expect(logs.text()).not.toContain("riêng tư");
  });

  it("answers a sticker with a request to type text", async () => {
    await post(zaloUpdate({ userId: "u3", kind: "sticker" }), SECRET);
    const [msg] = await fake.waitForSent(1);
    expect(msg!.text).toBe(texts.common.nonText);
  });

  it("refuses deliveries after stop()", async () => {
    await channel!.stop();
    channel = undefined;
    expect((await post(zaloUpdate({ userId: "u1", text: "/help" }), SECRET)).status).toBe(503);
  });
});

describe("Zalo webhook start", () => {
  it("fails to start when Zalo refuses the webhook, without the token in the error", async () => {
    const srv = createHttpServer();
    fake.failNext("setWebhook", 400, { ok: false, error_code: 400, description: "Bad Request" });
    const err = await startZalo({
      token: FAKE_TOKEN,
      apiRoot: fake.apiRoot,
      app: t.app,
      log: logs.log,
      webhook: { url: PUBLIC_URL, secret: SECRET, server: srv, path: "/other" },
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toContain("setWebhook");
    expect(String(err?.stack)).not.toContain(FAKE_TOKEN);
    expect(logs.text()).not.toContain(FAKE_TOKEN);
  });
});
