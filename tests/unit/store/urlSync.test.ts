import { describe, expect, it } from "vitest";
import { startUrlSync, urlHeld } from "../../../src/store/urlSync";
import { createViewStore } from "../../../src/store/viewStore";
import { loadValidFixture } from "../../helpers/fixtures";

/** A window with a session history: pushState, replaceState, and back() that fires popstate. */
function fakeWindow(search = "") {
  const entries = [search];
  let current = 0;
  const events = new EventTarget();
  const location = { pathname: "/app/", hash: "", search };
  const go = (index: number) => {
    current = index;
    location.search = entries[current] ?? "";
    events.dispatchEvent(new Event("popstate"));
  };
  const history = {
    pushState: (_: unknown, __: string, url: string) => {
      entries.splice(current + 1, entries.length, url.slice(location.pathname.length));
      current += 1;
      location.search = entries[current] ?? "";
    },
    replaceState: (_: unknown, __: string, url: string) => {
      entries[current] = url.slice(location.pathname.length);
      location.search = entries[current] ?? "";
    },
  };
  const win = Object.assign(events, { location, history }) as unknown as Window;
  return { win, entries, back: () => go(current - 1), forward: () => go(current + 1) };
}

function loadedStore() {
  const store = createViewStore();
  store.getState().setDataset(loadValidFixture("minimal.valid.json"));
  return store;
}

describe("URL sync", () => {
  it("pushes a history entry per view; Back and Forward restore views without rewriting history", () => {
    const store = loadedStore();
    const { win, entries, back, forward } = fakeWindow();
    startUrlSync(store, win);
    store.getState().toggleFacetValue("sectors", "coal");
    store.getState().select("coal-s1");
    expect(entries).toEqual(["", "?sector=coal", "?sector=coal&node=coal-s1"]);
    back();
    expect(store.getState().selectedId).toBeNull();
    back();
    expect(store.getState().filters.sectors).toEqual([]);
    forward();
    forward();
    expect(store.getState().selectedId).toBe("coal-s1");
    expect(entries).toEqual(["", "?sector=coal", "?sector=coal&node=coal-s1"]);
  });

  it("opening a story pushes one entry; its steps and their views replace it; leaving pushes", () => {
    const store = loadedStore();
    const { win, entries } = fakeWindow();
    startUrlSync(store, win);
    store.getState().setStory({ file: "1", step: 1 });
    store.getState().applyUrlState({
      ...urlHeld(store.getState()),
      filters: { ...store.getState().filters, sectors: ["coal"] },
      story: { file: "1", step: 2 },
    });
    expect(entries).toEqual(["", "?sector=coal&story=1&step=2"]);
    store.getState().setStory(null);
    expect(entries).toEqual(["", "?sector=coal&story=1&step=2", "?sector=coal"]);
  });

  it("replaces the entry for typing and camera moves, and always in an embed", () => {
    const store = loadedStore();
    const { win, entries } = fakeWindow();
    startUrlSync(store, win);
    store.getState().setQuery("da");
    store.getState().setViewport({ x: 1, y: 2, zoom: 1.5 });
    expect(entries).toEqual(["?q=da&viewport=1,2,1.5"]);

    const embedded = fakeWindow("?embed=1");
    const embedStore = loadedStore();
    startUrlSync(embedStore, embedded.win, { keep: "embed=1", history: "replace" });
    embedStore.getState().toggleFacetValue("sectors", "coal");
    embedStore.getState().select("coal-s1");
    expect(embedded.entries).toEqual(["?embed=1&sector=coal&node=coal-s1"]);
  });
});
