import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { fieldFailure, type CommandError } from "@/lib/result";

import { walk, type TextTree } from "./tree";

/**
 * Why a provision or a status event cannot cite this version and part of its bill's text, or null when it can: the
 * version must be imported for the bill, and the part must be one of its anchors.
 */
export async function textCitationProblem(
  tx: Prisma.TransactionClient,
  billId: string,
  citation: { textVersionCode: string | null; textSection: string | null },
): Promise<{ ok: false; error: CommandError } | null> {
  const { textVersionCode: code, textSection: part } = citation;
  if (code === null) return null;
  const version = await tx.billTextVersion.findUnique({ where: { billId_code: { billId, code } }, select: { name: true, tree: true } });
  if (!version) return fieldFailure("textVersionCode", `This bill has no text version “${code}” imported. Import it first, or leave this blank.`);
  // Written only by importTextVersion, from a parser's TextTree.
  const tree = version.tree as unknown as TextTree;
  if (part !== null && ![...walk(tree.body)].some((node) => node.id === part)) {
    return fieldFailure("textSection", `${version.name} has no part “${part}”. Open the version's page and copy the end of the part's link, like sec-3-a.`);
  }
  return null;
}
