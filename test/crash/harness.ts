import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { admin, storedSubmissions, type StoredSubmission } from "../../bench/admin.js";
import { spawnBot, TSX_BOT, waitUntil, type BotProcess } from "../../bench/bot-process.js";
import { startFakeBotApi, type FakeBotApi } from "../../bench/fake-bot-api.js";
import { telegramTransport } from "../../bench/telegram-transport.js";
import { adminIdsFor, loadQuestions, peoplePlan, runPeople, type Outcome, type PeoplePlan, type RunShared } from "../../bench/people.js";

// The crash test's machinery: the real bot process against the fake Bot API, people declaring and
// deciding (bench/people.ts), and a killer that SIGKILLs the process at random moments and starts
// it again on the same data directory. The fake keeps every update the bot has not confirmed, as
// Telegram does, so a restarted bot is offered them again.

export interface CrashRun {
  plan: PeoplePlan;
  outcomes: Outcome[];
  shared: RunShared;
  api: FakeBotApi;
  dataDir: string;
  kills: { atTurn: number; restartMs: number }[];
  submissions: StoredSubmission[];
  audit: { code: number; stdout: string; stderr: string };
  /** Chats of outbox rows still pending under a lease a killed process took (they wait for it to end). */
  leasedByTheDead: string[];
  /** Update ids the bot committed (its processed_updates), read after the last stop. */
  committed: Set<number>;
  /** Every bot process's stderr, in order. */
  logs: string[];
  seed: number;
}

/** A small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function crashRun(opts: { people: number; kills: number; seed: number; maxSeconds: number }): Promise<CrashRun> {
  const random = rng(opts.seed);
  const plan = peoplePlan(opts.people);
  const api = await startFakeBotApi();
  const transport = telegramTransport(api);
  const dataDir = mkdtempSync(join(tmpdir(), "crash-"));
  const env = {
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.apiRoot,
    DATA_DIR: dataDir,
    ADMIN_IDS: adminIdsFor(plan, transport),
    LOG_LEVEL: "info",
    DIGEST_CRON: "0 0 1 1 *",
    RATE_LIMIT_PER_MINUTE: "0",
  };
  const logs: string[] = [];
  let bot: BotProcess | undefined;
  const start = async () => {
    const polls = api.calls.get("getUpdates") ?? 0;
    const b = spawnBot(TSX_BOT, env);
    bot = b;
    await waitUntil(b, () => (api.calls.get("getUpdates") ?? 0) > polls, 60_000, "bot start");
  };
  try {
    await start();
    const shared: RunShared = {
      transport,
      mode: "bot",
      questions: loadQuestions(),
      codes: [],
      activeDeclarants: 0,
      turns: [],
      // Counted from the bot's return after a kill; a reply not there by then is lost.
      turnTimeoutMs: opts.people <= 10 ? 5_000 : 8_000,
      deadline: Date.now() + opts.maxSeconds * 1000,
      echoRoundsPerReviewer: 0,
    };
    // Kill points: random moments spread over the expected number of turns.
    const expectedTurns = plan.declarants.length * 17 + plan.declarants.length * 3;
    const points = Array.from({ length: opts.kills }, () => Math.floor(expectedTurns * (0.1 + 0.7 * random()))).sort((a, b) => a - b);
    const kills: CrashRun["kills"] = [];
    let done = false;
    const people = runPeople(shared, plan).finally(() => (done = true));
    const killer = (async () => {
      for (const point of points) {
        while (!done && shared.turns.length < point) await sleep(5);
        if (done) return;
        // A random moment inside the turn too, not only right after a reply.
        await sleep(Math.floor(random() * 15));
        logs.push(bot!.stderr());
        shared.restarting = true;
        await bot!.kill();
        const t = Date.now();
        await sleep(Math.floor(random() * 300));
        await start();
        shared.restarting = false;
        shared.restartedAt = Date.now();
        kills.push({ atTurn: shared.turns.length, restartMs: Date.now() - t });
      }
    })();
    const outcomes = await people;
    await killer;

    // Decision notices go out through the outbox every 2 s: wait until each decided declaration's
    // notice arrived (bounded), then a little more so that a duplicate would show.
    const noticed = () => new Set(api.sent.filter((m) => m.text.startsWith("Ủy ban Kiểm tra đã xem xét")).map((m) => m.chatId)).size;
    const decided = outcomes.reduce((s, o) => s + o.decided, 0);
    const end = Date.now() + 20_000;
    while (noticed() < decided && Date.now() < end) await sleep(100);
    await sleep(2500);

    logs.push(bot!.stderr());
    await bot!.stop();
    const [submissions, audit] = await Promise.all([storedSubmissions(dataDir), admin(dataDir, ["audit", "verify"])]);
    const db = new Database(join(dataDir, "bot.db"), { readonly: true });
    const committed = new Set(
      (db.prepare("SELECT update_key FROM processed_updates WHERE update_key LIKE 'telegram:%'").all() as { update_key: string }[]).map(
        (r) => Number(r.update_key.slice("telegram:".length)),
      ),
    );
    const leasedByTheDead = (
      db.prepare("SELECT chat_id FROM outbox WHERE status = 'pending' AND lease_until > ?").all(new Date().toISOString()) as {
        chat_id: string;
      }[]
    ).map((r) => r.chat_id);
    db.close();
    return { plan, outcomes, shared, api, dataDir, kills, submissions, audit, committed, leasedByTheDead, logs, seed: opts.seed };
  } finally {
    await bot?.kill();
    await api.close();
  }
}
