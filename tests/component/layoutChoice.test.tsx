// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ImportResult } from "../../src/data/import/importFiles";
import { createViewStore } from "../../src/store/viewStore";
import ImportDialog from "../../src/ui/ImportDialog";
import { layoutReport, withLayout } from "../../src/ui/importLayout";
import type { ImportState } from "../../src/ui/importState";
import { StoreProvider } from "../../src/ui/storeContext";
import { loadValidFixture } from "../helpers/fixtures";
import { importFixtures } from "../helpers/importFixtures";

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});
afterEach(cleanup);

async function opened(name: string): Promise<ImportResult & { ok: true }> {
  const result = await importFixtures(name);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

function renderReport(state: Exclude<ImportState, { phase: "idle" }>, lang: "en" | "zh" = "en") {
  const onLayout = vi.fn();
  const store = createViewStore({ dataset: loadValidFixture("minimal.valid.json"), lang });
  render(
    <StoreProvider store={store}>
      <ImportDialog
        state={state}
        onClose={vi.fn()}
        onRetry={vi.fn()}
        onLayout={onLayout}
        onRename={vi.fn()}
      />
    </StoreProvider>,
  );
  return { onLayout, choice: screen.getByTestId("layout-choice") };
}

describe("the report's layout switch", () => {
  it("says a network of cross links is laid out by links, and switches to stars", async () => {
    const result = await opened("grove.links.valid.csv");
    const files = [new File(["x"], "grove.links.valid.csv")];
    const { onLayout, choice } = renderReport({
      phase: "done",
      files,
      result,
      layout: layoutReport(result.dataset),
    });
    expect(within(choice).getByTestId("layout-result").textContent).toBe("Laid out by links");
    const byLinks = within(choice).getByRole("radio", { name: /^By links/ });
    const stars = within(choice).getByRole("radio", { name: /^As stars/ });
    expect(byLinks).toHaveProperty("checked", true);
    expect(byLinks.parentElement?.textContent).toContain("(suggested)");
    expect(within(choice).queryByRole("radio", { name: /file places/ })).toBeNull();
    expect(choice.textContent).toContain("36 of 36 links fall outside the stars");
    await userEvent.click(stars);
    expect(onLayout).toHaveBeenLastCalledWith("stars");
  });

  it("shows the stars chosen by the reader, with links still offered, in Chinese", async () => {
    const result = await opened("grove.links.valid.csv");
    const files = [new File(["x"], "grove.links.valid.csv")];
    const layout = layoutReport(result.dataset, "stars");
    const { onLayout, choice } = renderReport({ phase: "done", files, result, layout }, "zh");
    expect(within(choice).getByTestId("layout-result").textContent).toBe("按星形布局");
    const byLinks = within(choice).getByRole("radio", { name: /^按连接/ });
    expect(byLinks).toHaveProperty("checked", false);
    await userEvent.click(byLinks);
    expect(onLayout).toHaveBeenLastCalledWith("links");
  });

  it("suggests stars for a star forest, and offers a file's own positions first when it gives them", async () => {
    const stars = await opened("edge-list.valid.csv");
    expect(layoutReport(stars.dataset)).toMatchObject({ chosen: "stars", suggested: "stars" });
    const depots = await opened("depots.valid.gexf");
    const layout = layoutReport(depots.dataset);
    expect(layout).toMatchObject({ chosen: "file", offered: ["file", "stars", "links"] });
    const files = [new File(["x"], "depots.valid.gexf")];
    const { choice } = renderReport({ phase: "done", files, result: depots, layout });
    expect(within(choice).getByTestId("layout-result").textContent).toBe("Laid out as the file places it");
    expect(within(choice).getByRole("radio", { name: /file places/ })).toHaveProperty("checked", true);
  });

  it("shows the layout's progress while it runs", async () => {
    const files = [new File(["x"], "grove.links.valid.csv")];
    const store = createViewStore({ dataset: loadValidFixture("minimal.valid.json"), lang: "en" });
    render(
      <StoreProvider store={store}>
        <ImportDialog
          state={{ phase: "working", files, progress: { stage: "layout", fraction: 0.4 }, visible: true }}
          onClose={vi.fn()}
          onRetry={vi.fn()}
          onLayout={vi.fn()}
          onRename={vi.fn()}
        />
      </StoreProvider>,
    );
    const dialog = screen.getByRole("dialog");
    expect(dialog.textContent).toContain("Laying out grove.links.valid.csv by its links…");
    expect(dialog.textContent).toContain("Laying out by links: 40%");
    expect(within(dialog).getByRole("progressbar")).toHaveProperty("value", 0.4);
  });
});

describe("withLayout", () => {
  it("drops a file's positions for stars, keeps them for the file, and puts the links' in", async () => {
    const { dataset } = await opened("depots.valid.gexf");
    expect(withLayout(dataset, "stars").enterprises.some((e) => e.position)).toBe(false);
    expect(withLayout(dataset, "file")).toBe(dataset);
    const byLinks = new Map(dataset.enterprises.map((e, i) => [e.id, { x: i * 100, y: -i * 50 }]));
    const laidOut = withLayout(dataset, "links", byLinks);
    expect(laidOut.enterprises.map((e) => e.position)).toEqual([...byLinks.values()]);
    // The imported dataset itself is left as it was, for the switch back.
    expect(dataset.enterprises.every((e) => e.position)).toBe(true);
  });
});
