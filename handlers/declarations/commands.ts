import type { Command } from "../command.js";
import { startDialog } from "../dialog/engine.js";
import { vi } from "../texts/vi.js";
import { myDeclarations } from "./mine.js";
import { conflictDialog } from "./conflict.js";
import { giftDialog } from "./gift.js";

// /khaibao_xungdot, /khaibao_qua and /cua_toi [mã]: declarations are taken, and shown, only in a
// private chat.

const c = vi.commands;

export const declarationCommands: Command[] = [
  {
    name: "khaibao_xungdot",
    privateOnly: true,
    help: c.khaibao_xungdot.line,
    menu: c.khaibao_xungdot.menu,
    run: (ctx) => startDialog(ctx, conflictDialog.id),
  },
  {
    name: "khaibao_qua",
    privateOnly: true,
    help: c.khaibao_qua.line,
    menu: c.khaibao_qua.menu,
    run: (ctx) => startDialog(ctx, giftDialog.id),
  },
  { name: "cua_toi", privateOnly: true, help: c.cua_toi.line, menu: c.cua_toi.menu, run: myDeclarations },
];
