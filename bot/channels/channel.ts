import type { ChannelName, Reply } from "../../core/types.js";

/**
 * Where a send starts and how it reports progress, counted in parts: the platform messages that
 * the replies render to, in order (a long reply is split under the platform's limit).
 */
export interface SendProgress {
  /** Parts the platform accepted on an earlier try: sending starts with the next one. */
  from?: number;
  /**
   * Called after the platform accepted each part, with the number accepted so far (counting `from`).
   * May throw to stop the send: the error rejects send() as it is.
   */
  onPart?: (partsSent: number) => void;
}

/** A started platform channel, as the process and the outbox sender see it. */
export interface RunningChannel {
  name: ChannelName;
  /**
   * Sends replies to a chat, in order (used for outbox deliveries: notifications, digests). Rejects
   * on failure with a PlatformError; `retryable: false` means the platform refused for good.
   * `progress` resumes a send that failed part-way and reports each part accepted.
   */
  send(chatId: string, replies: Reply[], progress?: SendProgress): Promise<void>;
  /** False when the channel can no longer receive updates (its polling ended); GET /healthz reports it. */
  healthy?(): boolean;
  /** Stops receiving updates and waits for those in hand. */
  stop(): Promise<void>;
}

/**
 * Sends `parts` in order with `sendOne`, skipping the first `progress.from` (already accepted) and
 * reporting each accepted part. What a channel's send() does once it has rendered the replies.
 */
export async function sendParts<P>(parts: readonly P[], sendOne: (part: P) => Promise<void>, progress: SendProgress = {}): Promise<void> {
  for (let i = Math.max(0, Math.trunc(progress.from ?? 0)); i < parts.length; i++) {
    await sendOne(parts[i]!);
    progress.onPart?.(i + 1);
  }
}
