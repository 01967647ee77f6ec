import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { spawnBot, TSX_BOT, waitUntil, type BotProcess } from "../../bench/bot-process.js";
import { startFakeBotApi, type FakeBotApi } from "../../bench/fake-bot-api.js";
import { telegramTransport } from "../../bench/telegram-transport.js";
import { loadQuestions, planFor, REASON_MARK, runDeclarant, runReviewer, type RunShared } from "../../bench/people.js";
import { startFakeZalo, zaloUpdate, type FakeZalo } from "../zalo/fake-zalo-server.js";

// The most verbose logging (LOG_LEVEL=trace) through everything that carries a secret or a
// person's words: a whole declaration on Telegram and one on Zalo, both by webhook, a review with
// a button and a reason and one in a line, /cua_toi and questions. What the process wrote holds
// no token (nor its secret half), no webhook secret (set or derived), no key (DATA_KEY or the key
// file's bytes, in any common spelling), no answer and no reason.

const ZALO_TOKEN = "5566778899:zaloSecretHalf_never_logged_QWERTY";
const REVIEWER = 900_001;
const DECLARANT = 100_001;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const derived = (token: string, purpose: string) => createHash("sha256").update(`${purpose}:${token}`).digest("hex").slice(0, 48);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Spellings of a key a careless log line might use. */
function keySpellings(key: Buffer): string[] {
  return [key.toString("hex"), key.toString("hex").toUpperCase(), key.toString("base64"), key.toString("base64url")];
}

let bot: BotProcess | undefined;
let tg: FakeBotApi | undefined;
let zalo: FakeZalo | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await bot?.kill();
  await tg?.close();
  await zalo?.close();
  bot = tg = zalo = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A conflict declaration on Zalo by webhook, answered step by step; returns its receipt code. */
async function zaloDeclaration(
  z: FakeZalo,
  hookUrl: string,
  secret: string,
  marks: { inspection: string; relative: string; remarks: string },
): Promise<string> {
  const say = async (text: string, wanted: RegExp): Promise<string> => {
    const before = z.sent.length;
    const res = await fetch(hookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-bot-api-secret-token": secret },
      body: JSON.stringify(zaloUpdate({ userId: "zl-declarant", text, name: "Lê Văn Zalo" })),
    });
    expect(res.status).toBe(200);
    const end = Date.now() + 15_000;
    for (;;) {
      const fresh = z.sent
        .slice(before)
        .map((m) => m.text)
        .join("\n");
      if (wanted.test(fresh)) return fresh;
      if (Date.now() > end) throw new Error(`Zalo: no reply matching ${String(wanted)} to «${text}»; got: ${fresh}`);
      await sleep(20);
    }
  };
  await say("/khaibao_xungdot", /Bước 1\/8/);
  await say("1", /Bước 2\/8/);
  await say(marks.inspection, /Bước 3\/8/);
  await say("Chi bộ thôn B", /Bước 4\/8/);
  await say("1", /Bước 5\/8/);
  await say("1", /Bước 6\/8/);
  await say(marks.relative, /Bước 7\/8/);
  await say("không", /Bước 8\/8/);
  await say(marks.remarks, /kiểm tra lại nội dung/);
  const receipt = await say("xác nhận", /Mã bản khai: XD-\d{4}-\d{6}/);
  return /XD-\d{4}-\d{6}/.exec(receipt)![0];
}

async function scenario(opts: {
  dataKey?: string;
  explicitSecrets: boolean;
}): Promise<{ logs: string; secrets: string[]; words: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), "log-hygiene-"));
  dirs.push(dataDir);
  tg = await startFakeBotApi();
  zalo = await startFakeZalo({ token: ZALO_TOKEN });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const tgSecret = opts.explicitSecrets ? "tg_webhook_SECRET_value_0123456789" : derived(tg.token, "telegram");
  const zaloSecret = opts.explicitSecrets ? "zalo-webhook-SECRET-value-987654" : derived(ZALO_TOKEN, "zalo");
  const env: Record<string, string> = {
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    WEBHOOK_URL: `${base}/hooks/telegram`,
    ZALO_BOT_TOKEN: ZALO_TOKEN,
    ZALO_API_ROOT: zalo.apiRoot,
    ZALO_WEBHOOK_URL: `${base}/hooks/zalo`,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    ADMIN_IDS: `telegram:${REVIEWER}`,
    LOG_LEVEL: "trace",
    DIGEST_CRON: "0 0 1 1 *",
    RATE_LIMIT_PER_MINUTE: "0",
    ...(opts.dataKey ? { DATA_KEY: opts.dataKey } : {}),
    ...(opts.explicitSecrets ? { WEBHOOK_SECRET: tgSecret, ZALO_WEBHOOK_SECRET: zaloSecret } : {}),
  };
  const b = spawnBot(TSX_BOT, env);
  bot = b;
  const t = tg;
  await waitUntil(
    b,
    () => t.webhook() !== undefined && zalo!.webhook !== undefined && b.stderr().includes("bot started"),
    60_000,
    "bot start",
  );
  expect(t.webhook()).toEqual({ url: `${base}/hooks/telegram`, secret: tgSecret });
  expect(zalo.webhook?.secret_token).toBe(zaloSecret);

  // Error paths are where content leaks: a refused keyboard edit (logged at debug) and a Zalo
  // reply that fails once (queued in the outbox, sent again two seconds later).
  t.failNext("editMessageReplyMarkup", 400, "Bad Request: message is not modified", 3);
  zalo.failNext("sendMessage", 500, { ok: false, error_code: 500, description: "Internal error" }, 1);
  const zaloMarks = { inspection: "Đoàn kiểm tra BÍMẬTZALO-1", relative: "Ông Họhàng BÍMẬTZALO-2", remarks: "Ghi chú BÍMẬTZALO-3" };
  const zaloCode = await zaloDeclaration(zalo, `${base}/hooks/zalo`, zaloSecret, zaloMarks);

  // Telegram: updates are POSTed by the fake to the webhook, with the secret it was given.
  const shared: RunShared = {
    transport: telegramTransport(t),
    mode: "bot",
    questions: loadQuestions(),
    codes: [zaloCode],
    activeDeclarants: 1,
    turns: [],
    turnTimeoutMs: 15_000,
    deadline: Date.now() + 60_000,
    echoRoundsPerReviewer: 0,
  };
  const [declarant, reviewer] = await Promise.all([runDeclarant(shared, DECLARANT, 0), runReviewer(shared, REVIEWER, 0)]);
  expect(declarant.error).toBeUndefined();
  expect(declarant.code).toMatch(/QT-\d{4}-\d{6}/);
  expect(reviewer.error).toBeUndefined();
  expect(reviewer.decided).toBe(2);
  // Both declarants are told of the decision (outbox, every 2 s).
  const end = Date.now() + 15_000;
  const told = () =>
    t.chat(DECLARANT).some((m) => m.text.startsWith("Ủy ban Kiểm tra đã xem xét")) &&
    zalo!.sent.some((m) => m.chat_id === "zl-declarant" && m.text.includes(REASON_MARK));
  while (!told() && Date.now() < end) await sleep(100);
  expect(told()).toBe(true);

  expect(await b.stop()).toBe(0);
  const logs = b.stderr();
  const plan = planFor(0);
  const words = [
    ...Object.values(plan.answers).flatMap((a) => (a.text && a.text.length > 8 ? [a.text] : [])),
    ...Object.values(zaloMarks),
    REASON_MARK,
  ];
  const secrets = [t.token, t.token.split(":")[1]!, ZALO_TOKEN, ZALO_TOKEN.split(":")[1]!, tgSecret, zaloSecret];
  if (opts.dataKey) secrets.push(...keySpellings(Buffer.from(opts.dataKey, "hex")));
  else {
    const keyFile = readFileSync(join(dataDir, "secret.key"));
    secrets.push(keyFile.toString("utf8").trim(), ...keySpellings(keyFile));
    const text = keyFile.toString("utf8").trim();
    if (/^[0-9a-fA-F]{64}$/.test(text)) secrets.push(...keySpellings(Buffer.from(text, "hex")));
    else if (/^[A-Za-z0-9+/]{43}=$/.test(text)) secrets.push(...keySpellings(Buffer.from(text, "base64")));
  }
  return { logs, secrets, words };
}

function leaks(logs: string, needles: string[]): string[] {
  expect(needles.length).toBeGreaterThan(5);
  return needles.filter((n) => n.length >= 8 && logs.includes(n));
}

describe("logs at LOG_LEVEL=trace", () => {
  it("hold no token, derived webhook secret, key file, answer or reason (Telegram and Zalo webhooks)", async () => {
    const { logs, secrets, words } = await scenario({ explicitSecrets: false });
    // Verbose logging was really on (the refused edit is logged at debug), or this proves nothing.
    expect(logs).toMatch(/"level":20\b/);
    expect(logs).toContain("queued for retry");
    expect(leaks(logs, secrets)).toEqual([]);
    expect(leaks(logs, words)).toEqual([]);
  }, 90_000);

  it("hold no token, configured webhook secret, DATA_KEY, answer or reason", async () => {
    const key = randomBytes(32).toString("hex");
    const { logs, secrets, words } = await scenario({ dataKey: key, explicitSecrets: true });
    expect(logs).toMatch(/"level":20\b/);
    expect(leaks(logs, secrets)).toEqual([]);
    expect(leaks(logs, words)).toEqual([]);
  }, 90_000);
});
