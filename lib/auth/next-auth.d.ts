import type { DefaultSession } from "next-auth";

import type { Role } from "./policy";

// What our Auth.js session and token carry beyond the defaults (lib/auth/auth.ts fills them).

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
    sessionId?: string;
  }
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
    sessionVersion: number;
    /** ISO times: when the session ends without activity, and when it ends anyway. */
    idleEndsAt?: string;
    endsAt?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    sessionVersion?: number;
    /** The row in Session that says how long this session lasts (lib/auth/sessions.ts). */
    sessionId?: string;
    idleEndsAt?: number;
    endsAt?: number;
  }
}
