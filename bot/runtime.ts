import { createApp, type App } from "../handlers/app.js";
import { loadKnowledgeBase } from "../knowledge/index.js";
import type { Config } from "./config.js";
import type { Logger } from "./log.js";
import { openStoreOrExit } from "./open-store.js";

/**
 * Opens what every entry point shares: the store in DATA_DIR (migrated, with its key), the
 * knowledge base, and the app built on them. Update failures are logged with the update's routing
 * facts only, never its text.
 */
export function openRuntime(config: Config, log: Logger, opts: { clock?: () => Date } = {}): App {
  const store = openStoreOrExit(config);
  const kb = loadKnowledgeBase();
  return createApp({
    store,
    kb,
    config: {
      adminIds: config.ADMIN_IDS,
      reviewDueDays: config.REVIEW_DUE_DAYS,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      reportRetentionDays: config.REPORT_RETENTION_DAYS,
      kbLogDays: config.KB_LOG_DAYS,
    },
    clock: opts.clock,
    // Only the error and the update's routing facts: never its text (it may be a declaration).
    onError: (err, inc) => log.error({ err, channel: inc.channel, updateKey: inc.updateKey }, "update failed"),
  });
}
