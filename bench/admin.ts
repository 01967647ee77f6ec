import { execFile } from "node:child_process";
import { REPO_ROOT } from "./people.js";

// The operator's own tools on a data directory, as a reader would run them
// (`npm run -s admin -- …`): the stored declarations and the audit check.

export interface AdminResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function admin(dataDir: string, args: string[], timeoutMs = 60_000): Promise<AdminResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  delete env.DATA_KEY; // the key file in dataDir
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "bot/cli/admin.ts", ...args],
      { cwd: REPO_ROOT, env, timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export interface StoredSubmission {
  code: string;
  kind: string;
  status: string;
  declarant: string;
  answers: Record<string, unknown>;
  decisions: { by: string; decision: string; reason: string; at: string }[];
}

export async function storedSubmissions(dataDir: string): Promise<StoredSubmission[]> {
  const r = await admin(dataDir, ["submissions", "--json"]);
  if (r.code !== 0) throw new Error(`admin submissions failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as StoredSubmission[];
}
