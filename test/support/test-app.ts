import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, type App } from "../../handlers/app.js";
import type { Feature } from "../../handlers/feature.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../knowledge/index.js";
import { openStore, type Store } from "../../storage/db.js";

// The one in-process setup every handler test builds on: the real app over a real SQLite file in a
// fresh directory, the real knowledge base, and a clock the test moves. test/dialog/harness.ts (one
// person, engine-level) and test/review/helpers.ts (several people, terminal turns) are views of it.

let kb: KnowledgeBase | undefined;
/** The real knowledge base, loaded once per test file. */
export function realKb(): KnowledgeBase {
  return (kb ??= loadKnowledgeBase());
}

export interface TestApp {
  app: App;
  store: Store;
  dir: string;
  /** The clock createApp reads; assign `.now` to move time. */
  clock: { now: Date };
}

export function testApp(
  opts: { now?: Date; dir?: string; adminIds?: string[]; features?: readonly Feature[]; prefix?: string } = {},
): TestApp {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), opts.prefix ?? "app-"));
  const store = openStore({ dataDir: dir });
  const clock = { now: opts.now ?? new Date("2026-03-10T03:00:00Z") };
  const app = createApp({
    store,
    kb: realKb(),
    // No rate limit: tests type faster than people, on a clock that does not move by itself.
    config: { adminIds: opts.adminIds ?? [], reviewDueDays: 5, rateLimitPerMinute: 0 },
    clock: () => clock.now,
    features: opts.features,
    onError: (err) => {
      throw err;
    },
  });
  return { app, store, dir, clock };
}
