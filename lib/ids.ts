// Record ids are cuids: letters and digits. An id taken from an address is checked before it
// is looked up, so one that cannot be ours (it can hold anything, even a NUL that PostgreSQL
// refuses outright) simply names no record.

const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecordId(value: string): boolean {
  return RECORD_ID.test(value);
}
