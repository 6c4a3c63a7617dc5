// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { createViewStore } from "../../src/store/viewStore";
import { GraphOutline } from "../../src/ui/GraphOutline";
import { StoreProvider } from "../../src/ui/storeContext";
import { ViewAnnouncer } from "../../src/ui/ViewAnnouncer";
import { loadDefaultDataset } from "../helpers/fixtures";

const dataset = loadDefaultDataset();

function renderOutline(initial: Parameters<typeof createViewStore>[0] = {}) {
  const store = createViewStore({ dataset, ...initial });
  render(
    <StoreProvider store={store}>
      <button type="button">before</button>
      <GraphOutline />
      <div id="graph-region" tabIndex={-1} />
      <ViewAnnouncer />
    </StoreProvider>,
  );
  return store;
}

const focusedKey = () => document.activeElement?.getAttribute("data-key");
const item = (key: string) => document.querySelector(`[data-key="${key}"]`) as HTMLElement;

afterEach(cleanup);

describe("graph outline (APG tree view)", () => {
  it("lists the visible networks with one tab stop", () => {
    renderOutline();
    const tree = screen.getByRole("tree", { name: "Outline of the graph" });
    const networks = [...tree.children].filter((el) => el.getAttribute("role") === "treeitem");
    expect(networks.map((el) => el.getAttribute("data-key"))).toEqual(
      dataset.sectors.map((s) => `network:${s.id}`),
    );
    expect(networks[0]?.getAttribute("aria-label")).toBe(
      "Agricultural machinery network, 120 enterprises, 25 of them attested in the article",
    );
    expect(networks[0]?.getAttribute("aria-expanded")).toBe("true");
    expect(networks[0]?.getAttribute("aria-setsize")).toBe("6");
    expect(tree.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(item("datong-mining").getAttribute("aria-label")).toBe(
      "Datong Mining Administration, Commander, 5 in its charge",
    );
  });

  it("walks network → commander → factory and back with the arrow keys, Home and End", async () => {
    const user = userEvent.setup();
    const store = renderOutline({
      filters: { sectors: ["coal"], regions: [], tiers: [], provenance: [], query: "" },
    });
    await user.tab();
    await user.tab();
    expect(focusedKey()).toBe("network:coal");
    expect(store.getState().focusedId).toBeNull();

    await user.keyboard("{ArrowDown}");
    expect(focusedKey()).toBe("datong-mining");
    expect(store.getState().focusedId).toBe("datong-mining");
    expect(item("datong-mining").getAttribute("aria-expanded")).toBe("false");

    await user.keyboard("{ArrowRight}");
    expect(item("datong-mining").getAttribute("aria-expanded")).toBe("true");
    expect(focusedKey()).toBe("datong-mining");
    await user.keyboard("{ArrowRight}");
    const firstFactory = dataset.links.find((l) => l.source === "datong-mining")?.target;
    expect(focusedKey()).toBe(firstFactory);
    expect(store.getState().focusedId).toBe(firstFactory);
    expect(item(firstFactory ?? "").getAttribute("aria-level")).toBe("3");

    await user.keyboard("{ArrowLeft}");
    expect(focusedKey()).toBe("datong-mining");
    await user.keyboard("{ArrowLeft}");
    expect(item("datong-mining").getAttribute("aria-expanded")).toBe("false");
    await user.keyboard("{ArrowLeft}");
    expect(focusedKey()).toBe("network:coal");

    await user.keyboard("{End}");
    expect(focusedKey()).toBe("fenxi-mining");
    await user.keyboard("{Home}");
    expect(focusedKey()).toBe("network:coal");
    // Roving tabindex: the focused item is the only tab stop.
    expect(item("network:coal").tabIndex).toBe(0);
    expect(item("fenxi-mining").tabIndex).toBe(-1);
  });

  it("selects with Enter, frames a network with Enter, and opens all siblings with *", async () => {
    const user = userEvent.setup();
    const store = renderOutline();
    await user.tab();
    await user.tab();
    await user.keyboard("{Enter}");
    expect(store.getState().focusSector).toBe("agmach");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(store.getState().selectedId).toBe("agmach-c1");
    // The outline shows the selection once the graph has drawn it (a frame later).
    await waitFor(() => expect(item("agmach-c1").getAttribute("aria-selected")).toBe("true"));
    await user.keyboard("*");
    for (const id of ["agmach-c1", "agmach-c2", "agmach-c5"]) {
      expect(item(id).getAttribute("aria-expanded")).toBe("true");
    }
  });

  it("jumps by type-ahead, matching pinyin in Chinese", async () => {
    const user = userEvent.setup();
    renderOutline({ lang: "zh" });
    await user.tab();
    await user.tab();
    await user.keyboard("mt");
    expect(focusedKey()).toBe("network:coal");
    await user.keyboard("{ArrowRight}");
    await user.keyboard("{ArrowRight}");
    expect(focusedKey()).toBe("datong-mining");
  });

  it("returns focus to where the reader came from on Escape and clears the canvas focus", async () => {
    const user = userEvent.setup();
    const store = renderOutline();
    screen.getByRole("button", { name: "before" }).focus();
    await user.tab();
    await user.keyboard("{ArrowDown}");
    expect(store.getState().focusedId).toBe("agmach-c1");
    await user.keyboard("{Escape}");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "before" }));
    expect(store.getState().focusedId).toBeNull();
  });

  it("keeps focus in the tree when a filter removes the focused item, and follows outside selections", async () => {
    const user = userEvent.setup();
    const store = renderOutline();
    await user.tab();
    await user.tab();
    await user.keyboard("{ArrowDown}");
    expect(focusedKey()).toBe("agmach-c1");
    act(() => store.getState().setFacet("sectors", ["power"]));
    await waitFor(() => expect(focusedKey()).toBe("network:power"));
    expect(screen.getAllByRole("treeitem").every((el) => el.getAttribute("data-key") !== "agmach-c1")).toBe(
      true,
    );

    // A selection made on the canvas opens its branch and becomes the tab stop.
    screen.getByRole("button", { name: "before" }).focus();
    act(() => store.getState().select("ty-tpp2"));
    const factory = dataset.links.find((l) => l.source === "ty-tpp2")?.target ?? "";
    act(() => store.getState().select(factory));
    await waitFor(() => expect(item(factory)?.tabIndex).toBe(0));
    expect(item("ty-tpp2").getAttribute("aria-expanded")).toBe("true");
  });
});

describe("view announcer", () => {
  it("stays quiet on load, then announces filter changes and selections politely", async () => {
    const store = renderOutline();
    const region = screen.getByTestId("announcer");
    expect(region.getAttribute("aria-live")).toBe("polite");
    expect(region.textContent).toBe("");
    act(() => store.getState().setFacet("regions", ["jinnan"]));
    await waitFor(() => expect(region.textContent).toContain("Filtered by Regions: Jinnan Prefecture."), {
      timeout: 2000,
    });
    act(() => store.getState().select("fenjiu"));
    await waitFor(() =>
      expect(region.textContent).toBe(
        "Selected: Xinghuacun Local State Distillery, Commander, Local specialties.",
      ),
    );
    act(() => store.getState().select(null));
    await waitFor(() => expect(region.textContent).toBe("Selection cleared."));
  });
});
