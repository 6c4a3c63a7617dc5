import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROVENANCE_LEVELS, TIERS } from "../../../src/data/schema";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { parseUrlState, sanitizeUrlState, serializeUrlState } from "../../../src/store/urlState";
import {
  DEFAULT_URL_STATE,
  TABLE_COLUMNS,
  THEMES,
  type UrlHeldState,
  VIEW_MODES,
  ZOOM_RANGE,
} from "../../../src/store/viewStore";
import { loadValidFixture } from "../../helpers/fixtures";

const id = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== "");
const uniqueIds = fc.uniqueArray(id, { maxLength: 4 });
// Viewports at the precision a link keeps (a tenth of a model unit, four significant digits of zoom,
// down to the far zoom-out of a network of tens of thousands of enterprises).
const viewport = fc.record({
  x: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 10),
  y: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 10),
  zoom: fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: -4, max: 0 }))
    .map(([digits, exponent]) => Number((digits * 10 ** (exponent - 3)).toPrecision(4)))
    .filter((zoom) => zoom >= ZOOM_RANGE.min && zoom <= ZOOM_RANGE.max),
});
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
  mode: fc.constantFrom(...VIEW_MODES),
  theme: fc.constantFrom(...THEMES),
  viewport: fc.option(viewport, { nil: null }),
  story: fc.option(fc.record({ file: id, step: fc.integer({ min: 1, max: 9999 }) }), { nil: null }),
  tableSort: fc.record({ column: fc.constantFrom(...TABLE_COLUMNS), ascending: fc.boolean() }),
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
      viewport: { x: 120.04, y: -35.5, zoom: 1.23456 },
    });
    expect(query).toBe(
      "?sector=coal,power&region=jinnan&q=%E5%A4%A7%E5%90%8C&node=datong-mining&lang=zh&viewport=120,-35.5,1.235",
    );
  });

  it("ignores bad values with a warning and never throws", () => {
    const parsed = parseUrlState(
      "?tier=giant,small&prov=rumour&lang=fr&view=globe&theme=neon&q=%E0%A4%A&zzz=1&node=",
    );
    expect(parsed.state.filters.tiers).toEqual(["small"]);
    expect(parsed.state.filters.provenance).toEqual([]);
    expect(parsed.state.lang).toBe("en");
    expect(parsed.state.mode).toBe("graph");
    expect(parsed.state.filters.query).toBe("");
    expect(parsed.state.selectedId).toBeNull();
    expect(parsed.state.theme).toBe("auto");
    expect(parsed.warnings.length).toBe(7);
    expect(parsed.warnings).toContain('ignored unknown parameter "zzz"');
  });

  it("warns about unknown parameters but not about the page's other ones", () => {
    const parsed = parseUrlState("?embed=1&plain&data=x.json&sectr=coal", ["embed", "plain", "data"]);
    expect(parsed.warnings).toEqual(['ignored unknown parameter "sectr"']);
    // A host's own parameters are not the reader's concern: only view values are reported on the page.
    expect(parsed.dropped).toEqual([]);
  });

  it("lists the view values it leaves out, for the note on the page", () => {
    const parsed = parseUrlState("?tier=giant,commander&lang=fr&view=globe&step=0&story=1&viewport=1,2");
    expect(parsed.dropped).toEqual([
      { param: "tier", value: "giant" },
      { param: "lang", value: "fr" },
      { param: "view", value: "globe" },
      { param: "viewport", value: "1,2" },
      { param: "step", value: "0" },
    ]);
  });

  it("opens a story at step 1 unless a whole step number from 1 is given", () => {
    expect(parseUrlState("?story=1").state.story).toEqual({ file: "1", step: 1 });
    expect(parseUrlState("?story=data%2Fstories%2Fx.json&step=5").state.story).toEqual({
      file: "data/stories/x.json",
      step: 5,
    });
    for (const step of ["0", "-2", "2.5", "x"]) {
      const parsed = parseUrlState(`?story=1&step=${step}`);
      expect(parsed.state.story).toEqual({ file: "1", step: 1 });
      expect(parsed.warnings).toEqual([`ignored step="${step}": expected a step number from 1`]);
    }
    expect(parseUrlState("?step=3").state.story).toBeNull();
  });

  it("ignores a viewport that is not three numbers with a zoom in range", () => {
    for (const bad of ["1,2", "1,2,3,4", "a,2,1", "1,2,99", "1,,1", "1,2,0"]) {
      const parsed = parseUrlState(`?viewport=${bad}`);
      expect(parsed.state.viewport).toBeNull();
      expect(parsed.warnings).toHaveLength(1);
    }
    expect(parseUrlState("?viewport=-10.5,3,0.5").state.viewport).toEqual({ x: -10.5, y: 3, zoom: 0.5 });
  });

  it("keeps the table's sort as a column, with a minus for descending, and not the default", () => {
    const sorted = (column: (typeof TABLE_COLUMNS)[number], ascending: boolean) =>
      serializeUrlState({ ...DEFAULT_URL_STATE, mode: "table", tableSort: { column, ascending } });
    expect(sorted("sector", true)).toBe("?view=table");
    expect(sorted("sector", false)).toBe("?view=table&sort=-sector");
    expect(sorted("prefecture", true)).toBe("?view=table&sort=prefecture");
    expect(sorted("otherName", false)).toBe("?view=table&sort=-otherName");
    expect(parseUrlState("?sort=-prefecture").state.tableSort).toEqual({
      column: "prefecture",
      ascending: false,
    });
    expect(parseUrlState("?sort=name").state.tableSort).toEqual({ column: "name", ascending: true });
  });

  it("drops a sort that names no column, and reports it", () => {
    for (const bad of ["colour", "--name", "-", "Name", "+name"]) {
      const parsed = parseUrlState(`?view=table&sort=${encodeURIComponent(bad)}`);
      expect(parsed.state.tableSort).toEqual(DEFAULT_URL_STATE.tableSort);
      expect(parsed.state.mode).toBe("table");
      expect(parsed.warnings).toHaveLength(1);
      expect(parsed.warnings[0]).toMatch(/^ignored sort=/);
      expect(parsed.dropped).toEqual([{ param: "sort", value: bad }]);
    }
  });

  it("drops a sort by weight for a dataset whose links have none", () => {
    const unweighted = createNetworkIndex(loadValidFixture("minimal.valid.json"));
    expect(unweighted.strength.size).toBe(0);
    const parsed = parseUrlState("?sort=-weight");
    expect(parsed.state.tableSort).toEqual({ column: "weight", ascending: false });
    const { state: clean, dropped } = sanitizeUrlState(parsed.state, unweighted);
    expect(clean.tableSort).toEqual(DEFAULT_URL_STATE.tableSort);
    expect(dropped).toEqual([{ param: "sort", value: "-weight" }]);
  });

  it("drops ids the dataset does not have", () => {
    const index = createNetworkIndex(loadValidFixture("minimal.valid.json"));
    const parsed = parseUrlState("?sector=coal,steel&region=north,atlantis&node=ghost&focus=coal");
    const { state: clean, warnings, dropped } = sanitizeUrlState(parsed.state, index);
    expect(clean.filters.sectors).toEqual(["coal"]);
    expect(clean.filters.regions).toEqual(["north"]);
    expect(clean.selectedId).toBeNull();
    expect(clean.focusSector).toBe("coal");
    expect(warnings).toHaveLength(3);
    expect(dropped).toEqual([
      { param: "sector", value: "steel" },
      { param: "region", value: "atlantis" },
      { param: "node", value: "ghost" },
    ]);
  });
});
