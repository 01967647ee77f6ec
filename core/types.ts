// The contract between channels (bot/channels) and what the bot does (handlers/).
// Channels turn a platform update into one Incoming and render Reply[] back; no business rule
// crosses this line.

export type ChannelName = "telegram" | "zalo" | "console";

export interface Incoming {
  channel: ChannelName;
  chatId: string;
  userId: string;
  displayName?: string;
  chatType: "private" | "group";
  /** Typed text; commands arrive as "/name args" with any "@botname" already stripped. */
  text?: string;
  /** A pressed button or picked option: the choice id. */
  choice?: string;
  /** Set when the update carried no text (sticker, photo, file…). */
  nonText?: boolean;
  /** Dedupe key across redelivery, unique per platform update. */
  updateKey: string;
  at: Date;
}

export interface ChoiceOption {
  id: string;
  label: string;
}

export interface Reply {
  text: string;
  choices?: ChoiceOption[];
}

/**
 * A well-formed person id: Telegram ids are numbers, Zalo ids letters, digits, "_" and "-", console
 * names plain ASCII. "telegram:@ten" or "Lê An" is not one (a username or a name, never an id).
 */
export const PERSON_ID = /^(?:telegram:\d{1,20}|zalo:[A-Za-z0-9_-]{1,64}|console:[A-Za-z0-9_.-]{1,64})$/;

/** A person is "channel:userId" everywhere in storage and config. */
export function personId(channel: ChannelName, userId: string): string {
  return `${channel}:${userId}`;
}
