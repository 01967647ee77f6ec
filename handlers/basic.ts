import type { Command } from "./command.js";
import type { Ctx } from "./context.js";
import { ctxIsCommittee } from "./review/roles.js";
import { vi } from "./texts/vi.js";

// Committee staff also see their own commands; nobody else learns they exist.
const help = (ctx: Ctx) => (ctxIsCommittee(ctx) ? `${vi.common.help}

${vi.common.committeeHelp}` : vi.common.help);

// Orientation and questions: what anyone, anywhere, can do.
export const basicCommands: Command[] = [
  {
    name: "start",
    run: (ctx) => [{ text: ctxIsCommittee(ctx) ? `${vi.common.start(ctx.incoming.displayName)}\n\n${vi.common.committeeHelp}` : vi.common.start(ctx.incoming.displayName) }],
  },
  { name: "help", run: (ctx) => [{ text: help(ctx) }] },
  {
    name: "hoi",
    run: (ctx, args) => [{ text: args ? ctx.kb.answer(args) : vi.common.askUsage }],
  },
];
