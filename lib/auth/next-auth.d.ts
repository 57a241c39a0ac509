import type { DefaultSession } from "next-auth";

import type { Role } from "./policy";

// What our Auth.js session and token carry beyond the defaults (lib/auth/auth.ts fills them).

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
    sessionVersion: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    sessionVersion?: number;
  }
}
