import type { AddressInfo, Server } from "node:net";
// The package types its CommonJS export as `export default`; the named class is typed right.
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";

// Test side of Telegram: the telegram-test-api emulator on an ephemeral loopback port, and a
// person who writes to the bot and reads what it sent back (straight from the emulator's
// storage, so "no reply" can be asserted without a poller swallowing the next message).

export const TEST_TOKEN = "123456789:AAH-test_TOKEN_that_must_never_be_logged";
/** What the emulator's getMe answers. */
export const EMULATOR_BOT = { id: 666, username: "TestNameBot" };

export interface Emulator {
  server: TelegramServer;
  apiRoot: string;
  stop(): Promise<void>;
}

export async function startEmulator(): Promise<Emulator> {
  const server = new TelegramServer({ host: "127.0.0.1", port: 1 });
  // The emulator turns port 0 into 9000 at construction; start() listens on config.port as is.
  server.config.port = 0;
  await server.start();
  const http = (server as unknown as { server: Server }).server;
  const port = (http.address() as AddressInfo).port;
  server.config.port = port;
  server.config.apiURL = `http://127.0.0.1:${port}`;
  return { server, apiRoot: server.config.apiURL, stop: async () => void (await server.stop()) };
}

export interface BotMessage {
  messageId: number;
  /** The HTML the bot sent. */
  html: string;
  /** What the person reads (HTML entities decoded). */
  text: string;
  buttons: { label: string; data: string }[];
  parseMode?: string;
}

export function unescapeHtml(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

interface StoredBotMessage {
  botToken: string;
  messageId: number;
  message: {
    chat_id: number | string;
    text: string;
    parse_mode?: string;
    reply_markup?: { inline_keyboard?: { text: string; callback_data?: string }[][] };
  };
}

/** Every message the bot sent to a chat, oldest first, as it is now (edits applied). */
export function botMessages(server: TelegramServer, token: string, chatId: number): BotMessage[] {
  return (server.storage.botMessages as unknown as StoredBotMessage[])
    .filter((m) => m.botToken === token && String(m.message.chat_id) === String(chatId))
    .map((m) => ({
      messageId: m.messageId,
      html: m.message.text,
      text: unescapeHtml(m.message.text),
      parseMode: m.message.parse_mode,
      buttons: (m.message.reply_markup?.inline_keyboard ?? []).flat().map((b) => ({ label: b.text, data: b.callback_data ?? "" })),
    }));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface TelegramUserOptions {
  chatId: number;
  userId: number;
  firstName?: string;
  lastName?: string;
  type?: "private" | "group" | "supergroup";
  /** Deliver updates by POSTing to a webhook instead of through the emulator's getUpdates. */
  webhook?: { url: string; secret?: string };
}

let nextUpdateId = 1_000_000;
let nextMessageId = 500_000;

/** One person in one chat. */
export class TelegramUser {
  private seen = 0;

  constructor(
    private readonly emulator: Emulator,
    private readonly token: string,
    readonly opts: TelegramUserOptions,
  ) {}

  get from() {
    return {
      id: this.opts.userId,
      is_bot: false,
      first_name: this.opts.firstName ?? "Test",
      ...(this.opts.lastName ? { last_name: this.opts.lastName } : {}),
    };
  }

  get chat() {
    const type = this.opts.type ?? "private";
    return type === "private"
      ? { id: this.opts.chatId, type, first_name: this.opts.firstName ?? "Test" }
      : { id: this.opts.chatId, type, title: "Chi bộ thử nghiệm" };
  }

  /** A message update as Telegram would send it (text with a bot_command entity when it starts with "/"). */
  messageUpdate(text: string | undefined, extra: Record<string, unknown> = {}): { update_id: number; message: Record<string, unknown> } {
    const message: Record<string, unknown> = {
      message_id: nextMessageId++,
      from: this.from,
      chat: this.chat,
      date: Math.floor(Date.now() / 1000),
      ...(text !== undefined ? { text } : {}),
      ...extra,
    };
    const cmd = text !== undefined ? /^\/\S+/.exec(text) : null;
    if (cmd) message.entities = [{ type: "bot_command", offset: 0, length: cmd[0].length }];
    return { update_id: nextUpdateId++, message };
  }

  callbackUpdate(data: string, messageId: number): { update_id: number; callback_query: Record<string, unknown> } {
    return {
      update_id: nextUpdateId++,
      callback_query: {
        id: String(nextUpdateId),
        from: this.from,
        chat_instance: "test",
        message: { message_id: messageId, chat: this.chat, date: Math.floor(Date.now() / 1000), text: "…" },
        data,
      },
    };
  }

  /** Delivers a raw update (webhook mode: POST; emulator mode: queued for getUpdates). Returns the HTTP status. */
  async deliver(update: {
    update_id: number;
    message?: Record<string, unknown>;
    callback_query?: Record<string, unknown>;
  }): Promise<number> {
    const hook = this.opts.webhook;
    if (hook) {
      const res = await fetch(hook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(hook.secret !== undefined ? { "x-telegram-bot-api-secret-token": hook.secret } : {}),
        },
        body: JSON.stringify(update),
      });
      return res.status;
    }
    const server = this.emulator.server;
    if (update.message) await server.addUserMessage({ ...update.message, botToken: this.token } as never);
    else if (update.callback_query) {
      const cq = update.callback_query;
      await server.addUserCallback({ from: cq.from, message: cq.message, data: cq.data, botToken: this.token, date: Date.now() } as never);
    }
    return 200;
  }

  /** Sends text (a command when it starts with "/") and waits for the bot's replies. */
  async say(text: string, waitOpts?: WaitOptions): Promise<BotMessage[]> {
    await this.deliver(this.messageUpdate(text));
    return this.replies(waitOpts);
  }

  /** Presses the newest button whose label or choice id matches, and waits for the replies. */
  async press(labelOrId: string | RegExp, waitOpts?: WaitOptions): Promise<BotMessage[]> {
    const all = this.all();
    const matches = (s: string) => (typeof labelOrId === "string" ? s === labelOrId : labelOrId.test(s));
    for (let i = all.length - 1; i >= 0; i--) {
      const b = all[i]!.buttons.find((x) => matches(x.label) || matches(x.data));
      if (b) {
        await this.deliver(this.callbackUpdate(b.data, all[i]!.messageId));
        return this.replies(waitOpts);
      }
    }
    throw new Error(`no button ${String(labelOrId)} in: ${JSON.stringify(all.flatMap((m) => m.buttons))}`);
  }

  /** Everything the bot sent to this chat. */
  all(): BotMessage[] {
    return botMessages(this.emulator.server, this.token, this.opts.chatId);
  }

  /** New bot messages: waits for at least `min`, then until none arrives for `quietMs`. */
  async replies({ min = 1, quietMs = 150, timeoutMs = 8000 }: WaitOptions = {}): Promise<BotMessage[]> {
    const start = Date.now();
    let count = this.all().length;
    let lastChange = Date.now();
    for (;;) {
      await sleep(10);
      const now = this.all().length;
      if (now !== count) {
        count = now;
        lastChange = Date.now();
      }
      const fresh = count - this.seen;
      if (fresh >= min && Date.now() - lastChange >= quietMs) break;
      if (Date.now() - start > timeoutMs) {
        if (fresh >= min) break;
        throw new Error(`expected ${min} new bot message(s) in chat ${this.opts.chatId}, got ${fresh}`);
      }
    }
    const out = this.all().slice(this.seen);
    this.seen = out.length + this.seen;
    return out;
  }

  /** Marks everything so far as read (e.g. after asserting silence through the history). */
  skipAll(): void {
    this.seen = this.all().length;
  }
}

export interface WaitOptions {
  min?: number;
  quietMs?: number;
  timeoutMs?: number;
}

export async function waitFor<T>(probe: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await sleep(10);
  }
}
