// Who may do what with alerts. The back office's session and `requirePermission` live on another
// branch; commands take an `actor` of this shape and check an explicit permission here, so that
// wiring them to the real session is a one-line change per caller.

export interface Actor {
  id: string;
  role: "admin" | "editor";
}

export type AlertsPermission = "manage:webhook:any" | "read:delivery:any" | "resend:delivery:any";

// Webhooks carry secrets and deliveries name subscribers: administrators only.
const grants: Record<Actor["role"], readonly AlertsPermission[]> = {
  admin: ["manage:webhook:any", "read:delivery:any", "resend:delivery:any"],
  editor: [],
};

export function can(actor: Actor | null | undefined, permission: AlertsPermission): boolean {
  return !!actor && grants[actor.role].includes(permission);
}
