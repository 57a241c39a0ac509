import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { organisationSchema } from "../schema";

import { organisationAuditView, keepOneOwn } from "./position-shared";
import { announce, type Changed } from "./shared";

const DUPLICATE = "An organisation with this name is already recorded. Choose it from the list instead.";

/** Add an organisation whose positions the tracker records (or the site's own). */
export async function createOrganisation(principal: Principal | null, input: unknown): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:position:any");
  if (!auth.ok) return auth;
  const parsed = organisationSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);

  return db.$transaction(async (tx) => {
    // Checked first, so a refusal writes nothing (a failed insert would abort the transaction).
    if (await tx.organisation.findUnique({ where: { name: parsed.data.name }, select: { id: true } })) return fieldFailure("name", DUPLICATE);
    const organisation = await tx.organisation.create({ data: parsed.data });
    if (organisation.isOwn) await keepOneOwn(tx, organisation.id);
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "organisation.created",
      entityType: "organisation",
      entityId: organisation.id,
      after: organisationAuditView(organisation),
    });
    // Positions are shown on bill pages and the board: any organisation change refreshes the lists.
    const revalidate = await announce(tx, { kind: "organisations" }, { kind: "organisation.created", auditId });
    return ok({ id: organisation.id, revalidate });
  });
}
