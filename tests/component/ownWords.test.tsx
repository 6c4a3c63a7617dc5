// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { importFiles } from "../../src/data/import/importFiles";
import type { Dataset } from "../../src/data/schema";
import { createViewStore } from "../../src/store/viewStore";
import { DetailsPanel } from "../../src/ui/DetailsPanel";
import { EnterpriseTable } from "../../src/ui/EnterpriseTable";
import { FilterPanel } from "../../src/ui/FilterPanel";
import { Legend } from "../../src/ui/Legend";
import { StoreProvider } from "../../src/ui/storeContext";
import { loadDefaultDataset } from "../helpers/fixtures";
import { fileFromBytes, importFixtures } from "../helpers/importFixtures";

/** Words that belong to the 1958 article, in either language. */
const WORDS_OF_1958 = /1958|article|commander|factory|factories|统帅|中型厂|小型厂|原文/i;

afterEach(cleanup);

async function imported(...names: string[]): Promise<Dataset> {
  const result = await importFixtures(...names);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

function renderPanels(dataset: Dataset, lang: "en" | "zh", selectedId?: string) {
  const store = createViewStore({ dataset, lang, ...(selectedId !== undefined && { selectedId }) });
  const { container } = render(
    <StoreProvider store={store}>
      <Legend />
      <FilterPanel />
      <DetailsPanel />
      <EnterpriseTable />
    </StoreProvider>,
  );
  return container;
}

describe("an imported network in its own words", () => {
  for (const lang of ["en", "zh"] as const) {
    it(`never uses the 1958 article's words (${lang})`, async () => {
      const dataset = await imported("trade.links.valid.csv");
      const text = renderPanels(dataset, lang, "Port North").textContent ?? "";
      expect(text).not.toMatch(WORDS_OF_1958);
      expect(text).toContain(lang === "en" ? "Hub" : "枢纽");
      expect(text).toContain(lang === "en" ? "Intermediate" : "中间");
    });
  }

  it("lists in the legend only the provenance levels and tiers present", async () => {
    const dataset = await imported("trade.links.valid.csv");
    renderPanels(dataset, "en");
    const legend = screen.getByRole("region", { name: "Legend" });
    const items = [...legend.querySelectorAll("li")].map((li) => li.textContent);
    expect(items).toContain("Documented — from a cited source, or the file it was read from");
    expect(items).toContain("Hub");
    expect(items).toContain("Intermediate");
    expect(items.filter((item) => /Stated|Inferred|Illustrative|Leaf/.test(item ?? ""))).toEqual([]);
  });

  it("names the tiers as the file's tier column does", async () => {
    const sheet = "id,tier\nD1,hub\nB1,spoke\nB2,spoke\n";
    const links = "source,target\nD1,B1\nD1,B2\n";
    const result = await importFiles(
      [
        fileFromBytes("stores.nodes.csv", new TextEncoder().encode(sheet)),
        fileFromBytes("stores.links.csv", new TextEncoder().encode(links)),
      ],
      { paletteSize: 8 },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.tierNames).toEqual({ commander: { en: "hub" }, small: { en: "spoke" } });
    renderPanels(result.dataset, "zh");
    const legend = screen.getByRole("region", { name: "图例" });
    expect([...legend.querySelectorAll("li")].map((li) => li.textContent)).toEqual(
      expect.arrayContaining(["hub", "spoke"]),
    );
  });

  it("shows link weights in the details, the table and the legend", async () => {
    const dataset = await imported("trade.links.valid.csv");
    const container = renderPanels(dataset, "en", "Port North");
    const ofPort = dataset.links.filter((l) => l.source === "Port North" || l.target === "Port North");
    const total = ofPort.reduce((sum, l) => sum + (l.weight ?? 0), 0);
    expect(screen.getByTestId("total-weight").textContent).toBe(String(total));
    expect(container.querySelector('button[aria-label="Sort by Total weight"]')).toBeTruthy();
    const row = container.querySelector('tr[data-id="Port North"]');
    expect(row?.lastElementChild?.textContent).toBe(String(total));
    const weights = dataset.links.map((l) => l.weight ?? 0);
    expect(
      [...screen.getByTestId("legend-weight").querySelectorAll("li")].map((li) => li.textContent),
    ).toEqual([String(Math.min(...weights)), String(Math.max(...weights))]);
  });

  it("keeps the article's words for the 1958 networks", () => {
    const text = renderPanels(loadDefaultDataset(), "en").textContent ?? "";
    expect(text).toContain("Commander");
    expect(text).toContain("stated in the 1958 article");
  });
});
