/**
 * The Shanxi dataset holds no claim stronger than its evidence: sources can be found again and say how
 * reliable they are, a web repost never carries "high" confidence, a seat point is documented only where the
 * 1958 seat is believed unchanged, a pairing is never surer than the link it pairs, and a commander's
 * existence is "documented" only where a source dates it before March 1958. Each check returns problems;
 * the mutation tests at the end show that each fails when its rule breaks.
 */
import { describe, expect, it } from "vitest";
import type { Claim, Dataset, Source } from "../../src/data/schema";
import { allClaims, findEnterprise, findLink, loadShanxi } from "../helpers/shanxiDataset";

const RANK: Record<Claim["level"], number> = {
  attested: 0,
  unknown: 0,
  documented: 1,
  inferred: 2,
  illustrative: 3,
};

/** A title in 《》 or quotes, or the day of a periodical issue ("17 November 2010", "1954-12-31"). */
const TITLE_OR_ISSUE = /《[^》]+》|'[^']{4,}'|“[^”]+”|\d{4}-\d{2}-\d{2}|\b\d{1,2} [A-Z][a-z]+ \d{4}\b/;
const YEAR = /\b(1[89]|20)\d\d\b|(1[89]|20)\d\d年/;

function findable(source: Source): boolean {
  if (source.url?.startsWith("http")) return true;
  if (source.notFindable?.en && source.notFindable.zh) return true;
  return YEAR.test(source.citation) && TITLE_OR_ISSUE.test(source.citation);
}

function sourceProblems(ds: Dataset): string[] {
  return ds.sources.flatMap((source) => [
    ...(findable(source) ? [] : [`${source.id}: no URL, no full citation and no note why`]),
    ...(source.reliability ? [] : [`${source.id}: reliability not given`]),
  ]);
}

/** High confidence needs at least one findable primary or secondary source. */
function confidenceProblems(ds: Dataset): string[] {
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  return allClaims(ds).flatMap(({ path, claim }) => {
    if (claim.level !== "documented" || claim.confidence !== "high") return [];
    const strong = claim.sources.some((id) => {
      const source = sources.get(id);
      return (
        (source?.reliability === "primary" || source?.reliability === "secondary") && !source.notFindable
      );
    });
    return strong ? [] : [`${path}: high confidence on ${claim.sources.join(", ")} alone`];
  });
}

/** The regions file's label on a seat point decides how strong the location claim may be. */
function seatProblems(ds: Dataset): string[] {
  return ds.regions.flatMap((region) => {
    const location = region.provenance?.location;
    const label = region.point?.confidence;
    if (!location || !label) return [`${region.id}: seat point or its location claim missing`];
    if (label === "likely-unchanged") {
      return location.level === "documented" && location.confidence !== "high"
        ? []
        : [`${region.id}: unchanged seat not documented at medium or low`];
    }
    return location.level === "inferred" && location.confidence === "low"
      ? []
      : [`${region.id}: seat labelled ${label} but location is ${location.level}`];
  });
}

function pairingProblems(ds: Dataset): string[] {
  return ds.links.flatMap((link) => {
    const { existence, pairing } = link.provenance;
    if (!pairing) return [];
    return RANK[pairing.level] >= RANK[existence.level]
      ? []
      : [`${link.id}: pairing ${pairing.level} stronger than existence ${existence.level}`];
  });
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const RULE_WORDS = "the nearest commander of the same network by straight-line distance between seats";

/**
 * Outside the agricultural machinery network (paired by zone), a pairing no source records goes to a
 * nearest commander of the same network, says so in its reason, and an invented member is within 120 km.
 */
function pairingRuleProblems(ds: Dataset): string[] {
  const enterprises = new Map(ds.enterprises.map((e) => [e.id, e]));
  const seat = (regionId: string | undefined) => ds.regions.find((r) => r.id === regionId)?.point;
  return ds.links.flatMap((link) => {
    const { existence, pairing } = link.provenance;
    const member = enterprises.get(link.target);
    const commander = enterprises.get(link.source);
    if (pairing?.level !== "illustrative" || !member || !commander || member.sector === "agmach") return [];
    const at = seat(member.region);
    if (!at) return [`${link.id}: member has no seat`];
    const km = (id: string | undefined) => distanceKm(at, seat(id) ?? { lat: 0, lon: 0 });
    const nearest = Math.min(
      ...ds.enterprises
        .filter((e) => e.tier === "commander" && e.sector === member.sector && e.region)
        .map((e) => km(e.region)),
    );
    return [
      ...(km(commander.region) - nearest < 1
        ? []
        : [`${link.id}: ${commander.id} is not the nearest commander`]),
      ...(pairing.reason.en?.includes(RULE_WORDS) ? [] : [`${link.id}: reason does not state the rule`]),
      ...(existence.level === "illustrative" && km(commander.region) > 120
        ? [`${link.id}: invented member ${Math.round(km(commander.region))} km from its commander`]
        : []),
    ];
  });
}

/** Commanders no source dates to March 1958: under construction, starting up in 1958, or undated. */
const NOT_DATED_TO_MARCH_1958 = ["shanxi-phos", "taiyuan-chem", "ty-tpp2"];

function commanderDateProblems(ds: Dataset): string[] {
  return NOT_DATED_TO_MARCH_1958.flatMap((id) => {
    const existence = ds.enterprises.find((e) => e.id === id)?.provenance.existence;
    return existence?.level === "inferred"
      ? []
      : [`${id}: existence in March 1958 held as ${existence?.level}`];
  });
}

describe("the Shanxi dataset's evidence", () => {
  it("gives every source a reliability and a way to find it again (URL, full citation, or why not)", () => {
    expect(sourceProblems(loadShanxi())).toEqual([]);
  });

  it("never holds a claim at high confidence on tertiary sources, modern geodata or unfindable sources", () => {
    expect(confidenceProblems(loadShanxi())).toEqual([]);
  });

  it("documents a seat point only where the 1958 seat is believed unchanged, and infers the rest", () => {
    expect(seatProblems(loadShanxi())).toEqual([]);
  });

  it("never rates a link's pairing stronger than its existence", () => {
    expect(pairingProblems(loadShanxi())).toEqual([]);
  });

  it("pairs unrecorded members with the nearest commander by one stated rule, invented ones within 120 km", () => {
    expect(pairingRuleProblems(loadShanxi())).toEqual([]);
  });

  it("infers, not documents, the March-1958 existence of commanders no source dates", () => {
    expect(commanderDateProblems(loadShanxi())).toEqual([]);
  });
});

type Mutation = [name: string, mutate: (ds: Dataset) => void, check: (ds: Dataset) => string[]];

const MUTATIONS: Mutation[] = [
  [
    "a source has no URL and a bare citation",
    (ds) => {
      ds.sources.push({ id: "src-bare", citation: "A web article", reliability: "tertiary" });
    },
    sourceProblems,
  ],
  [
    "a source's reliability is dropped",
    (ds) => {
      const source = ds.sources.find((s) => s.id === "src-fenxi-history");
      if (source) delete source.reliability;
    },
    sourceProblems,
  ],
  [
    "a web repost backs a high-confidence claim",
    (ds) => {
      findEnterprise(ds, "fenxi-mining").provenance.existence = {
        level: "documented",
        sources: ["src-fenxi-history"],
        confidence: "high",
      };
    },
    confidenceProblems,
  ],
  [
    "an unfindable reference work backs a high-confidence claim",
    (ds) => {
      const source = ds.sources.find((s) => s.id === "src-dict-changzhi");
      if (source) source.reliability = "secondary";
      const changzhi = ds.regions.find((r) => r.id === "changzhi");
      if (changzhi?.provenance)
        changzhi.provenance.existence = {
          level: "documented",
          sources: ["src-dict-changzhi"],
          confidence: "high",
        };
    },
    confidenceProblems,
  ],
  [
    "a seat that may have moved is documented",
    (ds) => {
      const youyu = ds.regions.find((r) => r.id === "youyu");
      if (youyu?.provenance)
        youyu.provenance.location = { level: "documented", sources: ["src-geo-echarts"], confidence: "low" };
    },
    seatProblems,
  ],
  [
    "an illustrative link gets an inferred pairing",
    (ds) => {
      const link = findLink(ds, "link-coal-s-daren");
      link.provenance.existence = { level: "illustrative", reason: { en: "drawn" } };
      link.provenance.pairing = { level: "inferred", confidence: "low", rationale: { en: "near" } };
    },
    pairingProblems,
  ],
  [
    "a county works is paired with a far commander",
    (ds) => {
      findLink(ds, "link-coal-s-pingding").source = "datong-mining";
    },
    pairingRuleProblems,
  ],
  [
    "a pairing's reason leaves out the rule",
    (ds) => {
      findLink(ds, "link-yiyuanqing").provenance.pairing = {
        level: "illustrative",
        reason: { en: "Drawn." },
      };
    },
    pairingRuleProblems,
  ],
  [
    "an invented works stands far from every commander",
    (ds) => {
      const works = findEnterprise(ds, "specialty-s-taigu-cakes");
      works.region = "ruicheng";
    },
    pairingRuleProblems,
  ],
  [
    "an undated plant's existence is documented",
    (ds) => {
      findEnterprise(ds, "ty-tpp2").provenance.existence = {
        level: "documented",
        sources: ["src-egmf-156"],
        confidence: "medium",
      };
    },
    commanderDateProblems,
  ],
];

describe("the evidence checks", () => {
  it.each(MUTATIONS)("fail when %s", (_name, mutate, check) => {
    const ds = loadShanxi();
    expect(check(ds)).toEqual([]);
    mutate(ds);
    expect(check(ds)).not.toEqual([]);
  });
});
