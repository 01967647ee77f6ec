import { appendAudit, listAudit, roleRecordHash, roleSubject } from "./audit.js";
import type { Store } from "./db.js";

// Stored roles. Admins come from the environment (ADMIN_IDS) and are committee members
// implicitly; that rule lives in handlers/review/roles.ts, not here. A role counts only if the
// keyed audit chain granted it as stored: a row inserted or edited by SQL gives no access and
// receives no digest (and `audit verify` names it).

export type Role = "committee";

/** True when the stored row matches the hash its latest audit entry (a grant) recorded. */
function audited(store: Store, person: string, role: Role): boolean {
  const latest = listAudit(store, { subject: roleSubject(person, role) }).at(-1);
  return latest?.action === "role.grant" && latest.contentHash === roleRecordHash(store, person, role);
}

/** Whether `person` holds `role`, as granted through the audited path. */
export function hasRole(store: Store, person: string, role: Role): boolean {
  const stored = store.db.prepare("SELECT 1 FROM roles WHERE person_id = ? AND role = ?").get(person, role) !== undefined;
  return stored && audited(store, person, role);
}

/** Everyone holding `role` through the audited path, by person id. */
export function listRole(store: Store, role: Role): { person: string; grantedBy: string; grantedAt: Date }[] {
  const rows = store.db.prepare("SELECT person_id, granted_by, granted_at FROM roles WHERE role = ? ORDER BY person_id").all(role) as {
    person_id: string;
    granted_by: string;
    granted_at: string;
  }[];
  return rows
    .filter((r) => audited(store, r.person_id, role))
    .map((r) => ({ person: r.person_id, grantedBy: r.granted_by, grantedAt: new Date(r.granted_at) }));
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
