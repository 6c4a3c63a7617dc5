// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createViewStore } from "../../src/store/viewStore";
import EmbedDialog from "../../src/ui/EmbedDialog";
import { GraphHandleProvider } from "../../src/ui/graphHandle";
import { StoreProvider } from "../../src/ui/storeContext";
import { loadDefaultDataset } from "../helpers/fixtures";

const dataset = loadDefaultDataset();

beforeAll(() => {
  // jsdom has no modal dialogs; the dialog only needs showModal to open it and close to fire "close".
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event("close"));
  };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderDialog(onClose = () => undefined) {
  const store = createViewStore({ dataset });
  store.getState().setFacet("sectors", ["coal"]);
  store.getState().select("datong-mining");
  render(
    <StoreProvider store={store}>
      <GraphHandleProvider>
        <EmbedDialog onClose={onClose} />
      </GraphHandleProvider>
    </StoreProvider>,
  );
  return screen.getByTestId("embed-code") as HTMLTextAreaElement;
}

describe("embed dialog", () => {
  it("writes the snippet for the current view and follows the options", async () => {
    const code = renderDialog();
    expect(screen.getByRole("dialog", { name: "Embed this view" })).toBeTruthy();
    expect(code.value).toContain("?embed=1&amp;controls=0&amp;sector=coal&amp;node=datong-mining");
    expect(code.value).toContain('height="575"');
    expect(code.value).toContain("embed-host.js");

    await userEvent.click(screen.getByLabelText("Title and source line"));
    await userEvent.click(screen.getByLabelText("Filters and toolbar"));
    await userEvent.click(screen.getByLabelText("Static picture (no zoom, pan or selection)"));
    await userEvent.click(screen.getByLabelText("Add the script that fits the height to the content"));
    await userEvent.click(screen.getByLabelText("Phone (under 480 px)"));
    expect(code.value).toContain("?embed=1&amp;plain=1&amp;static=1&amp;sector=coal");
    expect(code.value).toContain('height="400"');
    expect(code.value).not.toContain("<script");
  });

  it("keeps the app's origin by default (any static host) and offers strict isolation, which needs CORS", async () => {
    const code = renderDialog();
    const sandbox = () => (code.value.match(/sandbox="([^"]*)"/)?.[1] ?? "").split(" ");
    expect(sandbox()).toContain("allow-same-origin");
    expect(screen.getByText(/this same site \(one origin\)/)).toBeTruthy();

    const strict = screen.getByLabelText("Strict isolation (the app's server must send CORS headers)");
    expect((strict as HTMLInputElement).checked).toBe(false);
    await userEvent.click(strict);
    expect(sandbox()).not.toContain("allow-same-origin");
    expect(sandbox()).toEqual(expect.arrayContaining(["allow-scripts", "allow-popups", "allow-downloads"]));
    expect(screen.getByText(/must send Access-Control-Allow-Origin/)).toBeTruthy();
    expect(code.value).toContain("?embed=1&amp;controls=0&amp;sector=coal");

    await userEvent.click(strict);
    expect(sandbox()).toContain("allow-same-origin");
  });

  it("copies the code, and selects it for the reader when the clipboard refuses", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    const code = renderDialog();
    await userEvent.click(screen.getByRole("button", { name: "Copy code" }));
    expect(writeText).toHaveBeenCalledWith(code.value);
    expect(await screen.findByText("Code copied")).toBeTruthy();

    cleanup();
    vi.stubGlobal("navigator", {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new Error("denied")) },
    });
    // jsdom has no execCommand; a browser that refuses copying returns false.
    const execCommand = vi.fn(() => false);
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    const refused = renderDialog();
    await userEvent.click(screen.getByRole("button", { name: "Copy code" }));
    expect(await screen.findByText(/Copying was refused/)).toBeTruthy();
    expect(document.activeElement).toBe(refused);
    expect(refused.selectionEnd - refused.selectionStart).toBe(refused.value.length);
    expect(execCommand).toHaveBeenCalledWith("copy");
    Reflect.deleteProperty(document, "execCommand");
  });

  it("closes with its Close button and tells the opener", async () => {
    const onClose = vi.fn();
    renderDialog(onClose);
    await userEvent.click(screen.getAllByRole("button", { name: "Close" })[0] as HTMLElement);
    expect(onClose).toHaveBeenCalledOnce();
  });
});
