import { afterEach, describe, expect, it, vi } from "vitest";
import { applyEmbedCommand, readEmbedState } from "../../../src/embed/embedApi";
import { startMessageBridge } from "../../../src/embed/messageBridge";
import { type EmbedCommand, NAMESPACE } from "../../../src/embed/protocol";
import { createViewStore } from "../../../src/store/viewStore";
import { loadValidFixture } from "../../helpers/fixtures";

const HOST = "https://news.example";

/** A frame's window as the bridge sees it: a parent to post to, the referrer, and message events. */
function fakeFrame({ referrer = `${HOST}/story` } = {}) {
  const posted: Array<{ message: Record<string, unknown>; targetOrigin: string }> = [];
  const parent = {
    postMessage: (message: Record<string, unknown>, targetOrigin: string) =>
      posted.push({ message, targetOrigin }),
  };
  const events = new EventTarget();
  const win = Object.assign(events, { parent, location: {}, document: { referrer } }) as unknown as Window;
  const send = (data: unknown, { source = parent as unknown, origin = HOST } = {}) =>
    events.dispatchEvent(Object.assign(new Event("message"), { data, source, origin }));
  const types = () => posted.map((p) => String(p.message.type).replace(NAMESPACE, ""));
  return { win, parent, posted, send, types };
}

function loadedStore() {
  const store = createViewStore();
  store.getState().setDataset(loadValidFixture("minimal.valid.json"));
  return store;
}

afterEach(() => vi.restoreAllMocks());

describe("embed API on the store", () => {
  it("setFilters replaces the whole filter set and reports the visible enterprises", () => {
    const store = loadedStore();
    applyEmbedCommand(store, { type: "setFilters", filters: { sectors: ["coal"] } });
    expect(readEmbedState(store.getState()).visibleIds).toEqual(["coal-c1", "coal-s1"]);
    applyEmbedCommand(store, { type: "setFilters", filters: { tiers: ["small"] } });
    const state = readEmbedState(store.getState());
    expect(state.filters.sectors).toEqual([]);
    // Small factories, with their commanders kept as context.
    expect(state.visibleIds).toEqual(["ag-c1", "ag-s1", "ag-s2", "coal-c1", "coal-s1"]);
  });

  it("setView switches between graph, map and table, keeping filters and selection", () => {
    const store = loadedStore();
    applyEmbedCommand(store, { type: "setFilters", filters: { sectors: ["coal"] } });
    applyEmbedCommand(store, { type: "select", id: "coal-s1" });
    applyEmbedCommand(store, { type: "setView", view: "map" });
    expect(store.getState().mode).toBe("map");
    expect(store.getState().filters.sectors).toEqual(["coal"]);
    expect(store.getState().selectedId).toBe("coal-s1");
    applyEmbedCommand(store, { type: "setView", view: "table" });
    expect(store.getState().mode).toBe("table");
  });

  it("keeps the table's sort through the host's commands", () => {
    const store = loadedStore();
    store.getState().setTableSort({ column: "prefecture", ascending: false });
    applyEmbedCommand(store, { type: "setView", view: "table" });
    applyEmbedCommand(store, { type: "setFilters", filters: { sectors: ["coal"] } });
    applyEmbedCommand(store, { type: "reset" });
    expect(store.getState().tableSort).toEqual({ column: "prefecture", ascending: false });
  });

  it("drops ids the dataset lacks, with a warning, and keeps the rest", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const store = loadedStore();
    applyEmbedCommand(store, { type: "setFilters", filters: { sectors: ["coal", "atlantis"] } });
    applyEmbedCommand(store, { type: "select", id: "ghost" });
    expect(store.getState().filters.sectors).toEqual(["coal"]);
    expect(store.getState().selectedId).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it("reset clears filters, selection and focus but keeps language and theme", () => {
    const store = loadedStore();
    const commands: EmbedCommand[] = [
      { type: "setFilters", filters: { sectors: ["coal"] } },
      { type: "select", id: "coal-s1" },
      { type: "focusNetwork", sector: "coal" },
      { type: "setLanguage", lang: "zh" },
      { type: "setTheme", theme: "dark" },
      { type: "reset" },
    ];
    for (const command of commands) applyEmbedCommand(store, command);
    const state = readEmbedState(store.getState());
    expect(state).toMatchObject({ selectedId: null, focusSector: null, lang: "zh", theme: "dark" });
    expect(state.visibleIds).toHaveLength(6);
  });
});

describe("message bridge", () => {
  it("says ready to the parent's origin (from the referrer), never to '*'", () => {
    const frame = fakeFrame();
    startMessageBridge(loadedStore(), [], frame.win);
    expect(frame.types()).toEqual(["ready"]);
    expect(frame.posted[0]?.targetOrigin).toBe(HOST);
  });

  it("applies a valid command from the parent and reports stateChange, select and the getState reply", () => {
    const frame = fakeFrame();
    const store = loadedStore();
    startMessageBridge(store, [], frame.win);
    frame.send({ type: `${NAMESPACE}setFilters`, filters: { sectors: ["coal"] } });
    frame.send({ type: `${NAMESPACE}select`, id: "coal-s1" });
    frame.send({ type: `${NAMESPACE}getState`, requestId: "r1" });
    expect(frame.types()).toEqual(["ready", "stateChange", "stateChange", "select", "state"]);
    const reply = frame.posted.at(-1)?.message as { requestId: string; state: { visibleIds: string[] } };
    expect(reply.requestId).toBe("r1");
    expect(reply.state.visibleIds).toEqual(["coal-c1", "coal-s1"]);
    expect(frame.posted.every((p) => p.targetOrigin === HOST)).toBe(true);
  });

  it("goToStep opens the story at that step and stepChange follows the story, also when it is left", () => {
    const frame = fakeFrame();
    const store = loadedStore();
    startMessageBridge(store, [], frame.win);
    frame.send({ type: `${NAMESPACE}goToStep`, step: 3 });
    expect(store.getState().story).toEqual({ file: "1", step: 3 });
    frame.send({ type: `${NAMESPACE}goToStep`, step: 0 });
    frame.send({ type: `${NAMESPACE}goToStep`, step: 1.5 });
    expect(store.getState().story?.step).toBe(3);
    store.getState().setStory(null);
    const steps = frame.posted
      .filter((p) => p.message.type === `${NAMESPACE}stepChange`)
      .map((p) => p.message.step);
    expect(steps).toEqual([3, null]);
  });

  it("drops messages from another window, malformed ones and other versions without a word", () => {
    const warn = vi.spyOn(console, "warn");
    const error = vi.spyOn(console, "error");
    const frame = fakeFrame();
    const store = loadedStore();
    startMessageBridge(store, [], frame.win);
    const before = store.getState();
    frame.send({ type: `${NAMESPACE}setFilters`, filters: { sectors: ["coal"] } }, { source: {} });
    frame.send({ type: `${NAMESPACE}setFilters`, filters: { sectors: "coal" } });
    frame.send({ type: "shanxi-networks:v2:setFilters", filters: { sectors: ["coal"] } });
    frame.send("not even an object");
    expect(store.getState()).toBe(before);
    expect(frame.types()).toEqual(["ready"]);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it("with origins listed, obeys only those and learns the origin from the first valid message", () => {
    const frame = fakeFrame({ referrer: "" });
    const store = loadedStore();
    startMessageBridge(store, ["https://allowed.example"], frame.win);
    expect(frame.posted).toEqual([]);
    frame.send({ type: `${NAMESPACE}setLanguage`, lang: "zh" }, { origin: "https://other.example" });
    expect(store.getState().lang).toBe("en");
    frame.send({ type: `${NAMESPACE}setLanguage`, lang: "zh" }, { origin: "https://allowed.example" });
    expect(store.getState().lang).toBe("zh");
    expect(frame.posted.map((p) => p.targetOrigin)).toEqual(["https://allowed.example"]);
  });

  it("obeys only the parent's origin from ancestorOrigins or the referrer, whatever the embed's own origin", () => {
    const frame = fakeFrame();
    const store = loadedStore();
    startMessageBridge(store, [], frame.win);
    frame.send({ type: `${NAMESPACE}setLanguage`, lang: "zh" }, { origin: "https://elsewhere.example" });
    expect(store.getState().lang).toBe("en");
    frame.send({ type: `${NAMESPACE}setLanguage`, lang: "zh" });
    expect(store.getState().lang).toBe("zh");
    expect(frame.posted.every((p) => p.targetOrigin === HOST)).toBe(true);
  });

  it("with no referrer, the first valid message pins the parent's origin", () => {
    const frame = fakeFrame({ referrer: "" });
    const store = loadedStore();
    startMessageBridge(store, [], frame.win);
    expect(frame.posted).toEqual([]);
    frame.send({ type: `${NAMESPACE}getState`, requestId: 1 }, { origin: "https://first.example" });
    frame.send({ type: `${NAMESPACE}setLanguage`, lang: "zh" }, { origin: "https://second.example" });
    expect(store.getState().lang).toBe("en");
    expect(frame.posted.map((p) => [p.message.type, p.targetOrigin])).toEqual([
      [`${NAMESPACE}state`, "https://first.example"],
    ]);
  });

  it("stops listening and reporting when stopped", () => {
    const frame = fakeFrame();
    const store = loadedStore();
    const stop = startMessageBridge(store, [], frame.win);
    stop();
    frame.send({ type: `${NAMESPACE}setLanguage`, lang: "zh" });
    store.getState().setLang("zh");
    store.getState().setLang("en");
    expect(frame.types()).toEqual(["ready"]);
  });
});
