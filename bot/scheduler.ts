import { Cron } from "croner";
import type { AppConfig } from "../handlers/context.js";
import { queueScheduledDigest } from "../handlers/digest/send.js";
import { runReportRetention, type RetentionResult } from "../handlers/reports/retention.js";
import { pruneDeliveredOutbox } from "../storage/outbox.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Store } from "../storage/db.js";
import type { Logger } from "./log.js";

/** How long delivered outbox messages are kept before the daily clean-up drops them. */
export const OUTBOX_KEEP_DAYS = 30;

// The digest schedule (DIGEST_CRON in DIGEST_TZ, default 07:30 Monday to Friday, Vietnam time).
// Each firing writes one digest per committee member to the outbox in one transaction; the
// outbox sender delivers them. An overlapping firing is skipped rather than run twice. Beside it,
// once a day (RETENTION_CRON, same time zone), closed reports' contents past
// REPORT_RETENTION_DAYS are deleted, with idle report drafts.

/** 03:15 every day: quiet hours. */
export const RETENTION_CRON = "15 3 * * *";

/** The store, the review settings, the cron pattern and its time zone. */
export interface SchedulerOptions {
  store: Store;
  /** Not used by the digest today; accepted so main can hand over the runtime as it is. */
  kb?: KnowledgeBase;
  config: AppConfig;
  clock?: () => Date;
  log: Logger;
  cron: string;
  timezone: string;
  /** Called after each firing (tests wait on it). */
  onRun?: (result: { recipients: number; at: Date }) => void;
  /** The retention job's pattern; default RETENTION_CRON. */
  retentionCron?: string;
  /** Called after each retention run (tests wait on it). */
  onRetention?: (result: RetentionResult & { at: Date }) => void;
}

/** A running schedule. */
export interface Scheduler {
  stop(): void;
  nextRun(): Date | null;
}

/**
 * Schedules the committee digest. Promises: each firing queues one digest per committee member in
 * one transaction (the outbox sender delivers them); a firing that overlaps a running one is
 * skipped; a failure is logged and the schedule goes on.
 */
export function startScheduler(opts: SchedulerOptions): Scheduler {
  const clock = opts.clock ?? (() => new Date());
  const job = new Cron(opts.cron, { timezone: opts.timezone, protect: true, unref: true, name: undefined }, () => {
    try {
      const at = clock();
      const { recipients } = queueScheduledDigest(opts.store, opts.config, at);
      opts.log.info({ recipients }, "digest queued");
      opts.onRun?.({ recipients, at });
    } catch (err) {
      opts.log.error({ err }, "digest failed");
    }
  });
  opts.log.info({ cron: opts.cron, timezone: opts.timezone, next: job.nextRun()?.toISOString() }, "digest scheduled");
  const retention = new Cron(opts.retentionCron ?? RETENTION_CRON, { timezone: opts.timezone, protect: true, unref: true }, () => {
    try {
      const at = clock();
      const result = runReportRetention(opts.store, at, opts.config.reportRetentionDays);
      // Counts only: nothing about which report or whose.
      opts.log.info(result, "report retention done");
      // Delivered messages are kept a month (for support questions), then dropped.
      const pruned = opts.store.tx(() => pruneDeliveredOutbox(opts.store, new Date(at.getTime() - OUTBOX_KEEP_DAYS * 86_400_000)));
      opts.log.info({ pruned }, "outbox pruned");
      opts.onRetention?.({ ...result, at });
    } catch (err) {
      opts.log.error({ err }, "report retention failed");
    }
  });
  return {
    stop: () => {
      job.stop();
      retention.stop();
    },
    nextRun: () => job.nextRun(),
  };
}
