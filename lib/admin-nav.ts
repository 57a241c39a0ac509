import type { Permission } from "@/lib/auth/policy";

// The back office's navigation: typed data in one place. An entry shows only to roles holding
// its permission (the pages check again themselves).

export interface AdminNavItem {
  href: string;
  label: string;
  permission: Permission;
}

export const adminNav: readonly AdminNavItem[] = [
  { href: "/admin", label: "Dashboard", permission: "read:bill:any" },
  { href: "/admin/bills", label: "Bills", permission: "read:bill:any" },
  { href: "/admin/inbox", label: "Inbox", permission: "read:bill:any" },
  { href: "/admin/key-dates", label: "Key dates", permission: "manage:keyDate:any" },
  { href: "/admin/provisions", label: "Provisions", permission: "manage:provision:any" },
  { href: "/admin/positions", label: "Positions", permission: "manage:position:any" },
  { href: "/admin/windows", label: "Windows to take part", permission: "manage:window:any" },
  { href: "/admin/organisations", label: "Organisations", permission: "manage:position:any" },
  { href: "/admin/statistics", label: "Figures", permission: "manage:statistic:any" },
  { href: "/admin/audit", label: "Audit log", permission: "read:audit:content" },
  { href: "/admin/users", label: "Users", permission: "read:user:any" },
  { href: "/admin/webhooks", label: "Webhooks", permission: "manage:webhook:any" },
  { href: "/admin/deliveries", label: "Deliveries", permission: "read:delivery:any" },
  { href: "/admin/guide", label: "Editors’ guide", permission: "read:bill:any" },
];
