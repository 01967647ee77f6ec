import type { KnowledgeBase } from "../knowledge/index.js";
import type { Store } from "../storage/db.js";
import type { Incoming, Reply } from "../core/types.js";
import type { CommandTable } from "./command.js";
import type { DialogRegistry } from "./dialog/registry.js";

export interface AppConfig {
  /** People ("channel:userId") who may grant and remove roles. */
  adminIds: readonly string[];
  /** A submission waiting longer than this is called overdue in digests. */
  reviewDueDays: number;
  /** Messages a minute one person may send before the bot pauses for them; 0 = no limit. Default 30. */
  rateLimitPerMinute?: number;
  /** Closed reports' contents are deleted this many days after closing; default 365. */
  reportRetentionDays?: number;
  /** Days an unanswered question is kept for the committee (KB_LOG_DAYS). Default 90. */
  kbLogDays?: number;
}

/** What every handler receives for one update; valid only inside that update's transaction. */
export interface Ctx {
  store: Store;
  kb: KnowledgeBase;
  config: AppConfig;
  now: Date;
  incoming: Incoming;
  /** "channel:userId" */
  person: string;
  isPrivate: boolean;
  /** The command table and dialog registry the composition root built. */
  commands: CommandTable;
  dialogs: DialogRegistry;
  /**
   * Routes this update as if no dialog were active. The engine calls it after dropping an expired
   * draft; passed in so that the engine need not import the router (which imports the engine).
   */
  routeAsUsual(ctx: Ctx): Reply[];
  /**
   * Marks this update as part of a conversation that must leave no trace of who is typing (a
   * report whose sender may stay anonymous): the person is not recorded as seen, no command offer
   * is remembered for them, replies that cannot be sent now are not queued for their chat, and the
   * database's write-ahead log is emptied once the update is committed, so a deleted draft is
   * gone from the files. Updates while a dialog with `leavesNoTrace` is active are marked anyway.
   */
  leaveNoTrace(): void;
}
