import { spawn, execFile, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Reply } from "../../core/types.js";

// Drives the real terminal chat (`bot/cli/chat.ts --jsonl`) as a child process: one JSON line in,
// one JSON line out. Each process costs about a second to start, so use it for a few end-to-end
// scenarios and test the many small cases in-process with createApp().handle().

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TSX = join(REPO_ROOT, "node_modules", ".bin", "tsx");

export interface ChatInput {
  text?: string;
  choice?: string;
  /** Update dedupe key: the same id twice is one update. */
  id?: string;
}

export interface ChatProcess {
  /** Sends one line and resolves with the replies of that turn. */
  send(input: ChatInput): Promise<Reply[]>;
  /** Ends stdin and waits for a clean exit. */
  close(): Promise<number | null>;
  /** Stops the process abruptly (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** What the process wrote to stderr so far (logs). */
  stderr(): string;
}

function childEnv(dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn", ...extra };
  // Tests use the key file in their temp data directory, never a key from the environment.
  if (!("DATA_KEY" in extra)) delete env.DATA_KEY;
  return env;
}

export function startChat(opts: {
  dataDir: string;
  user: string;
  name?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): ChatProcess {
  const args = ["bot/cli/chat.ts", "--user", opts.user, "--jsonl", ...(opts.name ? ["--name", opts.name] : [])];
  const child: ChildProcessWithoutNullStreams = spawn(TSX, args, { cwd: REPO_ROOT, env: childEnv(opts.dataDir, opts.env ?? {}) });
  let err = "";
  child.stderr.on("data", (b: Buffer) => (err += b.toString("utf8")));
  const lines = createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  const queued: string[] = [];
  lines.on("line", (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else queued.push(line);
  });
  const exited = new Promise<number | null>((res) => child.once("exit", (code) => res(code)));
  const nextLine = (timeoutMs: number) =>
    new Promise<string>((res, rej) => {
      const q = queued.shift();
      if (q !== undefined) return res(q);
      const timer = setTimeout(() => rej(new Error(`no reply within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
      waiting.push((line) => {
        clearTimeout(timer);
        res(line);
      });
      void exited.then((code) => rej(new Error(`chat exited (${code}); stderr: ${err}`)));
    });

  return {
    async send(input) {
      child.stdin.write(JSON.stringify(input) + "\n");
      const parsed = JSON.parse(await nextLine(opts.timeoutMs ?? 20_000)) as { replies?: Reply[]; error?: string };
      if (!parsed.replies) throw new Error(`chat error: ${parsed.error ?? "no replies"}`);
      return parsed.replies;
    },
    async close() {
      child.stdin.end();
      return exited;
    },
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
    stderr: () => err,
  };
}

/** Runs `bot/cli/admin.ts <args>` against a data directory; resolves with its stdout. */
export function runAdmin(dataDir: string, args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string }> {
  return new Promise((res, rej) => {
    execFile(TSX, ["bot/cli/admin.ts", ...args], { cwd: REPO_ROOT, env: childEnv(dataDir, env) }, (error, stdout, stderr) => {
      if (error) rej(Object.assign(error, { stderr }));
      else res({ stdout, stderr });
    });
  });
}
