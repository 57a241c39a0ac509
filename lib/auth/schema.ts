import { z } from "zod";

import { text } from "@/lib/text";

import { normaliseEmail } from "./email";
import { passwordProblem } from "./password-rules";
import { roles } from "./policy";

// Input schemas for sign-in and account management, shared by forms and commands. No Prisma
// and no secrets here: client components import this file.

const emailField = z
  .string({ error: "Enter an email address." })
  .trim()
  .min(1, { error: "Enter an email address." })
  .max(254, { error: "Email addresses are at most 254 characters." })
  .pipe(z.email({ error: "Enter an email address in the right format, like name@example.org." }))
  .transform(normaliseEmail);

export const signInSchema = z.object({
  // Not checked for format: the bootstrap account is admin@localhost, and a wrong address is
  // answered by the same message as a wrong password anyway.
  email: text({ error: "Enter your email address." }).trim().min(1, { error: "Enter your email address." }).max(254).transform(normaliseEmail),
  password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(1024),
});

export const roleField = z.enum(roles, { error: "Choose a role." });

export const inviteSchema = z.object({ email: emailField, role: roleField });

export const revokeInviteSchema = z.object({ email: emailField });

const userIdField = text().min(1).max(64);

export const changeRoleSchema = z.object({ userId: userIdField, role: roleField });

export const userIdSchema = z.object({ userId: userIdField });

/** A new password with its confirmation, checked against the rules and the account's email. */
export function newPasswordSchema(email: string | null) {
  return z
    .object({
      password: z.string({ error: "Enter a new password." }).min(1, { error: "Enter a new password." }),
      confirmPassword: z.string({ error: "Enter the password again." }),
    })
    .superRefine((value, context) => {
      const problem = passwordProblem(value.password, email);
      if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
      else if (value.password !== value.confirmPassword) {
        context.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords do not match." });
      }
    });
}

export const tokenSchema = z.object({ token: z.string().min(20).max(200) });

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "Enter your current password." }).min(1, { error: "Enter your current password." }),
});

export const createUserSchema = z.object({ email: emailField, role: roleField, name: text().trim().max(200).optional() });
