import type { Command } from "./command";
import { vi } from "./texts/vi";

// Orientation and questions: what anyone, anywhere, can do.
export const basicCommands: Command[] = [
  { name: "start", run: (ctx) => [{ text: vi.common.start(ctx.incoming.displayName) }] },
  { name: "help", run: () => [{ text: vi.common.help }] },
  {
    name: "hoi",
    run: (ctx, args) => [{ text: args ? ctx.kb.answer(args) : vi.common.askUsage }],
  },
];
