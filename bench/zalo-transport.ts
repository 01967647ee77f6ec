import { answerHint } from "../bot/channels/zalo-render.js";
import { conflictDialog } from "../handlers/declarations/conflict.js";
import { giftDialog } from "../handlers/declarations/gift.js";
import { summaryChoices } from "../handlers/dialog/render.js";
import { decisionLabel } from "../handlers/review/labels.js";
import { DECISION_WORDS } from "../handlers/review/state-machine.js";
import type { FakeZaloApi } from "./fake-zalo-api.js";
import type { BotMessage, Person, Transport } from "./people.js";

// People on Zalo (bench/fake-zalo-api.ts): a person's user id and private chat id are their number
// as text. Zalo has no buttons: the bot lists the options as numbered lines ("1. Cá nhân") under
// a hint ("Trả lời bằng số (1–3) hoặc gõ nội dung."), and a person picks one by typing its number.
// The option a person means is the label the bot shows for it (the handlers' own definitions,
// so a renamed option stays found); with no such list on screen (against the echo bot) the
// person types the label's words, which the bot reads too.

const DIALOGS = [giftDialog, conflictDialog];

/** The label the bot shows for the option `data` (a dialog choice id or a decision command). */
export function optionLabel(data: string): string | undefined {
  const decision = /^\/quyet_dinh (\S+) (\S+)$/.exec(data);
  if (decision) {
    const kind = DECISION_WORDS[decision[2]!];
    // Decisions on declarations (QT-, XD-) share their labels; only reports have others.
    return kind ? decisionLabel("declaration", kind) : undefined;
  }
  for (const def of DIALOGS) {
    for (const c of summaryChoices(def)) if (c.id === data) return c.label;
    for (const step of def.steps) for (const c of step.choices ?? []) if (`${step.key}:${c.id}` === data) return c.label;
  }
  return undefined;
}

/** The numbered options a Zalo message lists ("2. Tổ chức" → [ , "Tổ chức"]), when it ends with the hint. */
function optionsOf(text: string): string[] {
  const options: string[] = [];
  for (const line of text.split("\n")) {
    const m = /^(\d+)\. (.+)$/.exec(line);
    if (m && Number(m[1]) === options.length + 1) options.push(m[2]!);
  }
  return options.length && text.includes(answerHint(options.length)) ? options : [];
}

export function zaloTransport(api: FakeZaloApi): Transport {
  const user = (p: Person) => ({ id: String(p.id), name: p.name });
  return {
    channel: "zalo",
    chat: (p) => api.chat(String(p.id)),
    watch(p, listener) {
      const chatId = String(p.id);
      return api.watch((m) => {
        if (m.chatId === chatId) listener();
      });
    },
    type: (p, text) => api.pushText(user(p), text),
    pick(p, data) {
      const label = optionLabel(data);
      if (label === undefined) throw new Error(`no label known for the option ${data}`);
      // Its number in the newest list of options: a number in an older list may mean another option now.
      const all = api.chat(String(p.id));
      let typed = label;
      for (let i = all.length - 1; i >= 0; i--) {
        const options = optionsOf(all[i]!.text);
        if (!options.length) continue;
        if (options.includes(label)) typed = String(options.indexOf(label) + 1);
        break;
      }
      return { update: api.pushText(user(p), typed), echo: typed };
    },
    offersOptions: (m: BotMessage) => optionsOf(m.text).length > 0,
    taken: (update) => api.handedOut(update),
  };
}
