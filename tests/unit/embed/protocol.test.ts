import { describe, expect, it } from "vitest";
import {
  acceptsMessageFrom,
  heightMessages,
  NAMESPACE,
  parentOriginFrom,
  parseInboundMessage,
  toOutboundMessage,
} from "../../../src/embed/protocol";

const message = (name: string, body: Record<string, unknown> = {}) => ({
  type: `${NAMESPACE}${name}`,
  ...body,
});

describe("embed protocol: inbound messages", () => {
  it("accepts every command in its namespaced, versioned form and strips the namespace", () => {
    expect(
      parseInboundMessage(message("setFilters", { filters: { sectors: ["coal"], tiers: ["small"] } })),
    ).toEqual({
      type: "setFilters",
      filters: { sectors: ["coal"], tiers: ["small"] },
    });
    expect(parseInboundMessage(message("select", { id: "coal-c1" }))).toEqual({
      type: "select",
      id: "coal-c1",
    });
    expect(parseInboundMessage(message("select", { id: null }))).toEqual({ type: "select", id: null });
    expect(parseInboundMessage(message("focusNetwork", { sector: "coal" }))).toEqual({
      type: "focusNetwork",
      sector: "coal",
    });
    expect(parseInboundMessage(message("setLanguage", { lang: "zh" }))).toEqual({
      type: "setLanguage",
      lang: "zh",
    });
    expect(parseInboundMessage(message("setTheme", { theme: "dark" }))).toEqual({
      type: "setTheme",
      theme: "dark",
    });
    expect(parseInboundMessage(message("setView", { view: "map" }))).toEqual({
      type: "setView",
      view: "map",
    });
    expect(parseInboundMessage(message("setView", { view: "globe" }))).toBeNull();
    expect(parseInboundMessage(message("reset"))).toEqual({ type: "reset" });
    expect(parseInboundMessage(message("getState", { requestId: 7 }))).toEqual({
      type: "getState",
      requestId: 7,
    });
  });

  it("reads an image request, keeping only what the host asked for", () => {
    expect(parseInboundMessage(message("exportImage"))).toEqual({
      type: "exportImage",
      requestId: undefined,
      request: {},
    });
    expect(
      parseInboundMessage(
        message("exportImage", {
          requestId: "a3",
          format: "svg",
          preset: "a3-landscape",
          background: "transparent",
          parts: { legend: false },
        }),
      ),
    ).toEqual({
      type: "exportImage",
      requestId: "a3",
      request: { format: "svg", preset: "a3-landscape", background: "transparent", parts: { legend: false } },
    });
  });

  it.each([
    ["a wrong version", { type: "shanxi-networks:v2:reset" }],
    ["no namespace", { type: "reset" }],
    ["an unknown command", message("explode")],
    ["a string", `${NAMESPACE}reset`],
    ["null", null],
    ["a missing field", message("select")],
    ["a wrong field type", message("setFilters", { filters: { sectors: "coal" } })],
    ["an unknown filter", message("setFilters", { filters: { colour: ["red"] } })],
    ["an unknown tier", message("setFilters", { filters: { tiers: ["giant"] } })],
    ["an unknown language", message("setLanguage", { lang: "fr" })],
    ["an unknown theme", message("setTheme", { theme: "neon" })],
    ["an empty id", message("select", { id: "" })],
    ["a prototype key as id", message("select", { id: "__proto__" })],
    ["an AMP height message", { sentinel: "amp", type: "embed-size", height: 300 }],
    ["an unknown export format", message("exportImage", { format: "gif" })],
    ["an unknown export preset", message("exportImage", { preset: "a0" })],
    ["an export wider than any canvas", message("exportImage", { preset: "custom", customWidth: 40_000 })],
    ["a fractional export width", message("exportImage", { preset: "custom", customWidth: 1000.5 })],
    ["an unknown figure part", message("exportImage", { parts: { watermark: true } })],
  ])("drops %s", (_, data) => {
    expect(parseInboundMessage(data)).toBeNull();
  });
});

describe("embed protocol: outbound and height messages", () => {
  it("namespaces outbound events", () => {
    expect(toOutboundMessage({ type: "select", id: "x" })).toEqual({ type: `${NAMESPACE}select`, id: "x" });
  });

  it("writes the height in the AMP embed-size shape and Datawrapper's, rounded up", () => {
    expect(heightMessages(612.2)).toEqual([
      { sentinel: "amp", type: "embed-size", height: 613 },
      { "datawrapper-height": { "shanxi-networks": 613 } },
    ]);
  });
});

describe("embed protocol: who may talk to the embed", () => {
  const parent = {};
  it("accepts only the parent window, from any origin while the parent's is unknown", () => {
    expect(acceptsMessageFrom({ source: parent, origin: "https://a.example" }, parent, [], null)).toBe(true);
    expect(acceptsMessageFrom({ source: {}, origin: "https://a.example" }, parent, [], null)).toBe(false);
    expect(acceptsMessageFrom({ source: null, origin: "https://a.example" }, parent, [], null)).toBe(false);
  });

  it("accepts only the parent's origin once it is known", () => {
    const known = "https://news.example";
    expect(acceptsMessageFrom({ source: parent, origin: known }, parent, [], known)).toBe(true);
    expect(acceptsMessageFrom({ source: parent, origin: "https://a.example" }, parent, [], known)).toBe(
      false,
    );
    expect(acceptsMessageFrom({ source: parent, origin: "null" }, parent, [], known)).toBe(false);
    expect(acceptsMessageFrom({ source: {}, origin: known }, parent, [], known)).toBe(false);
  });

  it("accepts only listed origins when a list is given", () => {
    const listed = ["https://news.example"];
    const accepts = (origin: string, parentOrigin: string | null) =>
      acceptsMessageFrom({ source: parent, origin }, parent, listed, parentOrigin);
    expect(accepts("https://news.example", null)).toBe(true);
    expect(accepts("https://news.example", "https://news.example")).toBe(true);
    expect(accepts("https://evil.example", null)).toBe(false);
    expect(accepts("https://evil.example", "https://evil.example")).toBe(false);
  });

  it("learns the parent's origin from ancestorOrigins, else the referrer, never from an opaque one", () => {
    expect(parentOriginFrom({ ancestorOrigins: ["https://news.example"], referrer: "" })).toBe(
      "https://news.example",
    );
    expect(parentOriginFrom({ ancestorOrigins: ["null"], referrer: "https://b.example/story?id=1" })).toBe(
      "https://b.example",
    );
    expect(parentOriginFrom({ referrer: "https://b.example/story" })).toBe("https://b.example");
    expect(parentOriginFrom({ referrer: "" })).toBeNull();
  });
});
