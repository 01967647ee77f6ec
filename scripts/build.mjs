// `npm run build`: the production build in dist/, run with `node dist/bot/main.js` (no TypeScript
// loader). A fresh dist/ each time, so no module deleted from the sources lingers; then tsc; then
// the files the code reads at run time relative to its own module (import.meta.url), copied to
// the same place under dist/. `--no-check` emits without type checking (a third of the time; the
// test of the build uses it, as `npm run typecheck` checks the same sources).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

/** Folders of run-time data, relative to the project root, copied whole (the documents may come with data files beside them). */
const ASSETS = ["knowledge/docs", "storage/migrations"];

rmSync(dist, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const check = process.argv.includes("--no-check") ? ["--noCheck"] : [];
const compiled = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), ...check], { stdio: "inherit" });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

for (const dir of ASSETS) {
  const from = join(root, dir);
  if (!existsSync(from)) {
    process.stderr.write(`build: ${dir} is missing\n`);
    process.exit(1);
  }
  cpSync(from, join(dist, dir), { recursive: true });
}
process.stdout.write(`build: dist/ ready (node dist/bot/main.js)\n`);
