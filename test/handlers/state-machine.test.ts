import { describe, expect, it } from "vitest";
import { allowedDecisions, PENDING_STATUSES, TRANSITIONS, transition } from "../../handlers/review/state-machine.js";

// The review state machine on its own: what a reviewer may decide from each status.

describe("review state machine", () => {
  it("a new submission may get any decision; recusal only for a conflict of interest", () => {
    expect(allowedDecisions("submitted", "conflict")).toEqual(["accept", "recuse", "request_info", "escalate", "close"]);
    expect(allowedDecisions("submitted", "gift")).toEqual(["accept", "request_info", "escalate", "close"]);
    expect(transition("submitted", "gift", "recuse")).toEqual({ ok: false, reason: "wrong_kind" });
  });

  it("while the declarant owes an answer, only escalation and closing remain", () => {
    expect(allowedDecisions("info_requested", "gift")).toEqual(["escalate", "close"]);
    expect(transition("info_requested", "gift", "accept")).toEqual({ ok: false, reason: "not_allowed" });
  });

  it("a closed submission is final, and an unknown status allows nothing", () => {
    expect(allowedDecisions("closed", "conflict")).toEqual([]);
    expect(allowedDecisions("edited-by-hand", "conflict")).toEqual([]);
  });

  it("every status a decision leads to is itself in the table, so nothing gets stuck unknown", () => {
    for (const moves of Object.values(TRANSITIONS)) for (const to of Object.values(moves)) expect(TRANSITIONS).toHaveProperty(to!);
    for (const s of PENDING_STATUSES) expect(allowedDecisions(s, "conflict").length).toBeGreaterThan(0);
  });
});
