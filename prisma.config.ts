import { defineConfig } from "prisma/config";

// Read by the Prisma CLI only. The app resolves its database in lib/db/database-url.ts, and
// applies migrations with its own runner (docs/decisions/0001-offline-migrations.md); on an
// online machine `prisma migrate status` reads DATABASE_URL from here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
