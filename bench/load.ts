import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { storedSubmissions } from "./admin.js";
import { builtBot, ECHO_BOT, spawnBot, TSX_BOT, waitUntil, ZALO_ECHO_BOT, type BotProcess, type BotVariant } from "./bot-process.js";
import { startFakeBotApi } from "./fake-bot-api.js";
import { startFakeZaloApi } from "./fake-zalo-api.js";
import { telegramTransport } from "./telegram-transport.js";
import { zaloTransport } from "./zalo-transport.js";
import {
  adminIdsFor,
  loadQuestions,
  peoplePlan,
  percentile,
  personKey,
  REASON_MARK,
  runPeople,
  type Mode,
  type Outcome,
  type RunShared,
  type BotMessage,
  type Transport,
} from "./people.js";

// `npm run bench:load [-- --users N] [-- --channel telegram|zalo|both]`: the real bot process
// against a local fake of the platform's Bot API (Telegram: bench/fake-bot-api.ts, Zalo:
// bench/fake-zalo-api.ts; 127.0.0.1 only), N people at once, each waiting for the answer before
// typing again (bench/people.ts); then the same people against a bare echo bot on the same fake,
// the ceiling. The bot runs as `npm start` does (tsx) and, when dist/ holds a build, as built.
// Ends with one line (with `--channel both`, one `load[<channel>]:` line each, then Telegram's):
//   load: <n> updates/s (<x>% of echo), p99 <ms> ms, rss <mb> MB, submissions <ok>/<expected>
// Bounded: every run has a deadline, and every process started here is stopped before exit.

const { values } = parseArgs({
  options: {
    users: { type: "string", default: "200" },
    only: { type: "string" }, // echo,tsx,built
    channel: { type: "string", default: "telegram" }, // telegram, zalo or both
    "max-seconds": { type: "string", default: "90" },
    verbose: { type: "boolean", default: false },
    // Writes a V8 CPU profile of each bot run into this folder (open it in Chrome DevTools).
    "cpu-prof": { type: "string" },
  },
});
const users = Math.max(2, Math.min(5000, Number(values.users) || 200));
const maxSeconds = Math.max(10, Number(values["max-seconds"]) || 90);
const only = values.only ? new Set(values.only.split(",")) : undefined;
type Channel = Transport["channel"];
const channels: Channel[] =
  values.channel === "both" ? ["telegram", "zalo"] : values.channel === "zalo" || values.channel === "telegram" ? [values.channel] : [];
if (!channels.length) {
  process.stderr.write(`bench:load: --channel is telegram, zalo or both, not ${values.channel}\n`);
  process.exit(2);
}

interface RunResult {
  channel: Channel;
  variant: BotVariant["name"];
  updates: number;
  seconds: number;
  rate: number;
  p50: number;
  p99: number;
  rssMb: number;
  cpuMsPerUpdate: number;
  callsPerUpdate: Record<string, number>;
  lost: number;
  errors: string[];
  submissions?: { ok: number; expected: number; stored: number };
  notices?: { expected: number; delivered: number; duplicated: number };
  decided: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fake platform for one run, with the people's way to it and what the bot needs to reach it. */
interface Platform {
  transport: Transport;
  /** The bot's settings for this platform; the other platform's token is set empty (off), whatever a .env says. */
  env: Record<string, string>;
  polls(): number;
  /** Bot API calls so far, by method. */
  calls(): ReadonlyMap<string, number>;
  /** Every message the bot sent, in arrival order. */
  sent(): readonly BotMessage[];
  close(): Promise<void>;
}

async function startPlatform(channel: Channel): Promise<Platform> {
  if (channel === "zalo") {
    const api = await startFakeZaloApi();
    return {
      transport: zaloTransport(api),
      env: { ZALO_BOT_TOKEN: api.token, ZALO_API_ROOT: api.apiRoot, TELEGRAM_BOT_TOKEN: "" },
      polls: () => api.calls.get("getUpdates") ?? 0,
      calls: () => api.calls,
      sent: () => api.sent,
      close: () => api.close(),
    };
  }
  const api = await startFakeBotApi();
  return {
    transport: telegramTransport(api),
    env: { TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, ZALO_BOT_TOKEN: "" },
    polls: () => api.calls.get("getUpdates") ?? 0,
    calls: () => api.calls,
    sent: () => api.sent,
    close: () => api.close(),
  };
}

async function runOne(channel: Channel, variant: BotVariant): Promise<RunResult> {
  const mode: Mode = variant.name === "echo" ? "echo" : "bot";
  const plan = peoplePlan(users);
  const platform = await startPlatform(channel);
  const transport = platform.transport;
  const dataDir = mkdtempSync(join(tmpdir(), `bench-load-${channel}-${variant.name}-`));
  let bot: BotProcess | undefined;
  try {
    const profiled: BotVariant = values["cpu-prof"]
      ? { ...variant, args: ["--cpu-prof", "--cpu-prof-dir", values["cpu-prof"], ...variant.args] }
      : variant;
    bot = spawnBot(profiled, {
      ...platform.env,
      DATA_DIR: dataDir,
      ADMIN_IDS: adminIdsFor(plan, transport),
      LOG_LEVEL: "warn",
      // No digest during the run: it is not what is measured.
      DIGEST_CRON: "0 0 1 1 *",
      // The people here type far faster than the per-person limit (30 a minute) allows: off.
      RATE_LIMIT_PER_MINUTE: "0",
    });
    const b = bot;
    await waitUntil(b, () => platform.polls() > 0, 60_000, `${channel} ${variant.name} bot`);
    const cpuBefore = b.cpuMs();
    const callsBefore = new Map(platform.calls());

    const shared: RunShared = {
      transport,
      mode,
      questions: loadQuestions(),
      codes: [],
      activeDeclarants: 0,
      turns: [],
      turnTimeoutMs: 20_000,
      deadline: Date.now() + maxSeconds * 1000,
      echoRoundsPerReviewer: 0,
    };
    const start = Date.now();
    const outcomes: Outcome[] = await runPeople(shared, plan);
    const seconds = (Date.now() - start) / 1000;
    const cpuMs = b.cpuMs() - cpuBefore;

    const latencies = shared.turns.flatMap((t) => (t.latencyMs === undefined ? [] : [t.latencyMs]));
    const result: RunResult = {
      channel,
      variant: variant.name,
      updates: shared.turns.length,
      seconds,
      rate: shared.turns.length / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      rssMb: b.peakRssMb(),
      cpuMsPerUpdate: cpuMs / shared.turns.length,
      lost: outcomes.reduce((s, o) => s + o.lost, 0),
      errors: outcomes.flatMap((o) => (o.error ? [`${o.person}: ${o.error}`] : [])),
      decided: outcomes.reduce((s, o) => s + o.decided, 0),
      // Calls per update by method, over the measured conversations: what each update costs in HTTP.
      callsPerUpdate: Object.fromEntries(
        [...platform.calls()].map(([m, n]) => [m, (n - (callsBefore.get(m) ?? 0)) / Math.max(1, shared.turns.length)]),
      ),
    };

    if (mode === "bot") {
      // Decision notices go out through the outbox (every 2 s): wait for them, bounded.
      const expectedNotices = result.decided;
      const notices = () => platform.sent().filter((m) => m.text.startsWith("Ủy ban Kiểm tra đã xem xét") && m.text.includes(REASON_MARK));
      const end = Date.now() + 15_000;
      while (notices().length < expectedNotices && Date.now() < end) await sleep(100);
      await sleep(500); // a duplicate would show up here
      const seen = new Map<string, number>();
      for (const m of notices()) seen.set(`${m.chatId}|${m.text}`, (seen.get(`${m.chatId}|${m.text}`) ?? 0) + 1);
      result.notices = { expected: expectedNotices, delivered: seen.size, duplicated: [...seen.values()].filter((n) => n > 1).length };
      result.rssMb = b.peakRssMb();

      await b.stop();
      const stored = await storedSubmissions(dataDir);
      const perDeclarant = new Map<string, number>();
      for (const s of stored) perDeclarant.set(s.declarant, (perDeclarant.get(s.declarant) ?? 0) + 1);
      const receipts = new Set(outcomes.flatMap((o) => (o.code ? [o.code] : [])));
      const ok = plan.declarants.filter((id) => perDeclarant.get(personKey(transport, id)) === 1).length;
      const codesStoredOnce = stored.filter((s) => receipts.has(s.code)).length;
      result.submissions = { ok: Math.min(ok, codesStoredOnce), expected: plan.declarants.length, stored: stored.length };
    }
    if (values.verbose) process.stderr.write(bot.stderr());
    return result;
  } finally {
    await bot?.stop();
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function describe(r: RunResult): string {
  const bits = [
    `${r.variant.padEnd(5)}: ${r.updates} updates in ${r.seconds.toFixed(1)} s = ${r.rate.toFixed(0)} updates/s`,
    `p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms`,
    `peak rss ${r.rssMb.toFixed(0)} MB`,
    `cpu ${r.cpuMsPerUpdate.toFixed(2)} ms/update`,
  ];
  if (values.verbose)
    bits.push(
      `api calls/update ${Object.entries(r.callsPerUpdate)
        .filter(([, n]) => n > 0)
        .map(([m, n]) => `${m} ${n.toFixed(2)}`)
        .join(" ")}`,
    );
  if (r.lost) bits.push(`${r.lost} turns without an answer`);
  if (r.submissions) bits.push(`submissions ${r.submissions.ok}/${r.submissions.expected} (stored ${r.submissions.stored})`);
  if (r.notices)
    bits.push(`notices ${r.notices.delivered}/${r.notices.expected}${r.notices.duplicated ? `, ${r.notices.duplicated} twice` : ""}`);
  return bits.join(", ");
}

/** The figures of one run in the summary's words. */
function figures(r: RunResult, echo: RunResult | undefined): string {
  const pct = echo ? ` (${((100 * r.rate) / echo.rate).toFixed(0)}% of echo)` : "";
  const subs = r.submissions ?? { ok: 0, expected: 0 };
  return `${r.rate.toFixed(0)} updates/s${pct}, p99 ${r.p99.toFixed(0)} ms, rss ${r.rssMb.toFixed(0)} MB, submissions ${subs.ok}/${subs.expected}`;
}

async function main(): Promise<number> {
  const built = builtBot();
  const plan = peoplePlan(users);
  let lastLine: string | undefined;
  let healthy = true;
  // With `both`, Zalo first, so that Telegram's figure is the last line, as without the option.
  for (const channel of [...channels].reverse()) {
    const variants: BotVariant[] = [channel === "zalo" ? ZALO_ECHO_BOT : ECHO_BOT, TSX_BOT];
    if (built) variants.push(built);
    const chosen = variants.filter((v) => !only || only.has(v.name));
    process.stderr.write(
      `bench:load: ${channel}, ${users} people (${plan.declarants.length} declaring, ${plan.reviewers.length} deciding), variants: ${chosen.map((v) => v.name).join(", ")}${built ? "" : " (no dist/bot/main.js: run `npm run build` to measure the built bot)"}\n`,
    );
    const results: RunResult[] = [];
    for (const v of chosen) {
      const r = await runOne(channel, v);
      results.push(r);
      process.stderr.write(describe(r) + "\n");
      for (const e of r.errors.slice(0, 5)) process.stderr.write(`  ${e}\n`);
    }
    const echo = results.find((r) => r.variant === "echo");
    const main = results.find((r) => r.variant === "built") ?? results.find((r) => r.variant === "tsx");
    if (!main) continue;
    const tag = channels.length > 1 ? `${channel} ` : "";
    for (const r of results.filter((x) => x !== main && x.variant !== "echo"))
      process.stdout.write(`load[${tag}${r.variant}]: ${figures(r, echo)}\n`);
    if (channels.length > 1) process.stdout.write(`load[${channel}]: ${figures(main, echo)}\n`);
    lastLine = `load: ${figures(main, echo)}`;
    const subs = main.submissions ?? { ok: 0, expected: 0 };
    healthy &&= results.every((r) => r.errors.length === 0 && r.lost === 0) && subs.ok === subs.expected;
  }
  if (!lastLine) return 0;
  process.stdout.write(lastLine + "\n");
  return healthy ? 0 : 1;
}

process.exitCode = await main();
