import type { KnowledgeBase } from "../knowledge/index.js";
import type { Store } from "../storage/db.js";
import { enqueue } from "../storage/outbox.js";
import { touchPerson } from "../storage/people.js";
import { claimUpdate } from "../storage/updates.js";
import type { AppConfig, Ctx } from "./context.js";
import { rememberOffer } from "./offers.js";
import { sanitizeIncoming } from "./parse/sanitize.js";
import { route } from "./router.js";
import { vi } from "./texts/vi.js";
import { personId, type Incoming, type Reply } from "./types.js";

export interface App {
  /** Processes one update in one transaction; a redelivered update returns [] and changes nothing. */
  handle(incoming: Incoming): Reply[];
  /** Queues replies that could not be sent now in the outbox, for the same chat. */
  deliverLater(incoming: Incoming, replies: readonly Reply[]): void;
  store: Store;
  kb: KnowledgeBase;
  config: AppConfig;
}

export interface AppDeps {
  store: Store;
  kb: KnowledgeBase;
  config: AppConfig;
  /** Injected so tests can fix time. */
  clock?: () => Date;
  onError?: (err: unknown, incoming: Incoming) => void;
}

export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? (() => new Date());
  const handle = (received: Incoming): Reply[] => {
    // Cleaned once, here: nothing after this sees bidi controls or invisible-only "answers".
    const incoming = sanitizeIncoming(received);
    try {
      return deps.store.tx(() => {
        const now = clock();
        if (!claimUpdate(deps.store, incoming.updateKey, now)) return [];
        const person = personId(incoming.channel, incoming.userId);
        const isPrivate = incoming.chatType === "private";
        touchPerson(deps.store, {
          id: person,
          channel: incoming.channel,
          userId: incoming.userId,
          displayName: incoming.displayName,
          privateChatId: isPrivate ? incoming.chatId : undefined,
          at: now,
        });
        const ctx: Ctx = { store: deps.store, kb: deps.kb, config: deps.config, now, incoming, person, isPrivate };
        const replies = route(ctx);
        rememberOffer(ctx, replies);
        return replies;
      });
    } catch (err) {
      // The transaction rolled back, so the update is not marked processed and a redelivery retries.
      deps.onError?.(err, incoming);
      return [{ text: vi.common.internalError }];
    }
  };
  const deliverLater = (incoming: Incoming, replies: readonly Reply[]): void => {
    deps.store.tx(() =>
      enqueue(deps.store, {
        personId: personId(incoming.channel, incoming.userId),
        channel: incoming.channel,
        chatId: incoming.chatId,
        kind: "reply",
        replies: [...replies],
        at: clock(),
      }),
    );
  };
  return { handle, deliverLater, store: deps.store, kb: deps.kb, config: deps.config };
}
