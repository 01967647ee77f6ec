import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./people.js";

// A bot (the real one, built or through tsx, or the echo bot) as a child process: its stderr kept,
// its memory and CPU read from /proc, stopped with SIGTERM or killed with SIGKILL, and never left
// running (the caller's `finally` and a process exit hook both kill it).

export interface BotVariant {
  name: "tsx" | "built" | "echo";
  args: string[];
}

export const TSX_BOT: BotVariant = { name: "tsx", args: ["--import", "tsx", "bot/main.ts"] };
export const ECHO_BOT: BotVariant = { name: "echo", args: ["--import", "tsx", "bench/echo-bot.ts"] };
export const ZALO_ECHO_BOT: BotVariant = { name: "echo", args: ["--import", "tsx", "bench/zalo-echo-bot.ts"] };
const BUILT_MAIN = join(REPO_ROOT, "dist", "bot", "main.js");
/** The compiled bot (`npm run build`), when dist/ holds one, with the Node flags `npm run start:prod` gives it. */
export function builtBot(): BotVariant | undefined {
  return existsSync(BUILT_MAIN) ? { name: "built", args: [...startProdFlags(), BUILT_MAIN] } : undefined;
}

/** The flags between `node` and the script in package.json's start:prod ("--max-old-space-size=128"). */
function startProdFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const words = (pkg.scripts["start:prod"] ?? "").split(/\s+/).filter(Boolean);
  return words.filter((w) => w.startsWith("--"));
}

export interface BotProcess {
  pid: number;
  child: ChildProcess;
  stderr(): string;
  /** Peak resident memory so far (VmHWM), in MB; NaN where /proc is not available. */
  peakRssMb(): number;
  /** User + system CPU time so far, in ms; NaN where /proc is not available. */
  cpuMs(): number;
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL if it has not exited within graceMs. Resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
  /** SIGKILL, as a crash would, and waits for the exit. */
  kill(): Promise<void>;
}

const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of live) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});

function procStatus(pid: number, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

function procCpuMs(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

export function spawnBot(variant: BotVariant, env: Record<string, string>, opts: { echoStderr?: boolean } = {}): BotProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  // The settings of whoever runs the benchmark never leak into the bot under test.
  for (const k of ["DATA_KEY", "WEBHOOK_URL", "ZALO_BOT_TOKEN", "ZALO_WEBHOOK_URL", "WEBHOOK_SECRET", "ZALO_WEBHOOK_SECRET"])
    if (!(k in env)) delete childEnv[k];
  const child = spawn(process.execPath, variant.args, { cwd: REPO_ROOT, env: childEnv, stdio: ["ignore", "ignore", "pipe"] });
  live.add(child);
  let err = "";
  child.stderr!.on("data", (d: Buffer) => {
    err += d.toString("utf8");
    if (opts.echoStderr) process.stderr.write(d);
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      live.delete(child);
      resolve(code);
    }),
  );
  const pid = child.pid!;
  let hwm = NaN;
  const sample = () => {
    const v = procStatus(pid, "VmHWM");
    if (Number.isFinite(v)) hwm = Number.isFinite(hwm) ? Math.max(hwm, v) : v;
  };
  let lastCpu = NaN;
  const timer = setInterval(() => {
    sample();
    const c = procCpuMs(pid);
    if (Number.isFinite(c)) lastCpu = c;
  }, 250);
  timer.unref();
  void exited.then(() => clearInterval(timer));
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    pid,
    child,
    stderr: () => err,
    peakRssMb: () => {
      if (running()) sample();
      return hwm;
    },
    cpuMs: () => {
      if (running()) {
        const c = procCpuMs(pid);
        if (Number.isFinite(c)) lastCpu = c;
      }
      return lastCpu;
    },
    exited,
    async stop(graceMs = 10_000) {
      if (!running()) return exited;
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), graceMs);
      const code = await exited;
      clearTimeout(t);
      return code;
    },
    async kill() {
      if (running()) child.kill("SIGKILL");
      await exited;
    },
  };
}

/** Resolves once `ready()` holds; rejects if the process exits first or after timeoutMs. */
export async function waitUntil(bot: BotProcess, ready: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (bot.child.exitCode !== null || bot.child.signalCode !== null)
      throw new Error(`${what}: the process exited (${bot.child.exitCode ?? bot.child.signalCode}):\n${bot.stderr().slice(-2000)}`);
    if (Date.now() > end) throw new Error(`${what}: not ready within ${timeoutMs} ms:\n${bot.stderr().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
