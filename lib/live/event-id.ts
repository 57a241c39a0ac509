import "server-only";

import { createCipheriv, createDecipheriv } from "node:crypto";

import { derivedKey } from "@/lib/keys";

// The live stream's event ids. Inside, a change is its audit row's id, which is what a
// reconnecting browser must resume after. Sent as it is, the numbers' gaps told anyone
// watching how much unpublished work happened between two public changes (issue 21, finding
// 10). So the id is sent encrypted: one AES block holding a fixed marker and the number, under
// a key derived from AUTH_SECRET, which every instance shares. It resumes on any instance and
// says nothing; a made-up id fails the marker and the browser simply starts afresh.

export interface EventIdCodec {
  encode(auditId: number): string;
  /** The audit id behind a token this site gave out, or null. */
  decode(token: string): number | null;
}

const MARKER = Buffer.from("ptlive01", "ascii");

export function eventIdCodec(key: Buffer): EventIdCodec {
  return {
    encode(auditId) {
      const block = Buffer.alloc(16);
      MARKER.copy(block, 0);
      block.writeBigUInt64BE(BigInt(auditId), 8);
      const cipher = createCipheriv("aes-256-ecb", key, null).setAutoPadding(false);
      return Buffer.concat([cipher.update(block), cipher.final()]).toString("base64url");
    },
    decode(token) {
      if (!/^[A-Za-z0-9_-]{22}$/.test(token)) return null;
      const decipher = createDecipheriv("aes-256-ecb", key, null).setAutoPadding(false);
      const block = Buffer.concat([decipher.update(Buffer.from(token, "base64url")), decipher.final()]);
      if (!block.subarray(0, 8).equals(MARKER)) return null;
      const value = block.readBigUInt64BE(8);
      return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
    },
  };
}

/** The codec every instance of this site uses. */
export function liveEventIds(): EventIdCodec {
  return eventIdCodec(derivedKey("live-event-id"));
}
