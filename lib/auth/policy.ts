// Who may do what. Permissions are `action:entity:access` strings; roles map to sets of them.
// Commands check one explicit permission each (lib/auth/authorize.ts), never just "signed in".
// This file has no server-only import: pages use `can` to decide which controls to show, but
// showing a button is never the check.

export const roles = ["admin", "editor"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = { admin: "Administrator", editor: "Editor" };

const contentPermissions = [
  "read:bill:any",
  "create:bill:any",
  "update:bill:any",
  "publish:bill:any",
  "restore:bill:any",
  "record:statusEvent:any",
  "correct:statusEvent:any",
  "retract:statusEvent:any",
  "manage:keyDate:any",
  "manage:statistic:any",
  "manage:provision:any",
  "manage:position:any",
  "manage:window:any",
  "import:billText:any",
  // The audit log of the content they keep; accounts, alerts and webhooks stay with administrators.
  "read:audit:content",
  "update:user:own",
] as const;

const adminPermissions = [
  ...contentPermissions,
  "delete:bill:any",
  "read:audit:any",
  "read:user:any",
  "manage:user:any",
  // Webhooks carry secrets and deliveries name subscribers: administrators only.
  "manage:webhook:any",
  "read:delivery:any",
  "resend:delivery:any",
  // How each watched source's polls went: its errors can name the operator's settings.
  "read:watchedSource:any",
] as const;

export type Permission = (typeof adminPermissions)[number];

const permissionsByRole: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set(adminPermissions),
  editor: new Set(contentPermissions),
};

export function can(role: Role, permission: Permission): boolean {
  return permissionsByRole[role].has(permission);
}
