import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rules that keep the house standing are real: a file that imports upward, or closes a
// cycle, fails `npm run lint` (the same config, run on text as if it were that file).

const eslint = new ESLint();

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe("layering enforced by lint", () => {
  it("storage/ may not import handlers/", async () => {
    const broken = await rulesBroken("storage/upward.ts", 'import type { Ctx } from "../handlers/context.js";\nexport type X = Ctx;\n');
    expect(broken).toContain("import-x/no-restricted-paths");
  });

  it("core/ imports nothing of the project; handlers/ never imports bot/", async () => {
    expect(await rulesBroken("core/upward.ts", 'import type { Store } from "../storage/db.js";\nexport type X = Store;\n')).toContain(
      "import-x/no-restricted-paths",
    );
    expect(await rulesBroken("handlers/upward.ts", 'import type { Logger } from "../bot/log.js";\nexport type X = Logger;\n')).toContain(
      "import-x/no-restricted-paths",
    );
  });

  it("an import cycle is an error: the engine importing the router, which imports the engine", async () => {
    const broken = await rulesBroken("handlers/dialog/engine.ts", 'import { route } from "../router.js";\nexport const r = route;\n');
    expect(broken).toContain("import-x/no-cycle");
  });

  it("the code as it stands passes", async () => {
    const broken = await rulesBroken("storage/fine.ts", 'import { fold } from "../core/text.js";\nexport const f = fold;\n');
    expect(broken).toEqual([]);
  });
});
