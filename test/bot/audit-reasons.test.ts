import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditReason } from "../../bot/cli/audit-reasons.js";

// `audit verify` is read by an operator in Vietnamese: every fixed reason storage/audit.ts can give
// has its translation (two were printed in English before, found by a reviewer's run).

describe("audit verify's reasons", () => {
  it("every fixed reason in storage/audit.ts is said in Vietnamese", () => {
    const source = readFileSync(new URL("../../storage/audit.ts", import.meta.url), "utf8");
    const reasons = [...source.matchAll(/(?:fail\([^,]+, |reason: )"([^"]+)"/g)].map((m) => m[1]!);
    expect(reasons.length).toBeGreaterThan(10);
    const untranslated = reasons.filter((r) => auditReason(r) === r);
    expect(untranslated).toEqual([]);
  });

  it("reasons with numbers keep them", () => {
    expect(auditReason("entry #12 is missing")).toBe("thiếu mục #12 trong chuỗi");
  });
});
