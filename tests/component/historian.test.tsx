// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "../../src/model/filters";
import { parseUrlState, serializeUrlState } from "../../src/store/urlState";
import { urlHeld } from "../../src/store/urlSync";
import { createViewStore } from "../../src/store/viewStore";
import { DetailsPanel } from "../../src/ui/DetailsPanel";
import { EnterpriseTable } from "../../src/ui/EnterpriseTable";
import { GraphOutline } from "../../src/ui/GraphOutline";
import { watchPointerMoves } from "../../src/ui/pointerMoves";
import { StoreProvider } from "../../src/ui/storeContext";
import { loadDefaultDataset } from "../helpers/fixtures";

const dataset = loadDefaultDataset();

function renderWithStore(ui: React.ReactNode, initial: Parameters<typeof createViewStore>[0] = {}) {
  const store = createViewStore({ dataset, ...initial });
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

/** The page's own stylesheet, so that computed styles say what a browser would. */
function withPageStyles(): () => void {
  const style = document.createElement("style");
  style.textContent = readFileSync(resolve(process.cwd(), "src/ui/styles.css"), "utf8");
  document.head.append(style);
  return () => style.remove();
}

afterEach(cleanup);

describe("a commander's factories in the details", () => {
  it("lists all 34 in region groups, each headed by its county with a count", () => {
    renderWithStore(<DetailsPanel />, { selectedId: "agmach-c5" });
    const list = screen.getByTestId("contracted-factories");
    expect(within(list).getByRole("heading", { level: 3 }).textContent).toBe("In its charge (34)");
    expect(list.textContent).toContain("All in Jinnan Prefecture");
    const groups = within(list).getAllByRole("region");
    expect(groups).toHaveLength(30);
    const linfen = within(list).getByRole("region", { name: "Linfen County (2)" });
    expect(
      within(linfen)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([
      "[Illustrative] Medium farm-machinery repair works 17 (Linfen)",
      "[Illustrative] Linfen County farm-tool repair works",
    ]);
    expect(within(list).getAllByRole("button")).toHaveLength(34);
  });

  it("names the groups in the page's language", () => {
    renderWithStore(<DetailsPanel />, { selectedId: "taiyuan-soes", lang: "zh" });
    const list = screen.getByTestId("contracted-factories");
    expect(
      within(list)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(["雁北专区 (1)", "忻县专区 (1)", "榆次专区 (1)", "长治专区 (1)", "晋南专区 (1)"]);
  });

  it("selects a factory from its group", async () => {
    const store = renderWithStore(<DetailsPanel />, { selectedId: "agmach-c5" });
    const quwo = within(screen.getByTestId("contracted-factories")).getByRole("region", {
      name: "Quwo County (2)",
    });
    await userEvent.click(within(quwo).getByRole("button", { name: /Quwo County farm-tool/ }));
    expect(store.getState().selectedId).toBe("agmach-s-quwo");
  });

  it("flows in the panel: nothing between a factory and the panel scrolls or caps its height", () => {
    const removeStyles = withPageStyles();
    try {
      renderWithStore(<DetailsPanel />, { selectedId: "agmach-c5" });
      const panel = screen.getByTestId("details");
      const button = within(panel).getByRole("button", { name: /Ruicheng County farm-tool/ });
      for (
        let element = button.parentElement;
        element && element !== panel;
        element = element.parentElement
      ) {
        const style = getComputedStyle(element);
        expect([style.overflowY, style.overflow], element.className).not.toContain("auto");
        expect([style.overflowY, style.overflow], element.className).not.toContain("scroll");
        expect(style.maxHeight, element.className).toMatch(/^(none|)$/);
      }
    } finally {
      removeStyles();
    }
  });
});

describe("the table for a historian", () => {
  const headers = () =>
    screen.getAllByRole("columnheader").map((th) => th.textContent?.replace(/[▲▼]/g, "").trim());
  const rowOf = (id: string) => document.querySelector(`tr[data-id="${id}"]`) as HTMLElement;
  const cells = (id: string) => [...rowOf(id).children].map((cell) => cell.textContent);

  it("has a Chinese-name column with pinyin and a prefecture column in English", () => {
    renderWithStore(<EnterpriseTable />);
    expect(headers()).toEqual([
      "Name",
      "Chinese name",
      "Network",
      "Tier",
      "Region",
      "Prefecture or city",
      "Commander",
      "Provenance",
    ]);
    const quwo = cells("agmach-s-quwo");
    expect(quwo[1]).toBe("[示意] 曲沃县农具修配厂Qūwò Xiàn Nóngjù Xiūpèichǎng");
    expect(rowOf("agmach-s-quwo").children[1]?.getAttribute("lang")).toBe("zh");
    expect(quwo[4]).toBe("Quwo County");
    expect(quwo[5]).toBe("Jinnan Prefecture");
    // A provincial city is its own top-level region.
    expect(cells("xishan-mining")[5]).toBe("Taiyuan City");
  });

  it("has an English-name column and the prefecture in Chinese", () => {
    renderWithStore(<EnterpriseTable />, { lang: "zh" });
    expect(headers()).toEqual([
      "名称",
      "英文名称",
      "工业网",
      "层级",
      "地区",
      "专区或市",
      "统帅企业",
      "史料依据",
    ]);
    const quwo = cells("agmach-s-quwo");
    expect(quwo[1]).toBe("[Illustrative] Quwo County farm-tool repair works");
    expect(quwo[5]).toBe("晋南专区");
  });

  it("sorts by a header into the store, and a link with that sort reopens it", async () => {
    const store = renderWithStore(<EnterpriseTable />);
    const prefectureHeader = screen.getByRole("button", { name: "Sort by Prefecture or city" });
    await userEvent.click(prefectureHeader);
    await userEvent.click(prefectureHeader);
    expect(store.getState().tableSort).toEqual({ column: "prefecture", ascending: false });
    const query = serializeUrlState(urlHeld(store.getState()));
    expect(query).toBe("?sort=-prefecture");
    const firstRows = screen
      .getAllByRole("row")
      .slice(1, 4)
      .map((row) => row.children[5]?.textContent);
    cleanup();

    const reopened = renderWithStore(<EnterpriseTable />, parseUrlState(query).state);
    expect(reopened.getState().tableSort).toEqual({ column: "prefecture", ascending: false });
    expect(screen.getByRole("columnheader", { name: /Prefecture or city/ }).getAttribute("aria-sort")).toBe(
      "descending",
    );
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows.slice(0, 3).map((row) => row.children[5]?.textContent)).toEqual(firstRows);
    const prefectures = rows.map((row) => row.children[5]?.textContent ?? "");
    expect(prefectures).toEqual([...prefectures].sort((a, b) => b.localeCompare(a, "en-GB")));
  });

  it("sorts by the Chinese name in Chinese order", async () => {
    const store = renderWithStore(<EnterpriseTable />, { filters: { ...EMPTY_FILTERS, sectors: ["power"] } });
    await userEvent.click(screen.getByRole("button", { name: "Sort by Chinese name" }));
    expect(store.getState().tableSort).toEqual({ column: "otherName", ascending: true });
    const names = screen
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.children[1]?.firstChild?.textContent ?? "");
    expect(names).toEqual([...names].sort(new Intl.Collator("zh-CN", { numeric: true }).compare));
  });
});

describe("the outline under a pointer that stands still", () => {
  it("hovers no row a view switch puts under the pointer, until the pointer moves", () => {
    const store = renderWithStore(<GraphOutline />);
    const stop = watchPointerMoves(window, () => store.getState().releaseHover());
    try {
      const row = document.querySelector('[data-key="fenxi-mining"] .outline-row') as HTMLElement;
      // The row's name button in the table was clicked here: the table gives way to the graph.
      fireEvent.pointerDown(window, { clientX: 120, clientY: 300 });
      act(() => {
        store.getState().setMode("table");
        store.getState().select("datong-mining");
        store.getState().setMode("graph");
      });
      fireEvent.pointerEnter(row, { clientX: 120, clientY: 300 });
      fireEvent.pointerMove(row, { clientX: 120, clientY: 300 });
      expect(store.getState().hoveredId).toBeNull();

      fireEvent.pointerMove(row, { clientX: 123, clientY: 301 });
      expect(store.getState().hoveredId).toBe("fenxi-mining");
    } finally {
      stop();
    }
  });
});
