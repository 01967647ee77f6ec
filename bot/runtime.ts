import { resolve } from "node:path";
import { createApp, type App } from "../handlers/app.js";
import { loadKnowledgeBase } from "../knowledge/index.js";
import { openStore } from "../storage/db.js";
import type { Config } from "./config.js";
import type { Logger } from "./log.js";

// What every entry point (bot, chat CLI, admin CLI) shares: one store, one knowledge base, one app.
export function openRuntime(config: Config, log: Logger, opts: { clock?: () => Date } = {}): App {
  const store = openStore({ dataDir: resolve(config.DATA_DIR), key: config.DATA_KEY });
  const kb = loadKnowledgeBase();
  return createApp({
    store,
    kb,
    config: {
      adminIds: config.ADMIN_IDS,
      reviewDueDays: config.REVIEW_DUE_DAYS,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      reportRetentionDays: config.REPORT_RETENTION_DAYS,
    },
    clock: opts.clock,
    // Only the error and the update's routing facts: never its text (it may be a declaration).
    onError: (err, inc) => log.error({ err, channel: inc.channel, updateKey: inc.updateKey }, "update failed"),
  });
}
