import type { Command } from "../command";
import { startDialog } from "../dialog/engine";
import { formatDay } from "../parse/format";
import { vi } from "../texts/vi";
import { listSubmissionsByDeclarant } from "../../storage/submissions";
import { conflictDialog } from "./conflict";
import { giftDialog } from "./gift";

// /khaibao_xungdot, /khaibao_qua and /cua_toi: declarations are taken, and listed, only in a
// private chat.

const t = vi.declarations;

export const declarationCommands: Command[] = [
  { name: "khaibao_xungdot", privateOnly: true, run: (ctx) => startDialog(ctx, conflictDialog.id) },
  { name: "khaibao_qua", privateOnly: true, run: (ctx) => startDialog(ctx, giftDialog.id) },
  {
    name: "cua_toi",
    privateOnly: true,
    run: (ctx) => {
      const mine = listSubmissionsByDeclarant(ctx.store, ctx.person);
      if (!mine.length) return [{ text: t.mineEmpty }];
      const lines = mine.map((s) =>
        t.mineLine(s.code, t.kinds[s.kind] ?? s.kind, formatDay(s.createdAt), t.statuses[s.status] ?? t.unknownStatus),
      );
      return [{ text: [t.mineHeader(mine.length), ...lines].join("\n") }];
    },
  },
];
