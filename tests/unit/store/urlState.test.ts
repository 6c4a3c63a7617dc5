import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROVENANCE_LEVELS, TIERS } from "../../../src/data/schema";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { parseUrlState, sanitizeUrlState, serializeUrlState } from "../../../src/store/urlState";
import { DEFAULT_URL_STATE, THEMES, type UrlHeldState } from "../../../src/store/viewStore";
import { loadValidFixture } from "../../helpers/fixtures";

const id = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== "");
const uniqueIds = fc.uniqueArray(id, { maxLength: 4 });
const state: fc.Arbitrary<UrlHeldState> = fc.record({
  filters: fc.record({
    sectors: uniqueIds,
    regions: uniqueIds,
    tiers: fc.uniqueArray(fc.constantFrom(...TIERS)),
    provenance: fc.uniqueArray(fc.constantFrom(...PROVENANCE_LEVELS)),
    query: fc.string({ maxLength: 20 }),
  }),
  selectedId: fc.option(id, { nil: null }),
  lang: fc.constantFrom("zh" as const, "en" as const),
  focusSector: fc.option(id, { nil: null }),
  mode: fc.constantFrom("graph" as const, "table" as const),
  theme: fc.constantFrom(...THEMES),
});

describe("URL state", () => {
  it("parse(serialize(state)) equals state for 1,000 generated states", () => {
    fc.assert(
      fc.property(state, (s) => {
        const parsed = parseUrlState(serializeUrlState(s));
        expect(parsed.warnings).toEqual([]);
        expect(parsed.state).toEqual(s);
      }),
      { numRuns: 1000 },
    );
  });

  it("writes nothing for the default view and readable parameters otherwise", () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe("");
    const query = serializeUrlState({
      ...DEFAULT_URL_STATE,
      filters: {
        ...DEFAULT_URL_STATE.filters,
        sectors: ["coal", "power"],
        regions: ["jinnan"],
        query: "大同",
      },
      selectedId: "datong-mining",
      lang: "zh",
    });
    expect(query).toBe("?sector=coal,power&region=jinnan&q=%E5%A4%A7%E5%90%8C&node=datong-mining&lang=zh");
  });

  it("ignores bad values with a warning and never throws", () => {
    const parsed = parseUrlState(
      "?tier=giant,small&prov=rumour&lang=fr&view=map&theme=neon&q=%E0%A4%A&zzz=1&node=",
    );
    expect(parsed.state.filters.tiers).toEqual(["small"]);
    expect(parsed.state.filters.provenance).toEqual([]);
    expect(parsed.state.lang).toBe("en");
    expect(parsed.state.mode).toBe("graph");
    expect(parsed.state.filters.query).toBe("");
    expect(parsed.state.selectedId).toBeNull();
    expect(parsed.state.theme).toBe("auto");
    expect(parsed.warnings.length).toBe(6);
  });

  it("drops ids the dataset does not have", () => {
    const index = createNetworkIndex(loadValidFixture("minimal.valid.json"));
    const parsed = parseUrlState("?sector=coal,steel&region=north,atlantis&node=ghost&focus=coal");
    const { state: clean, warnings } = sanitizeUrlState(parsed.state, index);
    expect(clean.filters.sectors).toEqual(["coal"]);
    expect(clean.filters.regions).toEqual(["north"]);
    expect(clean.selectedId).toBeNull();
    expect(clean.focusSector).toBe("coal");
    expect(warnings).toHaveLength(3);
  });
});
