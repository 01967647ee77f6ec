import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/ports.js";
import { startEmulator, TelegramUser, TEST_TOKEN, type Emulator } from "../support/telegram-emulator.js";
import { FAKE_TOKEN, startFakeZalo, zaloUpdate, type FakeZalo } from "../zalo/fake-zalo-server.js";

// The real process (`npm start`'s bot/main.ts) with both platforms configured against local
// emulators: one process, one database, and a decision taken on Telegram reaching a declarant on
// Zalo through the outbox. Both platforms poll, and with PORT set a supervisor can still watch
// it on /healthz. Then SIGTERM stops it cleanly, and its logs never show a token.

// TEST_BUILT_BOT=1 runs the same test on the production build (`npm run build` first).
const ENTRY = process.env.TEST_BUILT_BOT ? ["dist/bot/main.js"] : ["--import", "tsx", "bot/main.ts"];

let emulator: Emulator;
let zalo: FakeZalo;
let proc: ChildProcess;
let stderr = "";
let port: number;
const ADMIN_TG = 4242;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  emulator = await startEmulator();
  zalo = await startFakeZalo();
  port = await freePort();
  proc = spawn(process.execPath, ENTRY, {
    env: {
      ...process.env,
      DATA_DIR: mkdtempSync(join(tmpdir(), "main-")),
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      ZALO_BOT_TOKEN: FAKE_TOKEN,
      ZALO_API_ROOT: zalo.apiRoot,
      ADMIN_IDS: `telegram:${ADMIN_TG}`,
      LOG_LEVEL: "debug",
      PORT: String(port),
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const end = Date.now() + 20_000;
  while (!stderr.includes("bot started")) {
    if (Date.now() > end || proc.exitCode !== null) throw new Error(`bot did not start:\n${stderr}`);
    await sleep(50);
  }
}, 30_000);

afterAll(async () => {
  if (proc.exitCode === null) proc.kill("SIGKILL");
  await zalo?.close();
  await emulator?.stop();
});

async function zaloSay(text: string): Promise<string> {
  const before = zalo.sent.length;
  zalo.pushUpdate(zaloUpdate({ userId: "zd1", text, name: "Lê Văn C" }));
  await zalo.waitIdle(8000);
  return zalo.sent
    .slice(before)
    .map((m) => m.text)
    .join("\n");
}

describe("the bot process with Telegram and Zalo together", () => {
  it("serves both platforms on one database: a Zalo declaration is decided on Telegram and the declarant is told on Zalo", async () => {
    const admin = new TelegramUser(emulator, TEST_TOKEN, { chatId: ADMIN_TG, userId: ADMIN_TG, firstName: "Admin" });
    expect((await admin.say("/start")).map((m) => m.text).join("\n")).toContain("Chào đồng chí");

    expect(await zaloSay("/khaibao_qua")).toContain("Bước 1/");
    for (const answer of ["1", "Trần Văn D", "Giám đốc công ty E", "1", "1", "Một phong bì", "2tr", "hôm nay", "1", "bỏ qua"]) {
      await zaloSay(answer);
    }
    const receipt = await zaloSay("xac nhan");
    const code = /QT-\d{4}-\d{6}/.exec(receipt)?.[0];
    expect(code, receipt).toBeDefined();

    const decided = (await admin.say(`/quyet_dinh ${code} chap_nhan Đã từ chối đúng quy định.`)).map((m) => m.text).join("\n");
    expect(decided).toContain(code!);

    // The outbox sender delivers the decision to the declarant's Zalo chat.
    const end = Date.now() + 10_000;
    let notice: string | undefined;
    while (!notice && Date.now() < end) {
      notice = zalo.sent.find((m) => m.chat_id === "zd1" && m.text.includes(code!) && m.text.includes("Đã từ chối đúng quy định"))?.text;
      await sleep(50);
    }
    expect(notice).toBeDefined();
  }, 60_000);

  it("answers GET /healthz while both platforms poll (PORT set, no webhook)", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, channels: ["telegram", "zalo"] });
  });

  it("stops cleanly on SIGTERM, and no token was ever logged", async () => {
    const exited = new Promise<number | null>((r) => proc.once("exit", (code) => r(code)));
    proc.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).not.toContain(TEST_TOKEN);
    expect(stderr).not.toContain(FAKE_TOKEN.split(":")[1]!);
  }, 20_000);
});
