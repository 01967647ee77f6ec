import type { DialogDefinition } from "./types.js";

// Dialogs by id, so that a draft stored before a restart finds its definition again. Each
// feature registers its dialogs when its module loads (handlers/commands.ts imports them all).

const dialogs = new Map<string, DialogDefinition>();

export function registerDialog(def: DialogDefinition): DialogDefinition {
  const existing = dialogs.get(def.id);
  if (existing && existing !== def) throw new Error(`dialog id already registered: ${def.id}`);
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
  dialogs.set(def.id, def);
  return def;
}

export function getDialog(id: string): DialogDefinition | undefined {
  return dialogs.get(id);
}

export function allDialogs(): DialogDefinition[] {
  return [...dialogs.values()];
}
