import { describe, expect, it } from "vitest";

import { canonicalMailbox } from "./mailbox";

describe("canonicalMailbox", () => {
  it.each([
    ["victim@example.org", "victim@example.org"],
    ["victim+1@example.org", "victim@example.org"],
    ["victim+2@example.org", "victim@example.org"],
    ["Vic.Tim@Example.org", "victim@example.org"],
    ["v.i.c.t.i.m+news+more@example.org", "victim@example.org"],
    ["victim@mail.example.org", "victim@mail.example.org"],
  ])("counts %j as %j", (email, mailbox) => {
    expect(canonicalMailbox(email)).toBe(mailbox);
  });
});
