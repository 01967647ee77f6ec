import type { Store } from "../../storage/db.js";
import { lastDigestAt, recordDigestRun } from "../../storage/digests.js";
import { notify } from "../notify.js";
import type { AppConfig } from "../context.js";
import type { Reply } from "../../core/types.js";
import { committeeMembers, isAdmin, privateChatOf } from "../review/roles.js";
import { buildDigest } from "./build.js";

/**
 * The scheduled digest: one outbox row per committee member with a known private chat, and the
 * run's time, all in one transaction (a crash leaves either everything or nothing).
 */
export function queueScheduledDigest(store: Store, config: AppConfig, now: Date): { recipients: number } {
  return store.tx(() => {
    const since = lastDigestAt(store);
    // Admins' digest also counts leadership-only reports; other members' never mentions them.
    const digests = new Map<boolean, Reply[]>();
    const digestFor = (leadership: boolean): Reply[] => {
      let replies = digests.get(leadership);
      if (!replies) digests.set(leadership, (replies = buildDigest(store, { now, since, dueDays: config.reviewDueDays, leadership })));
      return replies;
    };
    let recipients = 0;
    for (const person of committeeMembers(store, config)) {
      const chat = privateChatOf(store, person);
      if (!chat) continue;
      const replies = digestFor(isAdmin(config, person));
      notify(store, { personId: person, channel: chat.channel, chatId: chat.chatId, kind: "digest", replies, at: now });
      recipients++;
    }
    recordDigestRun(store, now, recipients);
    return { recipients };
  });
}
