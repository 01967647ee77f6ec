import type { DialogDefinition } from "./types.js";

/** Dialogs by id, so that a draft stored before a restart finds its definition again. */
export interface DialogRegistry {
  get(id: string): DialogDefinition | undefined;
  all(): readonly DialogDefinition[];
}

/**
 * Builds the registry from the features' dialog lists (in the composition root, never at import
 * time), checking what would otherwise fail later: a duplicate id or step key, and button ids over
 * Telegram's 64-byte callback limit.
 */
export function createDialogRegistry(defs: readonly DialogDefinition[]): DialogRegistry {
  const dialogs = new Map<string, DialogDefinition>();
  for (const def of defs) {
    if (dialogs.has(def.id)) throw new Error(`dialog id already registered: ${def.id}`);
    checkDialog(def);
    dialogs.set(def.id, def);
  }
  return { get: (id) => dialogs.get(id), all: () => [...dialogs.values()] };
}

function checkDialog(def: DialogDefinition): void {
  const keys = new Set<string>();
  for (const step of def.steps) {
    if (keys.has(step.key)) throw new Error(`dialog ${def.id}: duplicate step key ${step.key}`);
    keys.add(step.key);
    for (const c of step.choices ?? []) {
      // Telegram callback data is at most 64 bytes.
      if (Buffer.byteLength(`${step.key}:${c.id}`) > 64) throw new Error(`dialog ${def.id}: choice id too long: ${c.id}`);
    }
  }
  if (Buffer.byteLength(`${def.id}:edit:`) + Math.max(0, ...def.steps.map((s) => Buffer.byteLength(s.key))) > 64) {
    throw new Error(`dialog ${def.id}: id or step key too long for a button`);
  }
}
