import { describe, expect, it } from "vitest";
import { forgetDatasetUrl, startUrlSync } from "../../../src/store/urlSync";
import { createViewStore } from "../../../src/store/viewStore";
import { loadValidFixture } from "../../helpers/fixtures";

/** Just enough of `window` for the URL sync: a location and a history that updates it. */
function fakeWindow(search: string) {
  const location = { pathname: "/app/", search, hash: "" };
  const write = (_state: unknown, _title: string, url: string) => {
    const u = new URL(url, "http://host");
    location.pathname = u.pathname;
    location.search = u.search;
  };
  return Object.assign(new EventTarget(), {
    location,
    history: { pushState: write, replaceState: write },
  }) as unknown as Window;
}

describe("swapping datasets", () => {
  it("a new dataset starts unfiltered and unselected", () => {
    const store = createViewStore();
    store.getState().setDataset(loadValidFixture("minimal.valid.json"));
    store.getState().setFacet("sectors", ["coal"]);
    store.getState().select("coal-c1");
    store.getState().focus("coal");
    store.getState().setLang("zh");
    store.getState().setDataset(loadValidFixture("minimal.valid.json"));
    const state = store.getState();
    expect(state.filters.sectors).toEqual([]);
    expect(state.selectedId).toBeNull();
    expect(state.focusSector).toBeNull();
    expect(state.lang).toBe("zh");
  });

  it("keeps ?data= in the address while the view changes, and drops it once a local file replaced that dataset", () => {
    const win = fakeWindow("?data=uploads%2Fnet.csv&sector=a");
    const store = createViewStore({ dataset: loadValidFixture("minimal.valid.json") });
    const stop = startUrlSync(store, win, { keep: "data=uploads%2Fnet.csv" });
    store.getState().setFacet("sectors", ["coal"]);
    expect(win.location.search).toBe("?data=uploads%2Fnet.csv&sector=coal");
    forgetDatasetUrl(win);
    expect(win.location.search).toBe("?sector=coal");
    store.getState().setDataset(loadValidFixture("minimal.valid.json"));
    store.getState().setFacet("sectors", ["agmach"]);
    expect(win.location.search).toBe("?sector=agmach");
    stop();
  });
});
