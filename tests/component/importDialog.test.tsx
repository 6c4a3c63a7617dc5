// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ImportResult } from "../../src/data/import/importFiles";
import { cellProblem } from "../../src/data/problems";
import { createViewStore } from "../../src/store/viewStore";
import ImportDialog from "../../src/ui/ImportDialog";
import type { ImportState } from "../../src/ui/importState";
import { StoreProvider } from "../../src/ui/storeContext";
import { loadValidFixture } from "../helpers/fixtures";
import { importFixtures } from "../helpers/importFixtures";

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event("close"));
  };
});
afterEach(cleanup);

const file = (name: string) => new File(["x"], name);

function renderDialog(state: Exclude<ImportState, { phase: "idle" }>, lang: "en" | "zh" = "en") {
  const onClose = vi.fn();
  const onRetry = vi.fn();
  const onRename = vi.fn();
  const onLayout = vi.fn();
  const store = createViewStore({ dataset: loadValidFixture("minimal.valid.json"), lang });
  render(
    <StoreProvider store={store}>
      <ImportDialog
        state={state}
        onClose={onClose}
        onRetry={onRetry}
        onLayout={onLayout}
        onRename={onRename}
      />
    </StoreProvider>,
  );
  return { onClose, onRetry, onRename };
}

describe("import report", () => {
  it("lists every problem with its place, and counts the rest of a kind beyond five", () => {
    const dangling = Array.from({ length: 8 }, (_, i) =>
      cellProblem(
        { file: "links.csv", row: i + 2, field: "target" },
        "dangling-link",
        `end ${i} is missing`,
        `终点 ${i} 缺失`,
      ),
    );
    const result: ImportResult = {
      ok: false,
      errors: dangling,
      warnings: [],
      format: "csv",
      files: ["links.csv"],
    };
    const { onClose } = renderDialog({ phase: "done", files: [file("links.csv")], result });
    const dialog = screen.getByRole("dialog", { name: "links.csv could not be opened" });
    expect(within(dialog).getByRole("alert").textContent).toContain("The network on screen has not changed");
    const items = within(dialog)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items.slice(0, 5)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `links.csv, row ${i + 2}, column "target": end ${i} is missing`),
    );
    expect(items[5]).toBe("… and 3 more of this kind");
    within(dialog).getByRole("button", { name: "Close" }).click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("speaks Chinese when the page does", () => {
    const result: ImportResult = {
      ok: false,
      errors: [cellProblem({ file: "a.csv", row: 3, field: "id" }, "empty-id", "empty", "id 为空")],
      warnings: [],
      format: "csv",
      files: ["a.csv"],
    };
    renderDialog({ phase: "done", files: [file("a.csv")], result }, "zh");
    const dialog = screen.getByRole("dialog", { name: "无法打开 a.csv" });
    expect(within(dialog).getByRole("listitem").textContent).toBe("a.csv，第 3 行，“id”列：id 为空");
  });

  it("offers to choose hubs by number of links and re-imports with that choice", async () => {
    const result = await importFixtures("clinics.nodes.valid.csv", "clinics.links.valid.csv");
    const files = [file("clinics.nodes.valid.csv"), file("clinics.links.valid.csv")];
    const { onRetry } = renderDialog({ phase: "done", files, result });
    const dialog = screen.getByRole("dialog", { name: /^Opened clinics/ });
    expect(dialog.textContent).toContain("7 enterprises, 5 links, 2 networks.");
    const apply = within(dialog).getByRole("button", { name: "Apply" });
    expect(apply).toHaveProperty("disabled", true);
    const threshold = within(dialog).getByRole("spinbutton");
    await userEvent.clear(threshold);
    await userEvent.type(threshold, "3");
    expect(within(dialog).getByRole("radio", { name: /at least this many links/ })).toHaveProperty(
      "checked",
      true,
    );
    await userEvent.click(apply);
    expect(onRetry).toHaveBeenCalledWith({ tierFrom: "degree", minHubDegree: 3 });
  });

  it("states the sparing hub rule with its numbers, and goes back to it from a chosen threshold", async () => {
    const result = await importFixtures("trade.links.valid.csv");
    if (!result.ok || !result.tiers) throw new Error("the trade network did not open");
    const chosen = { ...result, tiers: { ...result.tiers, chosenMinHubDegree: 4 } };
    const { onRetry } = renderDialog({
      phase: "done",
      files: [file("trade.links.valid.csv")],
      result: chosen,
    });
    const dialog = screen.getByRole("dialog", { name: /^Opened trade/ });
    expect(within(dialog).getByTestId("hub-result").textContent).toBe("Hubs found: 2.");
    const rule = within(dialog).getByRole("radio", {
      name: "Those whose links stand well above the rest: at least 16 (at least 3, and more than the mean 9.7 plus twice the standard deviation 3)",
    });
    expect(within(dialog).getByRole("radio", { name: /at least this many links/ })).toHaveProperty(
      "checked",
      true,
    );
    await userEvent.click(rule);
    await userEvent.click(within(dialog).getByRole("button", { name: "Apply" }));
    expect(onRetry).toHaveBeenCalledWith({ tierFrom: "degree" });
  });

  it("offers the file's name as the title and renames the network", async () => {
    const result = await importFixtures("trade.links.valid.csv");
    const { onRename } = renderDialog({ phase: "done", files: [file("trade.links.valid.csv")], result });
    const title = screen.getByRole("textbox", { name: "Title" });
    expect(title).toHaveProperty("value", "trade");
    const rename = screen.getByRole("button", { name: "Rename" });
    expect(rename).toHaveProperty("disabled", true);
    await userEvent.clear(title);
    await userEvent.type(title, "  Towns that trade ");
    await userEvent.click(rename);
    expect(onRename).toHaveBeenCalledWith("Towns that trade");
  });

  it("shows progress with its stage while the worker reads", () => {
    renderDialog({
      phase: "working",
      files: [file("big.csv")],
      progress: { stage: "parsing", fraction: 0.25 },
      visible: true,
    });
    expect(screen.getByText("Parsing: 25%")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toHaveProperty("value", 0.25);
    expect(screen.getByRole("button", { name: "Cancel" })).toBeTruthy();
  });
});
