// Details and table for the historian (issue #19, item 10): a commander's factories listed in the
// details panel's own flow, grouped by region; the table's name and prefecture columns and its sort
// kept in the link; and a pointer that does not hover what a view switch puts under it.

import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { boxOf, GRAPH, GRAPH_READY, nextFrames, openExplorer, openPanel } from "./support/helpers";

const LAPTOP = { viewport: { width: 1366, height: 768 } };

test.describe("a commander's factories in the details", () => {
  test("flow in the panel, grouped by county, each still selecting its factory", async ({
    newPage,
    baseUrl,
  }) => {
    const page = await newPage({ contextOptions: LAPTOP });
    await openExplorer(page, `${baseUrl}?node=agmach-c5`);
    const list = page.getByTestId("contracted-factories");
    await expect(list.getByRole("heading", { level: 3 })).toHaveText("In its charge (34)");
    await expect(list).toContainText("All in Jinnan Prefecture");
    await expect(list.getByRole("heading", { level: 4 })).toHaveCount(30);
    await expect(list.getByRole("button")).toHaveCount(34);

    // Between the last factory and the page, only one element scrolls: the panel column that also holds
    // the details' title, so the list has no scroll box of its own.
    const scrollers = await list
      .getByRole("button")
      .last()
      .evaluate((button) => {
        const found: Array<{ className: string; holdsTitle: boolean }> = [];
        for (let element = button.parentElement; element; element = element.parentElement) {
          const { overflowY } = getComputedStyle(element);
          if ((overflowY === "auto" || overflowY === "scroll") && element.scrollHeight > element.clientHeight)
            found.push({
              className: element.className,
              holdsTitle: element.querySelector("#details-title") !== null,
            });
        }
        return found;
      });
    expect(scrollers).toHaveLength(1);
    expect(scrollers[0]?.holdsTitle).toBe(true);

    const quwo = list.getByRole("region", { name: "Quwo County (2)" });
    await quwo.getByRole("button", { name: /Quwo County farm-tool/ }).click();
    await expect(page.getByTestId("details").getByRole("heading", { level: 2 })).toContainText(
      "Quwo County farm-tool repair works",
    );
    expect(new URL(page.url()).searchParams.get("node")).toBe("agmach-s-quwo");
  });
});

test.describe("the table's columns and sort", () => {
  const TABLE = '[data-testid="enterprise-table"]';
  const prefectureColumn = (page: Page) =>
    page.$$eval(`${TABLE} tbody tr`, (rows) => rows.map((row) => row.children[5]?.textContent ?? ""));

  test("a sort by prefecture goes into the link and survives a reload, with the Chinese names", async ({
    newPage,
    baseUrl,
  }) => {
    const page = await newPage({ contextOptions: LAPTOP });
    await page.goto(`${baseUrl}?view=table`);
    const table = page.locator(TABLE);
    await expect(table.getByRole("columnheader", { name: "Chinese name" })).toBeVisible();
    await expect(page.locator(`${TABLE} tr[data-id="agmach-s-quwo"] td[lang="zh"]`)).toContainText(
      "曲沃县农具修配厂",
    );
    const sortByPrefecture = table.getByRole("button", { name: "Sort by Prefecture or city" });
    await sortByPrefecture.click();
    await sortByPrefecture.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("-prefecture");
    const sorted = await prefectureColumn(page);
    expect(sorted[0]).toBe("Yuci Prefecture");

    await page.reload();
    await expect(table.getByRole("columnheader", { name: /Prefecture or city/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    expect(await prefectureColumn(page)).toEqual(sorted);

    // Back returns to the sort before, as for any other view change.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("prefecture");
  });

  test("an embed's Open full view keeps the sort", async ({ newPage, baseUrl }) => {
    const page = await newPage({ contextOptions: LAPTOP });
    await page.goto(`${baseUrl}?embed=1&view=table&sort=-otherName&lang=zh`);
    const fullView = page.getByTestId("open-full-view");
    await expect(fullView).toHaveAttribute("href", /[?&]sort=-otherName(&|$)/);
    const href = (await fullView.getAttribute("href")) ?? "";
    await page.goto(new URL(href, page.url()).href);
    await expect(page.locator(TABLE).getByRole("columnheader", { name: /英文名称/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
  });

  test("a sort that names no column is dropped and said so on the page", async ({ newPage, baseUrl }) => {
    const page = await newPage({ contextOptions: LAPTOP });
    await page.goto(`${baseUrl}?view=table&sort=colour`);
    await expect(page.locator(TABLE).getByRole("columnheader", { name: /Network/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await expect(page.getByTestId("link-notice")).toContainText("sort=colour");
  });
});

test.describe("a pointer that stands still", () => {
  test("hovers nothing the switch from a table row to the graph puts under it, until it moves", async ({
    newPage,
    baseUrl,
  }) => {
    const page = await newPage({ contextOptions: LAPTOP });
    await openExplorer(page, baseUrl);
    await openPanel(page, "outline");
    await page.locator('#outline-panel [role="treeitem"][data-kind="enterprise"]').first().waitFor();
    await page.getByRole("button", { name: "Table", exact: true }).click();

    // A row whose name lies where the outline's rows will be once the graph is back.
    const outlineBox = { left: 8, right: 340, top: 200, bottom: 600 };
    const rowButton = page
      .locator('[data-testid="enterprise-table"] tbody th button')
      .filter({ hasText: /^Large state factory [2-5]/ });
    await rowButton.first().waitFor();
    let clicked: { x: number; y: number } | null = null;
    for (const button of await rowButton.all()) {
      const box = await boxOf(button);
      const x = box.x + Math.min(40, box.width / 2);
      const y = box.y + box.height / 2;
      if (x > outlineBox.left && x < outlineBox.right && y > outlineBox.top && y < outlineBox.bottom) {
        await page.mouse.click(x, y);
        clicked = { x, y };
        break;
      }
    }
    if (!clicked) throw new Error("no table row lies where the outline will be");
    await page.locator(GRAPH_READY).waitFor();
    await page.getByTestId("details").waitFor();
    await nextFrames(page);
    await page.waitForTimeout(300);
    await nextFrames(page);

    const under = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="treeitem"]')?.getAttribute("data-key"),
      clicked,
    );
    expect(under, "an outline row now lies under the pointer").toBeTruthy();
    const hovered = () => page.$eval(GRAPH, (element) => element.graphProbe.marked("hovered"));
    expect(await hovered()).toEqual([]);

    // The reader's own move, to the middle of that row, hovers it.
    const row = await boxOf(page.locator(`#outline-panel [data-key="${under}"] > .outline-row`));
    await page.mouse.move(clicked.x + 3, row.y + row.height / 2);
    await expect.poll(hovered).toEqual([under]);
  });
});
