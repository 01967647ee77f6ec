import type { FakeBotApi, SentMessage } from "./fake-bot-api.js";
import type { BotMessage, Person, Transport } from "./people.js";

// People on Telegram (bench/fake-bot-api.ts): a person's user id and private chat id are their
// number; an option is picked by pressing its button on the newest message that carries it.

/** A button no message carries: pressed, the bot says it is old and shows the current step again. */
const STALE_BUTTON = "stale:nudge";

export function telegramTransport(api: FakeBotApi): Transport {
  const user = (p: Person) => ({ id: p.id, firstName: p.name });
  // The newest message with a button carrying `data` (the bot's keyboard), else the newest message.
  const messageIdFor = (p: Person, data: string): number => {
    const all = api.chat(p.id);
    for (let i = all.length - 1; i >= 0; i--) if (all[i]!.buttons.some((b) => b.callback_data === data)) return all[i]!.messageId;
    return all.at(-1)?.messageId ?? 1;
  };
  return {
    channel: "telegram",
    chat: (p) => api.chat(p.id),
    watch(p, listener) {
      const chatId = String(p.id);
      return api.watch((m) => {
        if (m.chatId === chatId) listener();
      });
    },
    type: (p, text) => api.pushText(user(p), text).update_id,
    pick: (p, data) => ({ update: api.pushCallback(user(p), data, messageIdFor(p, data)).update_id, echo: data }),
    // Every message this transport hands out is one of the fake's, buttons included.
    offersOptions: (m: BotMessage) => (m as SentMessage).buttons.length > 0,
    taken: (update) => api.confirmedUpTo() >= update,
    nudge: STALE_BUTTON,
  };
}
