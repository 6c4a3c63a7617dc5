// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { computeVisibility, type Filters } from "../../src/model/filters";
import { getNetworkIndex } from "../../src/store/derived";
import { createViewStore } from "../../src/store/viewStore";
import { DetailsPanel } from "../../src/ui/DetailsPanel";
import { EnterpriseTable } from "../../src/ui/EnterpriseTable";
import { FilterPanel } from "../../src/ui/FilterPanel";
import { FilterSummary } from "../../src/ui/FilterSummary";
import { NARROW_SCREEN, Sidebar } from "../../src/ui/Sidebar";
import { StoreProvider } from "../../src/ui/storeContext";
import { loadDefaultDataset } from "../helpers/fixtures";

const dataset = loadDefaultDataset();
const NO_FILTERS: Filters = { sectors: [], regions: [], tiers: [], provenance: [], query: "" };

function renderWithStore(ui: React.ReactNode, initial: Parameters<typeof createViewStore>[0] = {}) {
  const store = createViewStore({ dataset, ...initial });
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

afterEach(cleanup);

describe("filter panel", () => {
  it("shows a count per network and toggles the sector filter in the store", async () => {
    const store = renderWithStore(<FilterPanel />);
    const coal = screen.getByRole("checkbox", { name: /^Coal/ });
    const coalCount = dataset.enterprises.filter((e) => e.sector === "coal").length;
    expect(coal.closest("label")?.textContent).toContain(String(coalCount));
    await userEvent.click(coal);
    expect(store.getState().filters.sectors).toEqual(["coal"]);
    await userEvent.click(coal);
    expect(store.getState().filters.sectors).toEqual([]);
  });

  it("opens a prefecture to choose one of its counties", async () => {
    const store = renderWithStore(<FilterPanel />);
    expect(screen.queryByRole("checkbox", { name: /^Lingqiu County/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: /^Yanbei Prefecture/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: /^Lingqiu County/ }));
    expect(store.getState().filters.regions).toEqual(["lingqiu"]);
  });

  it("writes the search query to the store as the user types", async () => {
    const store = renderWithStore(<FilterPanel />);
    await userEvent.type(screen.getByRole("searchbox"), "大同");
    expect(store.getState().filters.query).toBe("大同");
  });
});

describe("filter summary", () => {
  it("lists active filters as chips that remove themselves, and resets", async () => {
    const store = renderWithStore(<FilterSummary />, {
      filters: { sectors: ["coal"], regions: ["jinnan"], tiers: [], provenance: [], query: "" },
    });
    expect(screen.getByTestId("result-count").textContent).toMatch(/of 187 enterprises shown/);
    await userEvent.click(screen.getByRole("button", { name: "Remove filter: Coal" }));
    expect(store.getState().filters.sectors).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "Reset filters" }));
    expect(store.getState().filters.regions).toEqual([]);
  });

  it("counts commanders shown for context in the singular and the plural", () => {
    const index = getNetworkIndex(dataset);
    const regionWithContext = (size: number) =>
      dataset.regions.find(
        (region) => computeVisibility(index, { ...NO_FILTERS, regions: [region.id] }).context.size === size,
      );
    const one = regionWithContext(1);
    expect(one).toBeDefined();
    renderWithStore(<FilterSummary />, { filters: { ...NO_FILTERS, regions: [one?.id ?? ""] } });
    expect(screen.getByTestId("result-count").textContent).toMatch(/plus 1 commander shown for context$/);
    cleanup();
    const many = dataset.regions.find(
      (region) => computeVisibility(index, { ...NO_FILTERS, regions: [region.id] }).context.size > 1,
    );
    renderWithStore(<FilterSummary />, { filters: { ...NO_FILTERS, regions: [many?.id ?? ""] } });
    expect(screen.getByTestId("result-count").textContent).toMatch(/plus \d+ commanders shown for context$/);
  });
});

describe("panels after the graph's frame", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("update the count and the details only once the frame showing the change is drawn", async () => {
    const frames: Array<() => void> = [];
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => frames.push(callback));
    vi.stubGlobal("cancelAnimationFrame", () => {});
    const store = renderWithStore(
      <>
        <FilterSummary />
        <DetailsPanel />
      </>,
    );
    const count = () => screen.getByTestId("result-count").textContent;
    const before = count();
    const coal = dataset.enterprises.filter((e) => e.sector === "coal").length;
    act(() => {
      store.getState().toggleFacetValue("sectors", "coal");
      store.getState().select("agmach-c1");
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(count()).toBe(before);
    expect(screen.queryByTestId("details")).toBeNull();
    act(() => {
      for (const frame of frames.splice(0)) frame();
    });
    await waitFor(() => expect(count()).toMatch(new RegExp(`^${coal} of ${dataset.enterprises.length}`)));
    expect(screen.getByTestId("details").textContent).toContain("农业机械修配网的五个大型国营厂");
  });
});

describe("details panel", () => {
  it("shows the selected enterprise with its article quote in Chinese and English", () => {
    renderWithStore(<DetailsPanel />, { selectedId: "agmach-c1" });
    const panel = screen.getByTestId("details");
    expect(within(panel).getByRole("heading", { level: 2 }).textContent).toMatch(/Large state factory 1/);
    expect(panel.textContent).toContain("农业机械修配网的五个大型国营厂");
    expect(panel.textContent).toContain("twenty medium");
    expect(panel.textContent).toContain("Attested");
  });

  it("follows a link from a factory to its commander", async () => {
    const store = renderWithStore(<DetailsPanel />, { selectedId: "agmach-m01" });
    const panel = screen.getByTestId("details");
    expect(panel.textContent).toContain("Illustrative");
    await userEvent.click(within(panel).getByRole("button", { name: /Large state factory/ }));
    expect(store.getState().selectedId).toMatch(/^agmach-c\d$/);
  });

  it("says in words how reliable each source is, links it, or says why it cannot be found again", () => {
    renderWithStore(<DetailsPanel />, { selectedId: "fenxi-mining" });
    let panel = screen.getByTestId("details");
    expect(panel.textContent).toContain("tertiary source, web repost");
    expect(within(panel).getAllByRole("link")[0]?.getAttribute("href")).toBe(
      "https://www.taodianma.com/zqxx/zqxx-6680671.html",
    );
    cleanup();
    renderWithStore(<DetailsPanel />, { selectedId: "fenjiu" });
    panel = screen.getByTestId("details");
    expect(panel.textContent).toContain("Cannot be found again from this citation: no URL, title or date");
  });

  it("names a group as a group, marks a tie in progress, and says how its tie is known", () => {
    renderWithStore(<DetailsPanel />, { selectedId: "local-industry-near-datong" });
    const panel = screen.getByTestId("details");
    expect(panel.textContent).toContain("Group of enterprises");
    expect(panel.textContent).toContain("(ties being established)");
    expect(panel.textContent).toContain("How we know its tie to the commander");
    expect(panel.textContent).toContain("阳泉、大同等市的国营工矿企业也正在和附近的地方工业建立联系");
    cleanup();
    renderWithStore(<DetailsPanel />, { selectedId: "coal-s-pingding" });
    expect(screen.getByTestId("details").textContent).toContain(
      "the nearest commander of the same network by straight-line distance between seats",
    );
  });

  it("lists the sources an inference starts from", () => {
    renderWithStore(<DetailsPanel />, { selectedId: "ty-tpp2" });
    const sources = screen.getAllByRole("list", { name: "Sources the reasoning starts from" });
    expect(sources[0]?.textContent).toContain("egmf.cn");
  });

  it("renders nothing without a selection", () => {
    renderWithStore(<DetailsPanel />);
    expect(screen.queryByTestId("details")).toBeNull();
  });
});

describe("enterprise table", () => {
  it("has one row per matching enterprise and sorts by a column", async () => {
    renderWithStore(<EnterpriseTable />, {
      filters: { sectors: ["power"], regions: [], tiers: [], provenance: [], query: "" },
    });
    const rows = () => screen.getAllByRole("row").slice(1);
    const power = dataset.enterprises.filter((e) => e.sector === "power");
    expect(rows()).toHaveLength(power.length);
    await userEvent.click(screen.getByRole("button", { name: "Sort by Name" }));
    const names = rows().map((row) => row.querySelector("th")?.textContent ?? "");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en-GB", { numeric: true })));
  });
});

describe("sidebar", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows the filters outright on a wide screen", async () => {
    renderWithStore(<Sidebar />);
    expect(screen.queryByRole("button", { name: "Filters" })).toBeNull();
    expect(await screen.findByRole("checkbox", { name: /^Coal/ })).toBeDefined();
  });

  it("folds the filters behind a button on a narrow screen, counting the active ones", async () => {
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: query === NARROW_SCREEN,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    const store = renderWithStore(<Sidebar />);
    const toggle = screen.getByRole("button", { name: "Filters" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("checkbox", { name: /^Coal/ })).toBeNull();
    await userEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await userEvent.click(await screen.findByRole("checkbox", { name: /^Coal/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: /^Power/ }));
    expect(store.getState().filters.sectors).toEqual(["coal", "power"]);
    expect(toggle.textContent).toContain("Filters (2 active)");
  });
});
