// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createViewStore } from "../../src/store/viewStore";
import { App } from "../../src/ui/App";
import { PANEL_STORAGE_KEY } from "../../src/ui/panelState";
import { StoreProvider } from "../../src/ui/storeContext";
import { loadDefaultDataset } from "../helpers/fixtures";

// The canvas is cytoscape's and jsdom draws nothing: the layout around it is what is tested here.
vi.mock("../../src/ui/GraphView", () => ({ GraphView: () => <div data-testid="graph" /> }));

const dataset = loadDefaultDataset();

function renderApp(initial: Parameters<typeof createViewStore>[0] = {}) {
  const store = createViewStore({ dataset, ...initial });
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return store;
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe("explorer layout", () => {
  it("starts with the graph alone: filters and legend fold to buttons", () => {
    renderApp();
    expect(screen.getByTestId("graph")).toBeDefined();
    const filters = screen.getByRole("button", { name: "Filters" });
    expect(filters.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("checkbox", { name: /^Coal/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Legend" }).getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("region", { name: "Legend" })).toBeNull();
  });

  it("opens a panel from its button, closes it with ×, and remembers the arrangement on the device", async () => {
    const store = renderApp();
    await userEvent.click(screen.getByRole("button", { name: "Filters" }));
    const panel = screen.getByTestId("filters-panel");
    await userEvent.click(await within(panel).findByRole("checkbox", { name: /^Coal/ }, { timeout: 10_000 }));
    expect(store.getState().filters.sectors).toEqual(["coal"]);
    expect(screen.getByRole("button", { name: "Filters (1 active)" }).getAttribute("aria-expanded")).toBe(
      "true",
    );
    expect(JSON.parse(localStorage.getItem(PANEL_STORAGE_KEY) ?? "{}")).toMatchObject({ filters: true });

    cleanup();
    renderApp();
    expect(screen.getByTestId("filters-panel")).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: "Close Filters" }));
    expect(screen.queryByTestId("filters-panel")).toBeNull();
    expect(JSON.parse(localStorage.getItem(PANEL_STORAGE_KEY) ?? "{}")).toMatchObject({ filters: false });
    // The arrangement is the reader's, not the view's: no link carries it.
    expect(Object.keys(store.getState())).not.toContain("panels");
  }, 15_000);

  it("keeps one panel a side: the outline takes the filters' place", async () => {
    renderApp();
    await userEvent.click(screen.getByRole("button", { name: "Filters" }));
    await userEvent.click(screen.getByRole("button", { name: "Outline" }));
    expect(screen.queryByTestId("filters-panel")).toBeNull();
    expect(screen.getByRole("button", { name: "Outline" }).getAttribute("aria-expanded")).toBe("true");
  });

  it("keeps the outline one Tab stop while folded, and opens it when it takes focus", async () => {
    renderApp();
    const outlineButton = screen.getByRole("button", { name: "Outline" });
    expect(outlineButton.getAttribute("aria-expanded")).toBe("false");
    const tree = screen.getByRole("tree");
    expect(tree.closest(".panel--folded")).not.toBeNull();
    act(() => {
      (tree.querySelector('[tabindex="0"]') as HTMLElement).focus();
    });
    expect(outlineButton.getAttribute("aria-expanded")).toBe("true");
    expect(tree.closest(".panel--folded")).toBeNull();
  });

  it("opens the details on selection and closes them with Escape", async () => {
    const store = renderApp({ selectedId: "datong-mining" });
    expect((await screen.findByTestId("details", {}, { timeout: 10_000 })).textContent).toContain("Datong");
    await userEvent.keyboard("{Escape}");
    expect(store.getState().selectedId).toBeNull();
    // The details load on first selection: on a busy machine that takes more than findBy's 1 s
    // (and the filter panel's lazy parts more than a test's 5 s, above).
  }, 15_000);
});
