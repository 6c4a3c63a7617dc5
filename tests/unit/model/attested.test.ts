import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/loadDataset";
import { standsFor, tallyBySector } from "../../../src/model/attested";
import {
  computeSectorTallies,
  computeVisibility,
  EMPTY_FILTERS,
  type Filters,
  hiddenUnnamedMembers,
} from "../../../src/model/filters";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { loadDefaultDataset } from "../../helpers/fixtures";

const attested = (quoteId: string) => ({ level: "attested", quoteId });
const invented = { level: "illustrative", reason: { en: "invented name" } };

function enterprise(id: string, sector: string, tier: string, provenance: Record<string, unknown>) {
  return { id, name: { en: id }, sector, tier, provenance };
}

/** Two stand-ins too many for the "2 medium factories" the quote gives, and small ones it does not count. */
const DOCUMENT = {
  schemaVersion: "1",
  id: "unnamed",
  title: { en: "Unnamed members" },
  citation: { en: "Test" },
  quotes: [
    {
      id: "q1",
      zh: "一个大厂对两个中型厂和每个县的小厂",
      en: "One large works, two medium and every county's small works",
    },
    { id: "q2", zh: "另一句", en: "Another passage" },
  ],
  sources: [{ id: "s1", citation: "A book" }],
  sectors: [
    {
      id: "agmach",
      name: { en: "Agricultural machinery" },
      unnamedMembers: [
        { tier: "medium", count: 2, text: { en: "2 medium factories" }, quoteId: "q1" },
        { tier: "small", text: { en: "The small factories of every county" }, quoteId: "q1" },
      ],
    },
    { id: "coal", name: { en: "Coal" } },
  ],
  enterprises: [
    enterprise("c1", "agmach", "commander", {
      existence: attested("q1"),
      identity: { level: "unknown" },
    }),
    ...["m1", "m2", "m3"].map((id) =>
      enterprise(id, "agmach", "medium", { existence: attested("q1"), identity: invented }),
    ),
    // Attested by another passage: not one of the two the quote counts.
    enterprise("m4", "agmach", "medium", { existence: attested("q2"), identity: invented }),
    enterprise("s1", "agmach", "small", { existence: attested("q1"), identity: invented }),
    enterprise("c2", "coal", "commander", { existence: { level: "documented", sources: ["s1"] } }),
    enterprise("s2", "coal", "small", { existence: invented }),
  ],
};

function load(document: unknown) {
  const result = loadDataset(document);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return createNetworkIndex(result.dataset);
}

const index = load(DOCUMENT);
const filters = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
const ALL = ["c1", "m1", "m2", "m3", "m4", "s1", "c2", "s2"];

describe("tallyBySector", () => {
  it("counts records drawn as attested and stand-ins up to the number the quote gives", () => {
    expect(tallyBySector(index, ALL)).toEqual(
      new Map([
        ["agmach", { total: 6, attested: 3 }],
        ["coal", { total: 2, attested: 0 }],
      ]),
    );
  });

  it("counts only the stand-ins among the ids it is given", () => {
    expect(tallyBySector(index, ["m1", "s1"]).get("agmach")).toEqual({ total: 2, attested: 1 });
  });

  it("ties a stand-in to its group by tier and quote, not by id", () => {
    const [medium] = index.dataset.sectors[0]?.unnamedMembers ?? [];
    if (!medium) throw new Error("fixture has no unnamed members");
    const standIn = (id: string) => {
      const record = index.enterprises.get(id);
      if (!record) throw new Error(`no ${id}`);
      return standsFor(record, medium);
    };
    expect(standIn("m1")).toBe(true);
    expect(standIn("m4")).toBe(false);
    expect(standIn("s1")).toBe(false);
  });

  it("gives each network's checkbox the tally under every other filter", () => {
    const tallies = computeSectorTallies(index, filters({ sectors: ["coal"], tiers: ["medium"] }));
    expect(tallies.get("agmach")).toEqual({ total: 4, attested: 2 });
    expect(tallies.has("coal")).toBe(false);
  });
});

describe("hiddenUnnamedMembers", () => {
  const ids = (f: Filters) => hiddenUnnamedMembers(index, f).map((p) => p.id);

  it("keeps a placeholder for each group when the provenance filter hides its stand-ins", () => {
    expect(ids(filters({ provenance: ["attested", "documented"] }))).toEqual([
      "unnamed:agmach:medium:q1",
      "unnamed:agmach:small:q1",
    ]);
  });

  it("are part of what the filters show", () => {
    const hidden = computeVisibility(index, filters({ provenance: ["attested"], tiers: ["medium"] }));
    expect([...hidden.placeholders]).toEqual(["unnamed:agmach:medium:q1"]);
    expect(computeVisibility(index, EMPTY_FILTERS).placeholders.size).toBe(0);
  });

  it("needs none when the stand-ins are shown or hidden by another filter", () => {
    expect(ids(EMPTY_FILTERS)).toEqual([]);
    expect(ids(filters({ provenance: ["attested", "illustrative"] }))).toEqual([]);
    expect(ids(filters({ provenance: ["attested"], sectors: ["coal"] }))).toEqual([]);
    expect(ids(filters({ provenance: ["attested"], tiers: ["medium"] }))).toEqual([
      "unnamed:agmach:medium:q1",
    ]);
  });
});

describe("the default dataset", () => {
  const shanxi = createNetworkIndex(loadDefaultDataset());

  it("attests 25 of the agricultural machinery network's records (5 large, 20 medium factories)", () => {
    const tallies = computeSectorTallies(shanxi, EMPTY_FILTERS);
    const agmach = tallies.get("agmach");
    expect(agmach?.total).toBe(shanxi.dataset.enterprises.filter((e) => e.sector === "agmach").length);
    expect(agmach?.attested).toBe(25);
    expect(tallies.get("coal")?.attested).toBe(0);
  });

  it("keeps the 20 medium and the counties' small factories when illustrative records are hidden", () => {
    const placeholders = hiddenUnnamedMembers(
      shanxi,
      filters({ provenance: ["attested", "documented", "inferred"] }),
    );
    expect(placeholders.map((p) => [p.sector, p.members.tier, p.members.count])).toEqual([
      ["agmach", "medium", 20],
      ["agmach", "small", undefined],
    ]);
  });
});

/** The fixture with its first group of unnamed members changed by `patch`. */
function withFirstMembers(patch: Record<string, unknown>) {
  const [agmach, ...otherSectors] = DOCUMENT.sectors;
  const [first, ...rest] = agmach?.unnamedMembers ?? [];
  return {
    ...DOCUMENT,
    sectors: [{ ...agmach, unnamedMembers: [{ ...first, ...patch }, ...rest] }, ...otherSectors],
  };
}

describe("loading unnamed members", () => {
  it("refuses a quote id that is not in the quotes", () => {
    const result = loadDataset(withFirstMembers({ quoteId: "q9" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe("sectors[0].unnamedMembers[0].quoteId");
  });

  it("refuses a count that is not a whole number of one or more", () => {
    for (const count of [0, 2.5]) {
      expect(loadDataset(withFirstMembers({ count })).ok, String(count)).toBe(false);
    }
  });
});
