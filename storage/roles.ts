import { appendAudit, roleRecordHash, roleSubject } from "./audit.js";
import type { Store } from "./db.js";

// Stored roles. Admins come from the environment (ADMIN_IDS) and are committee members
// implicitly; that rule lives in handlers/review/roles.ts, not here.

export type Role = "committee";

/** Whether the person holds the stored role. */
export function hasRole(store: Store, person: string, role: Role): boolean {
  return store.db.prepare("SELECT 1 FROM roles WHERE person_id = ? AND role = ?").get(person, role) !== undefined;
}

/** Everyone holding the role, with who granted it and when. */
export function listRole(store: Store, role: Role): { person: string; grantedBy: string; grantedAt: Date }[] {
  const rows = store.db
    .prepare("SELECT person_id, granted_by, granted_at FROM roles WHERE role = ? ORDER BY person_id")
    .all(role) as { person_id: string; granted_by: string; granted_at: string }[];
  return rows.map((r) => ({ person: r.person_id, grantedBy: r.granted_by, grantedAt: new Date(r.granted_at) }));
}

/** Grants a role and audits it; false (nothing written) when the person already had it. */
export function grantRole(store: Store, g: { person: string; role: Role; by: string; at: Date }): boolean {
  const r = store.db
    .prepare("INSERT OR IGNORE INTO roles (person_id, role, granted_by, granted_at) VALUES (?, ?, ?, ?)")
    .run(g.person, g.role, g.by, g.at.toISOString());
  if (r.changes === 0) return false;
  appendAudit(store, {
    at: g.at,
    actor: g.by,
    action: "role.grant",
    subject: roleSubject(g.person, g.role),
    detail: g.role,
    contentHash: roleRecordHash(store, g.person, g.role),
  });
  return true;
}

/** Removes a role and audits it; false (nothing written) when the person did not have it. */
export function revokeRole(store: Store, g: { person: string; role: Role; by: string; at: Date }): boolean {
  const r = store.db.prepare("DELETE FROM roles WHERE person_id = ? AND role = ?").run(g.person, g.role);
  if (r.changes === 0) return false;
  appendAudit(store, {
    at: g.at,
    actor: g.by,
    action: "role.revoke",
    subject: roleSubject(g.person, g.role),
    detail: g.role,
    contentHash: roleRecordHash(store, g.person, g.role),
  });
  return true;
}
