// The Chinese catalogue is a chunk of its own: the store switches language only once its messages
// are loaded, and the reader's latest choice wins. Each test imports fresh modules, so Chinese
// starts unloaded (the test setup has loaded it into the shared ones).
import { beforeEach, describe, expect, it, vi } from "vitest";

async function freshModules() {
  const { createViewStore } = await import("../../../src/store/viewStore");
  const { isCatalogueLoaded, translate } = await import("../../../src/i18n/translate");
  return { createViewStore, isCatalogueLoaded, translate };
}

describe("switching language", () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it("opens a Chinese link in English until the Chinese messages are here, then in Chinese", async () => {
    const { createViewStore, isCatalogueLoaded, translate } = await freshModules();
    expect(isCatalogueLoaded("zh")).toBe(false);
    expect(translate("zh", "filters")).toBe("Filters");
    const store = createViewStore({ lang: "zh" });
    expect(store.getState().lang).toBe("en");
    await vi.waitFor(() => expect(store.getState().lang).toBe("zh"));
    expect(translate("zh", "filters")).toBe("筛选");
  });

  it("keeps the other changes of an update at once", async () => {
    const { createViewStore } = await freshModules();
    const store = createViewStore();
    store.getState().applyUrlState({ ...store.getState(), lang: "zh", selectedId: "datong-mining" });
    expect(store.getState().selectedId).toBe("datong-mining");
    expect(store.getState().lang).toBe("en");
    await vi.waitFor(() => expect(store.getState().lang).toBe("zh"));
  });

  it("ends in the language chosen last when the reader switches back while Chinese loads", async () => {
    const { createViewStore, isCatalogueLoaded } = await freshModules();
    const store = createViewStore();
    store.getState().setLang("zh");
    store.getState().setLang("en");
    await vi.waitFor(() => expect(isCatalogueLoaded("zh")).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().lang).toBe("en");
  });
});
