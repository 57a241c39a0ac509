import { parseArgs } from "node:util";

import { PrismaPg } from "@prisma/adapter-pg";

import { createUserAccount } from "@/lib/auth/bootstrap";
import { roles } from "@/lib/auth/policy";
import { PrismaClient } from "@/lib/db/generated/client";
import { migrate } from "@/lib/db/migrate";

import { fail, say, UsageError, withDatabase } from "./cli";

// npm run user:create -- --email editor@example.org --role editor [--name "Ada"] [--password-stdin]
// Without --password-stdin, a one-time password is printed and must be changed at first
// sign-in. Passwords are never taken as arguments: they would stay in shell history.

const USAGE = "Usage: npm run user:create -- --email someone@example.org --role editor|admin [--name \"Their name\"] [--password-stdin]";

async function readStdinLine(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? "";
}

try {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "editor" },
      name: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
    },
  });
  const email = values.email;
  const role = roles.find((candidate) => candidate === values.role);
  if (!email) throw new UsageError(USAGE);
  if (!role) throw new UsageError(`--role must be one of ${roles.join(", ")}. ${USAGE}`);
  const password = values["password-stdin"] ? await readStdinLine() : undefined;

  await withDatabase(async (database) => {
    await migrate(database.url);
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      const result = await createUserAccount(client, {
        email,
        role,
        ...(values.name ? { name: values.name } : {}),
        ...(password !== undefined ? { password } : {}),
      });
      if (!result.ok) throw new UsageError(result.error.fieldErrors?.password?.[0] ?? result.error.message);
      say(`Created ${result.value.role} ${result.value.email}.`);
      if (result.value.oneTimePassword) {
        say(`One-time password (must be changed at first sign-in): ${result.value.oneTimePassword}`);
      }
    } finally {
      await client.$disconnect();
    }
  });
} catch (error) {
  fail(error);
}
