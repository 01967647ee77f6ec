import { describe, expect, it } from "vitest";
import { reviewAdminCommands } from "../../bot/cli/admin-review.js";
import { COMMITTEE_COMMANDS } from "../../handlers/review/commands.js";
import { vi } from "../../handlers/texts/vi.js";
import { listAudit, verifyAudit } from "../../storage/audit.js";
import { hasRole } from "../../storage/roles.js";
import { count, harness } from "./helpers.js";

describe("roles", () => {
  it("every committee command, with any argument, gives a plain member the same refusal and changes nothing", () => {
    const h = harness();
    const s = h.declare("alice", "conflict");
    h.say("mallory", "/start");
    const before = { decisions: count(h.store, "decisions"), roles: count(h.store, "roles"), outbox: count(h.store, "outbox") };
    const args = ["", s.code, "XD-2026-999999", `${s.code} chap_nhan ok`, "console:mallory", "2", "không biết"];
    const answers = new Set<string>();
    for (const cmd of COMMITTEE_COMMANDS) for (const a of args) answers.add(h.text("mallory", `/${cmd} ${a}`.trim()));
    expect([...answers]).toEqual([vi.review.refused]);
    // A decision button pressed by someone without the role is refused the same way.
    expect(h.text("mallory", { choice: `/quyet_dinh ${s.code} chap_nhan` })).toBe(vi.review.refused);
    expect({ decisions: count(h.store, "decisions"), roles: count(h.store, "roles"), outbox: count(h.store, "outbox") }).toEqual(before);
    expect(vi.review.refused).not.toContain(s.code);
    h.close();
  });

  it("an admin grants and removes the committee role in the chat; both are audited and the member is told", () => {
    const h = harness();
    h.say("bob", "/start");
    expect(h.text("bob", "/cho_duyet")).toBe(vi.review.refused);
    expect(h.text("admin", "/cap_quyen console:bob")).toBe(vi.review.granted("console:bob"));
    expect(h.text("admin", "/cap_quyen console:bob")).toBe(vi.review.alreadyGranted("console:bob"));
    // The grant notice waits in the outbox and shows at the start of bob's next reply.
    const next = h.say("bob", "/cho_duyet");
    expect(next[0]!.text).toBe(vi.review.noticeGranted);
    expect(next[1]!.text).toBe(vi.review.queueEmpty);
    // A committee member who is not an admin cannot grant.
    expect(h.text("bob", "/cap_quyen console:eve")).toBe(vi.review.adminOnly);
    expect(h.text("admin", "/thu_quyen console:bob")).toBe(vi.review.revoked("console:bob"));
    expect(h.say("bob", "/cho_duyet").map((r) => r.text)).toEqual([vi.review.noticeRevoked, vi.review.refused]);
    expect(listAudit(h.store).map((e) => [e.action, e.actor, e.subject])).toEqual([
      ["role.grant", "console:admin", "role:committee:console:bob"],
      ["role.revoke", "console:admin", "role:committee:console:bob"],
    ]);
    expect(verifyAudit(h.store)).toEqual({ ok: true, count: 2 });
    h.close();
  });

  it("admins are committee members without a stored role; the admin CLI grants and revokes with an audit entry", () => {
    const h = harness();
    expect(h.text("admin", "/cho_duyet")).toBe(vi.review.queueEmpty);
    const out: string[] = [];
    const env = { store: () => h.store, out: (l: string) => out.push(l), err: (l: string) => out.push(l), actor: "cli:test" };
    const grant = reviewAdminCommands.find((c) => c.name === "grant")!;
    const revoke = reviewAdminCommands.find((c) => c.name === "revoke")!;
    expect(grant.run(["zalo:abc", "committee"], env)).toBe(0);
    expect(hasRole(h.store, "zalo:abc", "committee")).toBe(true);
    expect(grant.run(["not-a-person", "committee"], env)).toBe(2);
    expect(revoke.run(["zalo:abc", "committee"], env)).toBe(0);
    expect(hasRole(h.store, "zalo:abc", "committee")).toBe(false);
    expect(listAudit(h.store).map((e) => [e.action, e.actor])).toEqual([
      ["role.grant", "cli:test"],
      ["role.revoke", "cli:test"],
    ]);
    h.close();
  });

  it("a role granted at the CLI is told to the person, as one granted in the chat is", () => {
    const h = harness();
    h.say("carol", "/start"); // the bot now knows carol's private chat
    const env = { store: () => h.store, out: () => {}, err: () => {}, actor: "cli:test" };
    reviewAdminCommands.find((c) => c.name === "grant")!.run(["console:carol", "committee"], env);
    // The terminal shows waiting outbox messages before the next reply.
    expect(h.say("carol", "/help").map((r) => r.text)[0]).toBe(vi.review.noticeGranted);
    h.close();
  });

  it("committee commands in a group reveal nothing to outsiders and send members to a private chat", () => {
    const h = harness();
    const group = (user: string, text: string) =>
      h.app.handle({
        channel: "telegram",
        chatId: "-100",
        userId: user,
        chatType: "group",
        text,
        updateKey: `g:${user}:${text}`,
        at: h.now.value,
      });
    expect(group("42", "/cho_duyet")[0]!.text).toBe(vi.review.refused);
    const admin = harness({ adminIds: ["telegram:7"] });
    const r = admin.app.handle({
      channel: "telegram",
      chatId: "-100",
      userId: "7",
      chatType: "group",
      text: "/cho_duyet",
      updateKey: "g1",
      at: admin.now.value,
    });
    expect(r[0]!.text).toBe(vi.review.privateOnly);
    h.close();
    admin.close();
  });
});
