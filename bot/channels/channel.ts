import type { ChannelName, Reply } from "../../core/types.js";

/** A started platform channel, as the process and the outbox sender see it. */
export interface RunningChannel {
  name: ChannelName;
  /**
   * Sends replies to a chat, in order (used for outbox deliveries: notifications, digests). Rejects
   * on failure; an error with `retryable: false` means the platform refused for good.
   */
  send(chatId: string, replies: Reply[]): Promise<void>;
  stop(): Promise<void>;
}
