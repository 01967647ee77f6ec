import type { Store } from "../../storage/db.js";
import { lastDigestAt, recordDigestRun } from "../../storage/digests.js";
import { notify } from "../notify.js";
import type { AppConfig } from "../context.js";
import { committeeMembers, privateChatOf } from "../review/roles.js";
import { buildDigest } from "./build.js";

/**
 * The scheduled digest: one outbox row per committee member with a known private chat, and the
 * run's time, all in one transaction (a crash leaves either everything or nothing).
 */
export function queueScheduledDigest(store: Store, config: AppConfig, now: Date): { recipients: number } {
  return store.tx(() => {
    const replies = buildDigest(store, { now, since: lastDigestAt(store), dueDays: config.reviewDueDays });
    let recipients = 0;
    for (const person of committeeMembers(store, config)) {
      const chat = privateChatOf(store, person);
      if (!chat) continue;
      notify(store, { personId: person, channel: chat.channel, chatId: chat.chatId, kind: "digest", replies, at: now });
      recipients++;
    }
    recordDigestRun(store, now, recipients);
    return { recipients };
  });
}
