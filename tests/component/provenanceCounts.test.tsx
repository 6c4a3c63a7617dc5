// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/loadDataset";
import type { Dataset } from "../../src/data/schema";
import { createViewStore } from "../../src/store/viewStore";
import { FilterPanel } from "../../src/ui/FilterPanel";
import { GraphOutline } from "../../src/ui/GraphOutline";
import { StoreProvider } from "../../src/ui/storeContext";
import { loadDefaultDataset, loadValidFixture } from "../helpers/fixtures";

const dataset = loadDefaultDataset();

function renderWithStore(ui: React.ReactNode, initial: Parameters<typeof createViewStore>[0] = {}) {
  const store = createViewStore({ dataset, ...initial });
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

const countOf = (name: RegExp) =>
  screen.getByRole("checkbox", { name }).closest("label")?.querySelector(".facet-count")?.textContent;

afterEach(cleanup);

describe("counts split by provenance", () => {
  it("says how many of each network's records the article attests, in words for a screen reader", () => {
    renderWithStore(<FilterPanel />);
    expect(countOf(/^Agricultural machinery/)).toBe("120 · 25 attested");
    expect(countOf(/^Coal/)).toBe("24 · 0 attested");
    expect(
      screen.getByRole("checkbox", {
        name: "Agricultural machinery, 120 enterprises, 25 of them attested in the article",
      }),
    ).toBeTruthy();
  });

  it("follows the other filters, and speaks Chinese", async () => {
    const store = renderWithStore(<FilterPanel />, {
      filters: { sectors: [], regions: [], tiers: ["medium"], provenance: [], query: "" },
    });
    expect(countOf(/^Agricultural machinery/)).toBe("20 · 20 attested");
    await act(() => store.getState().setLang("zh"));
    expect(screen.getByRole("checkbox", { name: "农业机械修配网，20家企业，其中20家见于原文" })).toBeTruthy();
    expect(screen.getAllByText("20 · 原文 20").length).toBeGreaterThan(0);
  });

  it("splits the outline's network counts the same way", () => {
    renderWithStore(<GraphOutline />);
    const agmach = document.querySelector('[data-key="network:agmach"]');
    expect(agmach?.querySelector(".outline-count")?.textContent).toBe("120 · 25 attested");
  });

  it("lists a placeholder that quotes the article when illustrative records are hidden", async () => {
    const store = renderWithStore(<GraphOutline />, {
      filters: {
        sectors: [],
        regions: [],
        tiers: [],
        provenance: ["attested", "documented", "inferred"],
        query: "",
      },
    });
    const row = document.querySelector('[data-key="unnamed:agmach:medium:q-agmach"]');
    expect(row?.getAttribute("data-kind")).toBe("placeholder");
    expect(row?.getAttribute("aria-label")).toMatch(
      /^20 medium factories, not named in the article\. The article says: “The five large state-owned factories/,
    );
    expect(row?.getAttribute("aria-selected")).toBeNull();
    // Enter on it selects nothing: it is not an enterprise.
    await act(() => (row as HTMLElement).querySelector<HTMLElement>(".outline-row")?.click());
    expect(store.getState().selectedId).toBeNull();
  });

  it("keeps plain counts for a dataset that attests nothing", () => {
    const minimal = loadValidFixture("minimal.valid.json");
    const documented = { existence: { level: "documented", sources: ["s1"] } };
    const result = loadDataset({
      ...minimal,
      enterprises: minimal.enterprises.map((e) => ({ ...e, provenance: documented })),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const store = createViewStore({ dataset: result.dataset as Dataset });
    render(
      <StoreProvider store={store}>
        <FilterPanel />
      </StoreProvider>,
    );
    const counts = [...document.querySelectorAll('[data-facet="sectors"] .facet-count')];
    expect(counts.map((count) => count.textContent)).toEqual(["4", "2"]);
  });
});
