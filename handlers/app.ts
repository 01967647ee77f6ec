import { personId, type Incoming, type Reply } from "../core/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Store } from "../storage/db.js";
import { activeDialogId } from "../storage/dialogs.js";
import { hasUndeliveredReply, REPLY_KIND } from "../storage/outbox.js";
import { touchPerson } from "../storage/people.js";
import { flushDeletedRows } from "../storage/scrub.js";
import { claimUpdate } from "../storage/updates.js";
import { basicFeature } from "./basic.js";
import { applyTogether, createBatchCommit, type Applied, type ApplyDeps } from "./batch-commit.js";
import { createCommandTable, type CommandTable } from "./command.js";
import type { AppConfig, Ctx } from "./context.js";
import { declarationsFeature } from "./declarations/index.js";
import { createDialogRegistry, type DialogRegistry } from "./dialog/registry.js";
import type { Feature } from "./feature.js";
import { createHeldReplies, type HeldReplies } from "./held-replies.js";
import { notify } from "./notify.js";
import { createRateLimiter } from "./rate-limit.js";
import { rememberOffer } from "./offers.js";
import { reportsFeature } from "./reports/index.js";
import { questionsFeature } from "./questions/index.js";
import { reviewFeature } from "./review/index.js";
import { sanitizeIncoming } from "./parse/sanitize.js";
import { route } from "./router.js";
import { unansweredFeature } from "./unanswered/index.js";
import { vi } from "./texts/vi.js";

// The composition root: the one place that knows every feature. Adding a feature is a folder that
// exports a Feature, and one line in FEATURES.

/** Messages a minute per person when the configuration does not say. */
export const DEFAULT_RATE_LIMIT = 30;

/** Every feature of the bot, in /help order. */
export const FEATURES: readonly Feature[] = [
  basicFeature,
  questionsFeature,
  declarationsFeature,
  reviewFeature,
  reportsFeature,
  unansweredFeature,
];

/** The command table and dialog registry of a list of features (the CLIs need the registry too). */
export function wireFeatures(features: readonly Feature[] = FEATURES): { commands: CommandTable; dialogs: DialogRegistry } {
  return {
    commands: createCommandTable(features.flatMap((f) => f.commands)),
    dialogs: createDialogRegistry(features.flatMap((f) => f.dialogs)),
  };
}

/** An update handled for a platform channel: its replies, and the outbox row holding them until sent. */
export interface HandledUpdate {
  replies: Reply[];
  /**
   * The outbox row written with the update (handlers/held-replies.ts), leased to this process:
   * send the replies, then report it to `held`. Absent when nothing was committed (a duplicate,
   * the rate limit's notice, an error's apology), and for an update that leaves no trace.
   */
  heldId?: number;
}

export interface App {
  /** Processes one update in one transaction; a redelivered update returns [] and changes nothing. */
  handle(incoming: Incoming): Reply[];
  /**
   * As `handle`, and the replies are written to the outbox in the same transaction, held for the
   * channel that sends them: a crash before they are sent no longer loses them.
   */
  handleDurably(incoming: Incoming): HandledUpdate;
  /**
   * As `handleDurably`, sharing one transaction (one commit) with the other updates handed over in
   * the same moment (handlers/batch-commit.ts): for a poller that receives updates in batches.
   * Each update still commits or rolls back as a whole (a savepoint of its own); resolves once
   * committed.
   */
  handleSoon(incoming: Incoming): Promise<HandledUpdate>;
  /** Where a channel reports what became of the held replies it sent. */
  held: HeldReplies;
  /**
   * Queues replies that could not be sent now in the outbox, for the same chat; `partsSent` parts
   * of them (as the channel renders them) were already accepted and are not sent again.
   */
  deliverLater(incoming: Incoming, replies: readonly Reply[], partsSent?: number): void;
  /**
   * Queues the replies in the outbox, and returns true, when their chat still has an earlier reply
   * waiting there: sent at once they would overtake it. Returns false (send them now) otherwise,
   * and always for an update that leaves no trace: an outbox row would tie its sender to the chat.
   */
  queueBehindUndelivered(incoming: Incoming, replies: readonly Reply[]): boolean;
  /** The per-update context for `incoming` at `now`; valid only inside a store transaction. */
  context(incoming: Incoming, now: Date): Ctx;
  store: Store;
  kb: KnowledgeBase;
  config: AppConfig;
  commands: CommandTable;
  dialogs: DialogRegistry;
}

export interface AppDeps {
  store: Store;
  kb: KnowledgeBase;
  config: AppConfig;
  /** Injected so tests can fix time. */
  clock?: () => Date;
  onError?: (err: unknown, incoming: Incoming) => void;
  /** Defaults to FEATURES; tests add a feature of their own. */
  features?: readonly Feature[];
}

/**
 * Builds the bot from its features. Promises: each update is handled in one SQLite transaction
 * (state, submission, audit and outbox rows commit together or not at all); a redelivered update
 * changes nothing; an error rolls the update back, reaches `onError` and the person gets a short
 * apology instead of a stack trace. An update that leaves no trace (Ctx.leaveNoTrace: a report's
 * conversation) records neither the person nor an offer, is never queued for later delivery, and
 * is followed by emptying the write-ahead log, so a deleted draft is gone from the files.
 * `handleDurably` (the platform channels) also writes the replies to the outbox in the update's
 * transaction, held for the channel until sent (handlers/held-replies.ts); a traceless update
 * gets no such row, and `handle` (the terminal, tests) writes none.
 */
export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? (() => new Date());
  const { commands, dialogs } = wireFeatures(deps.features ?? FEATURES);
  // Updates that must leave no trace of their sender (Ctx.leaveNoTrace), remembered briefly so that
  // a reply to one that could not be sent is not queued for the sender's chat either.
  const traceless = new Set<string>();
  const TRACELESS_REMEMBERED = 1000;
  const contextWithTrace = (incoming: Incoming, now: Date): { ctx: Ctx; keepsTrace(): boolean } => {
    let keep = true;
    const ctx: Ctx = {
      store: deps.store,
      kb: deps.kb,
      config: deps.config,
      now,
      incoming,
      person: personId(incoming.channel, incoming.userId),
      isPrivate: incoming.chatType === "private",
      commands,
      dialogs,
      routeAsUsual: route,
      leaveNoTrace: () => {
        keep = false;
      },
    };
    return { ctx, keepsTrace: () => keep };
  };
  const context = (incoming: Incoming, now: Date): Ctx => contextWithTrace(incoming, now).ctx;
  const limiter = createRateLimiter(deps.config.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT);
  const held = createHeldReplies(deps.store, clock);
  // An update in three parts, so that several can share one transaction (handleSoon): checks
  // before any transaction, the work inside one, and what follows its commit.
  const admit = (received: Incoming): { incoming: Incoming } | { handled: HandledUpdate } => {
    // Cleaned once, here: nothing after this sees bidi controls or invisible-only "answers".
    const incoming = sanitizeIncoming(received);
    // Beyond the limit: one polite notice, then nothing is processed until the minute passes.
    const verdict = limiter.hit(personId(incoming.channel, incoming.userId), clock());
    if (verdict === "notify") return { handled: { replies: [{ text: vi.common.rateLimited }] } };
    if (verdict === "drop") return { handled: { replies: [] } };
    return { incoming };
  };
  const apply = (incoming: Incoming, durably: boolean): Applied => {
    const now = clock();
    if (!claimUpdate(deps.store, incoming.updateKey, now)) return { replies: [], keepsTrace: true };
    const made = contextWithTrace(incoming, now);
    const ctx = made.ctx;
    // Known before routing: the dialog may end in this update (a report submitted).
    const active = activeDialogId(deps.store, ctx.person);
    if (active !== undefined && ctx.dialogs.get(active)?.leavesNoTrace) ctx.leaveNoTrace();
    const replies = route(ctx);
    const keepsTrace = made.keepsTrace();
    let heldId: number | undefined;
    // Recorded after routing, so that a handler can ask for no trace first (a report).
    if (keepsTrace) {
      touchPerson(deps.store, {
        id: ctx.person,
        channel: incoming.channel,
        userId: incoming.userId,
        displayName: incoming.displayName,
        privateChatId: ctx.isPrivate ? incoming.chatId : undefined,
        at: now,
      });
      rememberOffer(ctx, replies);
      if (durably && replies.length > 0) heldId = held.hold(incoming, ctx.person, replies, now);
    }
    return { replies, heldId, keepsTrace };
  };
  const failed = (err: unknown, incoming: Incoming): HandledUpdate => {
    // The transaction (or the update's savepoint) rolled back, so the update is not marked
    // processed and a redelivery retries.
    deps.onError?.(err, incoming);
    return { replies: [{ text: vi.common.internalError }] };
  };
  const committed = (incoming: Incoming, applied: Applied): HandledUpdate => {
    if (!applied.keepsTrace) {
      traceless.add(incoming.updateKey);
      if (traceless.size > TRACELESS_REMEMBERED) traceless.delete(traceless.values().next().value!);
      flushDeletedRows(deps.store);
    }
    return { replies: applied.replies, heldId: applied.heldId };
  };
  // Replies sent since the last commit are marked in the next one, at no extra commit.
  const together: ApplyDeps = { store: deps.store, markSent: () => held.markInTx(), failed, committed };
  const run = (received: Incoming, durably: boolean): HandledUpdate => {
    const admitted = admit(received);
    if ("handled" in admitted) return admitted.handled;
    return applyTogether(together, [admitted.incoming], (incoming) => apply(incoming, durably))[0]!;
  };
  const handleSoon = createBatchCommit({ ...together, admit, apply: (incoming) => apply(incoming, true) });
  const handle = (incoming: Incoming): Reply[] => run(incoming, false).replies;
  const handleDurably = (incoming: Incoming): HandledUpdate => run(incoming, true);
  const queueReplies = (incoming: Incoming, replies: readonly Reply[], partsSent = 0): void => {
    notify(deps.store, {
      personId: personId(incoming.channel, incoming.userId),
      channel: incoming.channel,
      chatId: incoming.chatId,
      kind: REPLY_KIND,
      replies: [...replies],
      at: clock(),
      partsSent,
    });
  };
  const deliverLater = (incoming: Incoming, replies: readonly Reply[], partsSent = 0): void => {
    // An outbox row would tie the sender's chat to this moment; the reply is lost instead.
    if (traceless.has(incoming.updateKey)) return;
    deps.store.tx(() => queueReplies(incoming, replies, partsSent));
  };
  const queueBehindUndelivered = (incoming: Incoming, replies: readonly Reply[]): boolean => {
    // A traceless update's replies go out directly even then: queueing them would leave the trace.
    if (replies.length === 0 || traceless.has(incoming.updateKey)) return false;
    // The common case costs one indexed read, outside a write transaction (only this chat's own
    // earlier replies, dealt with before this one, can have added such a row).
    // Replies the channel holds itself (being sent, or sent and not yet marked) do not count.
    const behind = () => hasUndeliveredReply(deps.store, incoming.channel, incoming.chatId, { exceptOwner: held.owner });
    if (!behind()) return false;
    return deps.store.tx(() => {
      if (!behind()) return false;
      queueReplies(incoming, replies);
      return true;
    });
  };
  return {
    handle,
    handleDurably,
    handleSoon,
    held,
    deliverLater,
    queueBehindUndelivered,
    context,
    store: deps.store,
    kb: deps.kb,
    config: deps.config,
    commands,
    dialogs,
  };
}
