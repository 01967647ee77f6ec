import { describe, expect, it } from "vitest";
import { z } from "zod";
import { wireFeatures } from "../../handlers/app.js";
import { progressTotal } from "../../handlers/dialog/steps.js";
import type { Answers, DialogDefinition } from "../../handlers/dialog/types.js";

// The progress count ("Bước i/n") is kept per set of choice answers, which holds only while every
// step's `when` reads nothing else: checked here for every dialog the bot has.

describe("step conditions", () => {
  it("every dialog's `when` reads only answers of steps with choices", () => {
    const { dialogs } = wireFeatures();
    const defs = dialogs.all();
    expect(defs.length).toBeGreaterThan(2);
    for (const def of defs) {
      const choiceKeys = new Set(def.steps.filter((s) => s.choices).map((s) => s.key));
      const read = new Set<string>();
      // Every combination of choice answers, each choice step also unanswered.
      let combos: Answers[] = [{}];
      for (const s of def.steps.filter((x) => x.choices))
        combos = combos.flatMap((a) => [a, ...s.choices!.map((c) => ({ ...a, [s.key]: c.value ?? c.id }))]);
      for (const a of combos) {
        const watched = new Proxy(a, {
          get: (t, k) => (typeof k === "string" && read.add(k), Reflect.get(t, k)),
          has: (t, k) => (typeof k === "string" && read.add(k), Reflect.has(t, k)),
        });
        for (const s of def.steps) s.when?.(watched);
      }
      const others = [...read].filter((k) => !choiceKeys.has(k));
      expect(others, `${def.id}: when reads ${others.join(", ")}`).toEqual([]);
    }
  });

  it("the progress count tells a skipped optional choice from one not yet answered", () => {
    const def: DialogDefinition = {
      id: "t_steps",
      title: "thử",
      steps: [
        {
          key: "kind",
          label: "Loại",
          prompt: "Loại?",
          optional: true,
          choices: [
            { id: "a", label: "A" },
            { id: "b", label: "B" },
          ],
          schema: z.enum(["a", "b"]).nullable(),
        },
        { key: "more", label: "Thêm", prompt: "Thêm?", when: (a) => a.kind === "b", schema: z.string() },
        { key: "note", label: "Ghi chú", prompt: "Ghi chú?", schema: z.string() },
      ],
      onComplete: () => [],
    };
    expect(progressTotal(def, {})).toBe(3);
    expect(progressTotal(def, { kind: null })).toBe(2);
    expect(progressTotal(def, { kind: "b" })).toBe(3);
    expect(progressTotal(def, {})).toBe(3);
    // Free-text answers do not change it, whatever they say.
    expect(progressTotal(def, { kind: "a", note: "x" })).toBe(2);
  });
});
