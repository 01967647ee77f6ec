import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { toIncoming } from "../../bot/channels/telegram-incoming.js";

const me = { id: 666, is_bot: true, first_name: "Bot", username: "TestNameBot" } as UserFromGetMe;
const user = { id: 42, is_bot: false, first_name: "Văn", last_name: "An" };
const group = { id: -100, type: "supergroup" as const, title: "Chi bộ" };
const priv = { id: 42, type: "private" as const, first_name: "Văn" };

function msg(text: string | undefined, chat: object = priv, extra: object = {}): Update {
  return {
    update_id: 7,
    message: { message_id: 1, date: 1_700_000_000, chat, from: user, ...(text !== undefined ? { text } : {}), ...extra },
  } as unknown as Update;
}

describe("Telegram update → Incoming", () => {
  it("maps a private text message with its key, date and name", () => {
    expect(toIncoming(msg("xin chào"), me)).toEqual({
      channel: "telegram",
      chatId: "42",
      userId: "42",
      displayName: "Văn An",
      chatType: "private",
      text: "xin chào",
      updateKey: "telegram:7",
      at: new Date(1_700_000_000_000),
    });
  });

  it("strips @botname from commands, and ignores commands for other bots in groups", () => {
    expect(toIncoming(msg("/hoi@TestNameBot quà tặng", group), me)?.text).toBe("/hoi quà tặng");
    expect(toIncoming(msg("/start@testnamebot", priv), me)?.text).toBe("/start");
    expect(toIncoming(msg("/hoi@OtherBot quà", group), me)).toBeUndefined();
  });

  it("in groups answers only commands, mentions and replies to the bot", () => {
    expect(toIncoming(msg("chuyện phiếm", group), me)).toBeUndefined();
    const mention = msg("@TestNameBot có được nhận quà không?", group, { entities: [{ type: "mention", offset: 0, length: 12 }] });
    expect(toIncoming(mention, me)).toMatchObject({ chatType: "group", text: "có được nhận quà không?" });
    const reply = msg("thế còn hoa?", group, { reply_to_message: { message_id: 9, date: 1, chat: group, from: me } });
    expect(toIncoming(reply, me)?.text).toBe("thế còn hoa?");
    const replyToOther = msg("ừ", group, { reply_to_message: { message_id: 9, date: 1, chat: group, from: user } });
    expect(toIncoming(replyToOther, me)).toBeUndefined();
  });

  it("marks stickers and files as non-text in private chats and ignores them in groups", () => {
    const sticker = toIncoming(msg(undefined, priv, { sticker: { file_id: "x" } }), me);
    expect(sticker).toMatchObject({ nonText: true, chatType: "private" });
    expect(sticker?.text).toBeUndefined();
    expect(toIncoming(msg(undefined, group, { photo: [] }), me)).toBeUndefined();
  });

  it("turns a pressed button into a choice", () => {
    const u = {
      update_id: 8,
      callback_query: { id: "c", from: user, chat_instance: "i", data: "yes", message: { message_id: 3, date: 1, chat: priv } },
    } as unknown as Update;
    expect(toIncoming(u, me)).toMatchObject({ choice: "yes", chatId: "42", chatType: "private", updateKey: "telegram:8" });
  });

  it("ignores other bots and channel posts", () => {
    expect(
      toIncoming(
        { update_id: 1, message: { message_id: 1, date: 1, chat: priv, from: { ...user, is_bot: true }, text: "hi" } } as unknown as Update,
        me,
      ),
    ).toBeUndefined();
    expect(
      toIncoming(
        {
          update_id: 1,
          channel_post: { message_id: 1, date: 1, chat: { id: 1, type: "channel", title: "c" }, text: "hi" },
        } as unknown as Update,
        me,
      ),
    ).toBeUndefined();
  });
});
