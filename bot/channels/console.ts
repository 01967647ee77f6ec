import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { App } from "../../handlers/app.js";
import type { Incoming, Reply } from "../../core/types.js";
import { screenDelivery } from "../../handlers/review/notices.js";
import { takePendingForChat } from "../../storage/outbox.js";

// The terminal is a private chat with one person; choices are numbered lines, and the engine
// reads a typed number or the option's words back, as on Zalo.

/** A line typed (or a choice made) in the terminal as an Incoming from `console:<user>` in their private chat; `id` makes a repeat the same update. */
export function consoleIncoming(user: string, name: string | undefined, input: { text?: string; choice?: string; id?: string }): Incoming {
  return {
    channel: "console",
    chatId: user,
    userId: user,
    displayName: name,
    chatType: "private",
    text: input.text,
    choice: input.choice,
    updateKey: `console:${input.id ?? randomUUID()}`,
    at: new Date(),
  };
}

/**
 * One turn of the terminal chat: the replies to show for this input, preceded by any messages the
 * outbox holds for this chat (a decision notice, a digest). They are marked sent in the same
 * transaction that reads them, so each shows once; the terminal has no other way to reach a person.
 */
export function consoleTurn(app: App, incoming: Incoming): Reply[] {
  return app.store.tx(() => {
    const now = new Date();
    const waiting = takePendingForChat(app.store, "console", incoming.chatId, now, (m) => screenDelivery(app.store, app.config, m, now));
    return [...waiting.flatMap((m) => m.replies), ...app.handle(incoming)];
  });
}

/** A reply as the terminal shows it: the text, then the choices as numbered lines. */
export function renderPlain(reply: Reply): string {
  const lines = [reply.text];
  if (reply.choices?.length) {
    lines.push("");
    reply.choices.forEach((c, i) => lines.push(`  ${i + 1}. ${c.label}`));
  }
  return lines.join("\n");
}

/**
 * The interactive terminal chat: greets with /start, then one turn per line read from stdin until
 * it ends (Ctrl+D). Promises: each line is one committed update, and messages the outbox holds for
 * this person are shown before the turn's replies.
 */
export async function runConsoleChat(app: App, opts: { user: string; name?: string }): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const show = (replies: Reply[]) => {
    for (const r of replies) process.stdout.write(`\n${renderPlain(r)}\n`);
    process.stdout.write("\n> ");
  };
  process.stdout.write("Trò chuyện với bot trong terminal (Ctrl+D để thoát).\n");
  show(consoleTurn(app, consoleIncoming(opts.user, opts.name, { text: "/start" })));
  for await (const line of rl) {
    show(consoleTurn(app, consoleIncoming(opts.user, opts.name, { text: line })));
  }
}
