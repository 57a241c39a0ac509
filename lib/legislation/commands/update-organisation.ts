import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { organisationSchema, versionedIdSchema } from "../schema";

import { keepOneOwn, organisationAuditView } from "./position-shared";
import { announce, type Changed } from "./shared";

/** Rename an organisation, change its link, or make it the site's own. */
export async function updateOrganisation(principal: Principal | null, input: unknown): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:position:any");
  if (!auth.ok) return auth;
  const target = versionedIdSchema.safeParse(input);
  const parsed = organisationSchema.safeParse(input);
  if (!target.success) return validationFailure(target.error);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = target.data;

  return db.$transaction(async (tx) => {
    const current = await tx.organisation.findUnique({ where: { id } });
    if (!current) return failure("not_found", "This organisation no longer exists.");
    const namesake = await tx.organisation.findUnique({ where: { name: parsed.data.name }, select: { id: true } });
    if (namesake && namesake.id !== id) return fieldFailure("name", "Another organisation has this name already.");
    const written = await tx.organisation.updateMany({ where: { id, version }, data: { ...parsed.data, version: { increment: 1 } } });
    if (written.count === 0) {
      return failure("conflict", "Someone else changed this organisation after you opened it. Reload the page to see their change, then edit again.");
    }
    if (parsed.data.isOwn) await keepOneOwn(tx, id);
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id } });
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "organisation.updated",
      entityType: "organisation",
      entityId: id,
      before: organisationAuditView(current),
      after: organisationAuditView(organisation),
    });
    const revalidate = await announce(tx, { kind: "organisations" }, { kind: "organisation.updated", auditId });
    return ok({ id, revalidate });
  });
}
