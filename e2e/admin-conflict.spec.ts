import { expect, signInThroughApi, test } from "./auth-fixtures";

test("two editors saving the same bill: the second sees both changes side by side and re-applies theirs on top", async ({
  browser,
  account,
  makeBill,
  db,
}) => {
  const bill = await makeBill({ summary: "Original summary.", title: "Original title" });
  const [alice, bob] = await Promise.all([account("editor"), account("editor")]);
  const alicePage = await (await browser.newContext()).newPage();
  const bobPage = await (await browser.newContext()).newPage();
  await signInThroughApi(alicePage, alice);
  await signInThroughApi(bobPage, bob);
  await alicePage.goto(`/admin/bills/${bill.id}`);
  await bobPage.goto(`/admin/bills/${bill.id}`);

  // Alice saves first: a new summary, and topics Bob never touches.
  await alicePage.getByLabel("Summary").fill("Alice's summary.");
  await alicePage.getByLabel("Topics").fill("Deepfakes");
  await alicePage.getByRole("button", { name: "Save changes" }).click();
  await expect(alicePage.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();

  // Bob, still on the version he loaded, changes the summary too, and the title.
  await bobPage.getByLabel("Summary").fill("Bob's summary.");
  await bobPage.getByLabel("Title", { exact: true }).fill("Bob's title");
  await bobPage.getByRole("button", { name: "Save changes" }).click();

  const conflict = bobPage.getByRole("region", { name: "This bill changed while you were editing it" });
  await expect(conflict).toContainText(`${alice.email} saved a newer version`);
  const summaryRow = conflict.locator("div").filter({ has: bobPage.getByRole("heading", { name: /^Summary/ }) }).last();
  await expect(summaryRow).toContainText("Both changed");
  await expect(summaryRow).toContainText("Alice's summary.");
  await expect(summaryRow).toContainText("Bob's summary.");
  await expect(conflict.locator("div").filter({ has: bobPage.getByRole("heading", { name: /^Topics/ }) }).last()).toContainText("Deepfakes");

  // The form keeps Bob's input, on top of Alice's version.
  await expect(bobPage.getByLabel(/^Summary/)).toHaveValue("Bob's summary.");
  await expect(bobPage.getByLabel("Title", { exact: true })).toHaveValue("Bob's title");
  await expect(bobPage.getByLabel("Topics")).toHaveValue("Deepfakes");
  expect(await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({ summary: "Alice's summary.", version: 2 });

  await bobPage.getByRole("button", { name: "Save my changes on top" }).click();
  await expect(bobPage.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();
  expect(await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({
    summary: "Bob's summary.",
    title: "Bob's title",
    topics: ["Deepfakes"],
    version: 3,
  });

  await alicePage.context().close();
  await bobPage.context().close();
});
