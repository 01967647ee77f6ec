import type { Ctx } from "../context";
import type { Reply } from "../types";

// Placeholder until the dialog engine lands: no dialog is ever active.
export function continueActiveDialog(_ctx: Ctx): Reply[] | undefined {
  return undefined;
}

export function cancelActiveDialog(_ctx: Ctx): boolean {
  return false;
}
