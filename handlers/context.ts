import type { KnowledgeBase } from "../knowledge/index.js";
import type { Store } from "../storage/db.js";
import type { Incoming } from "../core/types.js";

export interface AppConfig {
  /** People ("channel:userId") who may grant and remove roles. */
  adminIds: readonly string[];
  /** A submission waiting longer than this is called overdue in digests. */
  reviewDueDays: number;
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
}
