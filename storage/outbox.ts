import type { Reply } from "../core/types.js";
import type { Store } from "./db.js";
import { closedOutboxMac, outboxMac, type OutboxRouting } from "./row-mac.js";

// Messages to other people (a decision to a declarant, a digest to a committee member), written
// in the same transaction as the change that causes them. Delivery is at-least-once with the row
// id as the idempotency marker: a sender claims rows under a lease (so two senders never hold the
// same row), sends, and marks the row sent right after the platform accepted it. Only a crash in
// the instant between "platform accepted" and "marked sent" can repeat a message; a crash before
// the send, or a failed send, loses nothing.
// Each row carries a MAC over its id, recipient, chat, kind and payload (storage/row-mac.ts): a row
// redirected or rewritten by SQL comes back with `intact: false`, and is withheld, not sent.
// A long message goes out as several parts (platform messages); `parts_sent` counts those the
// platform accepted, recorded after each one, so a retry starts at the first part not sent. The
// MAC covers the count too, re-sealed by the bot at each step (recordProgress).

export interface OutboxMessage {
  id: number;
  personId: string | null;
  channel: string;
  chatId: string;
  kind: string;
  replies: Reply[];
  attempts: number;
  /** Parts of `replies` (as the channel renders them) the platform already accepted: send from there. */
  partsSent: number;
  /** False when the row was changed outside the bot (its MAC does not match): never deliver it. */
  intact: boolean;
}

interface Row extends OutboxRouting {
  attempts: number;
  parts_sent: number;
  mac: string | null;
}

/** The columns a Row holds. */
const COLUMNS = "id, person_id, channel, chat_id, kind, payload_enc, attempts, parts_sent, mac";

function toMessage(store: Store, r: Row): OutboxMessage {
  const intact = r.mac === outboxMac(store.mac, r);
  let replies: Reply[] = [];
  if (intact) replies = store.cipher.decrypt(r.payload_enc) as Reply[];
  return {
    id: r.id,
    personId: r.person_id,
    channel: r.channel,
    chatId: r.chat_id,
    kind: r.kind,
    replies,
    attempts: r.attempts,
    partsSent: r.parts_sent,
    intact,
  };
}

/** A message to queue: who and where it goes, what it says, and when it was written. */
export interface NewOutboxMessage {
  personId?: string;
  channel: string;
  chatId: string;
  kind: string;
  replies: Reply[];
  at: Date;
  /** Parts of `replies` the platform already accepted (a reply that failed part-way); default 0. */
  partsSent?: number;
  /** Written already claimed by `owner` (a reply its channel sends at once): no sender takes it meanwhile. */
  lease?: { owner: string; until: Date };
}

/**
 * Queues a message with its MAC (storage/row-mac.ts); call inside the transaction of the change that
 * causes it. `partsSent`: parts the platform already accepted (a reply that failed part-way).
 */
export function enqueue(store: Store, m: NewOutboxMessage): number {
  const at = m.at.toISOString();
  // The id is part of what the MAC covers, so it is chosen here (the caller's IMMEDIATE transaction
  // keeps it ours) and the row is written once, sealed. It comes from a counter (migration 009), so
  // a row deleted by SQL, even the newest, leaves a gap `audit verify` names.
  const id = nextOutboxId(store);
  const partsSent = m.partsSent ?? 0;
  if (!Number.isSafeInteger(partsSent) || partsSent < 0) throw new RangeError("partsSent must be a whole number of parts");
  const row = {
    id,
    person_id: m.personId ?? null,
    channel: m.channel,
    chat_id: m.chatId,
    kind: m.kind,
    payload_enc: store.cipher.encrypt(m.replies),
    parts_sent: partsSent,
  };
  store.db
    .prepare(
      `INSERT INTO outbox (id, person_id, channel, chat_id, kind, payload_enc, parts_sent, next_attempt_at, created_at, lease_owner, lease_until, mac)
       VALUES (@id, @person_id, @channel, @chat_id, @kind, @payload_enc, @parts_sent, @at, @at, @lease_owner, @lease_until, @mac)`,
    )
    .run({
      ...row,
      at,
      lease_owner: m.lease?.owner ?? null,
      lease_until: m.lease?.until.toISOString() ?? null,
      mac: outboxMac(store.mac, row),
    });
  return id;
}

// Without parts_sent: this runs inside migration 005, before 008 adds it (every row has sent none).
const ROUTING = "SELECT id, person_id, channel, chat_id, kind, payload_enc FROM outbox";

/** Writes the MAC of every outbox row as it stands (once, when a database first gets its keyring). */
export function sealAllOutbox(store: Store): void {
  const rows = store.db.prepare(`${ROUTING.replace(" FROM", ", status FROM")}`).all() as (Row & { status: string })[];
  const update = store.db.prepare("UPDATE outbox SET mac = ? WHERE id = ?");
  for (const r of rows) {
    const pending = outboxMac(store.mac, r);
    update.run(r.status === "pending" ? pending : closedOutboxMac(store.mac, pending), r.id);
  }
}

/** The MAC row `id` carries once it leaves 'pending' (see closedOutboxMac). */
function closing(store: Store, id: number): string {
  const r = store.db.prepare("SELECT mac FROM outbox WHERE id = ?").get(id) as { mac: string | null } | undefined;
  return closedOutboxMac(store.mac, r?.mac ?? null);
}

/**
 * Gives up a claimed row for good without sending it: it failed its MAC, or its addressee may no
 * longer read it. `reason` is content-free and shown by `listOutbox`.
 */
export function markWithheld(store: Store, id: number, owner: string, reason: string): void {
  store.db
    .prepare(
      `UPDATE outbox SET status = 'failed', last_error = ?, lease_owner = NULL, lease_until = NULL, mac = ?
       WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
    )
    .run(reason.slice(0, 200), closing(store, id), id, owner);
}

/**
 * Claims up to `limit` due rows of the given channels for `owner` until `leaseUntil`, oldest first.
 * A row whose lease expired (its sender crashed) is due again. A chat's rows go in order: a row is
 * not due while an earlier pending row of its chat is waiting for its retry or held by a sender
 * (so a message queued after a failed one never overtakes it, whichever round it falls in); the
 * LIMIT, taken by id, keeps each chat's claimed rows a prefix of its queue. A row that fails its
 * MAC comes back with `intact: false` and no replies: the caller withholds it (markWithheld).
 */
export function claimDue(
  store: Store,
  c: { channels: readonly string[]; owner: string; now: Date; leaseUntil: Date; limit: number },
): OutboxMessage[] {
  if (c.channels.length === 0) return [];
  const now = c.now.toISOString();
  const marks = c.channels.map(() => "?").join(",");
  return store.tx(() => {
    const rows = store.db
      .prepare(
        `UPDATE outbox SET lease_owner = ?, lease_until = ?
         WHERE id IN (SELECT o.id FROM outbox o WHERE o.status = 'pending' AND o.channel IN (${marks})
                        AND o.next_attempt_at <= @now AND (o.lease_until IS NULL OR o.lease_until <= @now)
                        AND NOT EXISTS (SELECT 1 FROM outbox e
                                        WHERE e.channel = o.channel AND e.chat_id = o.chat_id AND e.status = 'pending' AND e.id < o.id
                                          AND (e.next_attempt_at > @now OR e.lease_until > @now))
                      ORDER BY o.id LIMIT @limit)
         RETURNING ${COLUMNS}`,
      )
      .all(c.owner, c.leaseUntil.toISOString(), ...c.channels, { now, limit: c.limit }) as Row[];
    return rows.sort((a, b) => a.id - b.id).map((r) => toMessage(store, r));
  });
}

/**
 * Records that the platform accepted the row's first `partsSent` parts, re-sealing its MAC, while
 * `owner` holds it, and renews the lease until `leaseUntil` (a long message's parts may take longer
 * than one lease when the platform makes the bot wait). False, and nothing written, when the lease was lost, the row is no longer
 * pending, the count would not grow, or the row no longer matches its MAC (changed outside the bot
 * since it was claimed: re-sealing it would make the change look genuine). The caller stops sending.
 */
export function recordProgress(store: Store, id: number, owner: string, partsSent: number, leaseUntil: Date): boolean {
  const r = store.db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE id = ? AND lease_owner = ? AND status = 'pending'`).get(id, owner) as
    Row | undefined;
  if (!r || r.mac !== outboxMac(store.mac, r) || !Number.isSafeInteger(partsSent) || partsSent <= r.parts_sent) return false;
  return (
    store.db
      .prepare("UPDATE outbox SET parts_sent = ?, mac = ?, lease_until = ? WHERE id = ? AND lease_owner = ? AND status = 'pending'")
      .run(partsSent, outboxMac(store.mac, { ...r, parts_sent: partsSent }), leaseUntil.toISOString(), id, owner).changes === 1
  );
}

/** Marks a claimed row sent; false if the lease was lost (another sender owns it now). */
export function markSent(store: Store, id: number, owner: string, at: Date): boolean {
  const r = store.db
    .prepare(
      `UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL, last_error = NULL,
         mac = ?
       WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
    )
    .run(at.toISOString(), closing(store, id), id, owner);
  return r.changes === 1;
}

/**
 * Records a failed attempt: retried at nextAttemptAt, or given up ('failed') after maxAttempts.
 * `error` must be a content-free description (an error code or HTTP status), never the message.
 */
export function markFailed(store: Store, f: { id: number; owner: string; error: string; nextAttemptAt: Date; maxAttempts: number }): void {
  store.db
    .prepare(
      `UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next, lease_owner = NULL, lease_until = NULL,
         status = CASE WHEN attempts + 1 >= @max THEN 'failed' ELSE 'pending' END,
         mac = CASE WHEN attempts + 1 >= @max THEN @closed ELSE mac END
       WHERE id = @id AND lease_owner = @owner AND status = 'pending'`,
    )
    .run({
      error: f.error.slice(0, 200),
      next: f.nextAttemptAt.toISOString(),
      max: f.maxAttempts,
      closed: closing(store, f.id),
      id: f.id,
      owner: f.owner,
    });
}

/**
 * Gives a claimed row back without an attempt, due again at `nextAttemptAt` (its chat had an
 * earlier failure in this round: later messages wait for it, so a chat reads them in order).
 */
export function releaseClaim(store: Store, id: number, owner: string, nextAttemptAt: Date): void {
  store.db
    .prepare("UPDATE outbox SET lease_owner = NULL, lease_until = NULL, next_attempt_at = ? WHERE id = ? AND lease_owner = ?")
    .run(nextAttemptAt.toISOString(), id, owner);
}

/**
 * Takes every pending message for one chat and marks it sent, in the caller's transaction: the
 * terminal chat shows them at the start of the person's next reply. A row that fails its MAC is
 * marked failed instead and not returned; `keep` (the caller's entitlement check) may withhold more.
 */
export function takePendingForChat(
  store: Store,
  channel: string,
  chatId: string,
  at: Date,
  keep: (m: OutboxMessage) => boolean = () => true,
): OutboxMessage[] {
  const rows = store.db
    .prepare(
      `SELECT ${COLUMNS} FROM outbox
       WHERE status = 'pending' AND channel = ? AND chat_id = ? ORDER BY id`,
    )
    .all(channel, chatId) as Row[];
  const sent = store.db.prepare(
    "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL, mac = ? WHERE id = ?",
  );
  const withheld = store.db.prepare(
    "UPDATE outbox SET status = 'failed', last_error = ?, lease_owner = NULL, lease_until = NULL, mac = ? WHERE id = ?",
  );
  const out: OutboxMessage[] = [];
  for (const r of rows) {
    const m = toMessage(store, r);
    const closed = closedOutboxMac(store.mac, r.mac);
    if (!m.intact) withheld.run(WITHHELD_TAMPERED, closed, m.id);
    else if (!keep(m)) withheld.run(WITHHELD_NOT_ENTITLED, closed, m.id);
    else {
      sent.run(at.toISOString(), closed, m.id);
      out.push(m);
    }
  }
  return out;
}

/** last_error of a row withheld because it failed its MAC. */
export const WITHHELD_TAMPERED = "withheld: row changed outside the bot (MAC mismatch)";
/** last_error of a row withheld because its addressee may no longer read it. */
export const WITHHELD_NOT_ENTITLED = "withheld: recipient no longer entitled";

export interface OutboxStatusRow {
  id: number;
  personId: string | null;
  channel: string;
  chatId: string;
  kind: string;
  status: string;
  attempts: number;
  lastError: string | null;
}

/** The kind of a reply to an update that could not be sent at once (handlers/app.ts deliverLater). */
export const REPLY_KIND = "reply";

/**
 * True while the chat has a reply to an earlier update still waiting in the outbox: a later reply
 * to that chat must queue behind it rather than overtake it. Rows held by `exceptOwner` (the
 * replies the running channel is sending itself, or sent and not yet marked) do not count, nor,
 * with `before`, rows from that id on (the replies of this update and later ones).
 */
export function hasUndeliveredReply(
  store: Store,
  channel: string,
  chatId: string,
  opts: { exceptOwner?: string; before?: number } = {},
): boolean {
  return (
    store.db
      .prepare(
        `SELECT 1 FROM outbox WHERE channel = @channel AND chat_id = @chatId AND status = 'pending' AND id < @before AND kind = @kind
           AND (lease_owner IS NULL OR lease_owner IS NOT @owner) LIMIT 1`,
      )
      .get({ channel, chatId, kind: REPLY_KIND, owner: opts.exceptOwner ?? null, before: opts.before ?? Number.MAX_SAFE_INTEGER }) !==
    undefined
  );
}

/**
 * Ends every lease, at start-up: only one process runs per bot token and database (README), so a
 * lease found then belongs to a process that died (killed while sending, or before marking its
 * replies sent). Its rows are due again at once instead of after the lease would have run out;
 * the cost is at-least-once delivery (a message sent just before the crash goes out again).
 */
export function releaseAllLeases(store: Store): number {
  return store.tx(
    () =>
      store.db
        .prepare("UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE status = 'pending' AND lease_owner IS NOT NULL")
        .run().changes,
  );
}

/** Delivery state without contents (for tests and the admin CLI). */
export function listOutbox(store: Store): OutboxStatusRow[] {
  return store.db
    .prepare(
      `SELECT id, person_id AS personId, channel, chat_id AS chatId, kind, status, attempts, last_error AS lastError
       FROM outbox ORDER BY id`,
    )
    .all() as OutboxStatusRow[];
}

/** Decrypted pending messages (for tests and diagnostics). */
export function listPending(store: Store, channel?: string): OutboxMessage[] {
  const rows = (
    channel
      ? store.db.prepare("SELECT * FROM outbox WHERE status = 'pending' AND channel = ? ORDER BY id").all(channel)
      : store.db.prepare("SELECT * FROM outbox WHERE status = 'pending' ORDER BY id").all()
  ) as Row[];
  return rows.map((r) => toMessage(store, r));
}

/** Counter names (migration 009): the last outbox id given, and where the ids must run without a gap. */
export const OUTBOX_COUNTER = "outbox";
export const OUTBOX_DENSE_FROM = "outbox-dense-from";

function counter(store: Store, name: string): number | undefined {
  return (store.db.prepare("SELECT value FROM counters WHERE name = ?").get(name) as { value: number } | undefined)?.value;
}

/** The next outbox id: one more than the counter (or than the largest id, before migration 009). */
function nextOutboxId(store: Store): number {
  const maxId = (store.db.prepare("SELECT COALESCE(MAX(id), 0) AS id FROM outbox").get() as { id: number }).id;
  const last = counter(store, OUTBOX_COUNTER);
  if (last === undefined) return maxId + 1;
  const id = Math.max(last, maxId) + 1;
  store.db.prepare("UPDATE counters SET value = ? WHERE name = ?").run(id, OUTBOX_COUNTER);
  return id;
}

/**
 * Deletes messages delivered (or given up) before `before`, so the outbox does not grow by a row
 * for every reply forever: the oldest ones, up to the first still waiting or still recent, so
 * that the ids above run without a gap (`audit verify` checks them from OUTBOX_DENSE_FROM on).
 * The newest row is always kept: a freed newest id could let an old copy be put back and sent.
 */
export function pruneDeliveredOutbox(store: Store, before: Date): number {
  const keepFrom = (
    store.db
      .prepare(
        `SELECT MIN(id) AS id FROM outbox
         WHERE status NOT IN ('sent', 'failed') OR COALESCE(sent_at, created_at) >= ? OR id = (SELECT MAX(id) FROM outbox)`,
      )
      .get(before.toISOString()) as { id: number | null }
  ).id;
  if (keepFrom === null) return 0;
  const deleted = store.db.prepare("DELETE FROM outbox WHERE id < ?").run(keepFrom).changes;
  if (counter(store, OUTBOX_DENSE_FROM) !== undefined)
    store.db.prepare("UPDATE counters SET value = MAX(value, ?) WHERE name = ?").run(keepFrom, OUTBOX_DENSE_FROM);
  return deleted;
}

/**
 * The first outbox id missing between OUTBOX_DENSE_FROM and the counter, or one above the counter:
 * a message deleted or slipped in by SQL. Undefined when the ids are whole (or before migration 009).
 */
export function outboxGap(store: Store): { id: number; reason: string } | undefined {
  const last = counter(store, OUTBOX_COUNTER);
  const from = counter(store, OUTBOX_DENSE_FROM);
  if (last === undefined || from === undefined) return undefined;
  const ids = new Set((store.db.prepare("SELECT id FROM outbox WHERE id >= ?").all(from) as { id: number }[]).map((r) => r.id));
  for (const id of ids) if (id > last) return { id, reason: "message id is above its counter" };
  for (let id = from; id <= last; id++) if (!ids.has(id)) return { id, reason: "message is missing (deleted outside the bot)" };
  return undefined;
}
