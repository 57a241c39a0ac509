// Page cursors: the position after the last bill of a page in the stable (updatedAt, id) order.
// Opaque to clients (base64url JSON), so the format can change without breaking them.

export interface Cursor {
  updatedAt: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ u: cursor.updatedAt.toISOString(), i: cursor.id })).toString("base64url");
}

/** The cursor in `value`, or null when it is not one this API gave out. */
export function decodeCursor(value: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return null;
    const { u, i } = parsed as Record<string, unknown>;
    // Ids are cuids; anything else (a NUL, say) was not given out here and must not reach a query.
    if (typeof u !== "string" || typeof i !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(i)) return null;
    const updatedAt = new Date(u);
    if (Number.isNaN(updatedAt.getTime()) || updatedAt.toISOString() !== u || updatedAt.getUTCFullYear() < 1) return null;
    return { updatedAt, id: i };
  } catch {
    return null;
  }
}
