import type { ChannelName, Reply } from "../../core/types.js";

/** A started platform channel, as the process and the outbox sender see it. */
export interface RunningChannel {
  name: ChannelName;
  /**
   * Sends replies to a chat, in order (used for outbox deliveries: notifications, digests). Rejects
   * on failure with a PlatformError; `retryable: false` means the platform refused for good.
   */
  send(chatId: string, replies: Reply[]): Promise<void>;
  /** False when the channel can no longer receive updates (its polling ended); GET /healthz reports it. */
  healthy?(): boolean;
  /** Stops receiving updates and waits for those in hand. */
  stop(): Promise<void>;
}
