import { describe, expect, it } from "vitest";
import { harness } from "./helpers.js";

describe("/help by role", () => {
  it("shows the committee commands to committee staff only", () => {
    const h = harness();
    expect(h.text("admin", "/help")).toContain("/cho_duyet");
    expect(h.text("admin", "/start")).toContain("/cho_duyet");
    const member = h.text("alice", "/help");
    expect(member).toContain("/khaibao_qua");
    expect(member).not.toContain("/cho_duyet");
    expect(h.text("alice", "/start")).not.toContain("/cho_duyet");
    h.close();
  });
});
