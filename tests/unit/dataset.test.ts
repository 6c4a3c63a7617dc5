/**
 * The rules the embedded Shanxi dataset must keep: the counts the article states, verbatim quotes,
 * complete provenance, visible illustrative markers, a strict hub-and-spoke shape, and a generator
 * that reproduces the committed file. Each check is a pure function returning problems, so the
 * mutation tests at the end can show that it fails when its rule breaks.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/schema";
import {
  allClaims,
  findEnterprise as enterprise,
  DATASET_TEXT as fileText,
  loadShanxi as loadDataset,
  parsedDataset as parsed,
} from "../helpers/shanxiDataset";

const ROOT = new URL("../../", import.meta.url);

/** The five networks, and the article's ties outside them. */
const SECTOR_IDS = ["agmach", "coal", "fert", "power", "specialty", "ties"];
const COUNTIES_PER_PREFECTURE: Record<string, number> = {
  yanbei: 12,
  xinxian: 17,
  yuci: 21,
  changzhi: 15,
  jinnan: 30,
};
const MARKER = { zh: "[示意]", en: "[Illustrative]" };

const normaliseWhitespace = (text: string) => text.replace(/[\s\u3000]+/g, "");

function agNetworkProblems(ds: Dataset): string[] {
  const problems: string[] = [];
  const ag = ds.enterprises.filter((e) => e.sector === "agmach");
  const commanders = ag.filter((e) => e.tier === "commander");
  const mediums = ag.filter((e) => e.tier === "medium");
  if (commanders.length !== 5) problems.push(`${commanders.length} ag commanders, not 5`);
  if (mediums.length !== 20) problems.push(`${mediums.length} ag medium factories, not 20`);
  for (const m of mediums) {
    if (m.provenance.existence.level !== "attested") problems.push(`${m.id}: existence not attested`);
  }

  const prefectures = ds.regions.filter((r) => r.kind === "prefecture");
  const counties = ds.regions.filter((r) => r.kind === "county");
  if (prefectures.length !== 5) problems.push(`${prefectures.length} prefectures, not 5`);
  if (counties.length !== 95) problems.push(`${counties.length} counties, not 95`);
  for (const [prefecture, expected] of Object.entries(COUNTIES_PER_PREFECTURE)) {
    const count = counties.filter((c) => c.parent === prefecture).length;
    if (count !== expected) problems.push(`${prefecture} has ${count} counties, not ${expected}`);
  }
  const countiesWithSmallWorks = new Set(ag.filter((e) => e.tier === "small").map((e) => e.region));
  for (const county of counties) {
    if (!countiesWithSmallWorks.has(county.id)) problems.push(`${county.id}: no small ag factory`);
  }
  return problems;
}

function quoteProblems(ds: Dataset): string[] {
  const article = normaliseWhitespace(ds.article?.textZh ?? "");
  return ds.quotes
    .filter((quote) => !article.includes(normaliseWhitespace(quote.zh)))
    .map((quote) => `${quote.id}: not a verbatim passage of article.textZh`);
}

function attestedProblems(ds: Dataset): string[] {
  const quoteIds = new Set(ds.quotes.map((q) => q.id));
  return allClaims(ds).flatMap(({ path, claim }) =>
    claim.level === "attested" && !quoteIds.has(claim.quoteId)
      ? [`${path}: unknown quote ${claim.quoteId}`]
      : [],
  );
}

function claimProblems(ds: Dataset): string[] {
  const sourceIds = new Set(ds.sources.map((s) => s.id));
  const cited = new Set<string>();
  const problems = allClaims(ds).flatMap(({ path, claim }) => {
    switch (claim.level) {
      case "documented":
        for (const id of claim.sources) cited.add(id);
        if (claim.sources.length === 0) return [`${path}: documented without a source`];
        return claim.sources.filter((id) => !sourceIds.has(id)).map((id) => `${path}: unknown source ${id}`);
      case "inferred":
        for (const id of claim.sources ?? []) cited.add(id);
        if (!claim.rationale.en?.trim() || !claim.confidence) return [`${path}: inferred without rationale`];
        return (claim.sources ?? [])
          .filter((id) => !sourceIds.has(id))
          .map((id) => `${path}: unknown source ${id}`);
      case "illustrative":
        return claim.reason.en?.trim() ? [] : [`${path}: illustrative without reason`];
      default:
        return [];
    }
  });
  const unused = ds.sources.filter((s) => !cited.has(s.id)).map((s) => `source ${s.id} is never cited`);
  return [...problems, ...unused];
}

function markerProblems(ds: Dataset): string[] {
  return ds.enterprises.flatMap((e) => {
    const { existence, identity } = e.provenance;
    const illustrative = existence.level === "illustrative" || identity?.level === "illustrative";
    const zh = e.name.zh ?? "";
    const en = e.name.en ?? "";
    if (illustrative) {
      return zh.startsWith(MARKER.zh) && en.startsWith(MARKER.en)
        ? []
        : [`${e.id}: illustrative but unmarked`];
    }
    return zh.includes(MARKER.zh) || en.includes(MARKER.en) ? [`${e.id}: marked but not illustrative`] : [];
  });
}

function duplicateIds(collection: string, records: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  return records.flatMap(({ id }) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [`${collection}: duplicate id ${id}`];
  });
}

function integrityProblems(ds: Dataset): string[] {
  const problems = [
    ...duplicateIds("quotes", ds.quotes),
    ...duplicateIds("sources", ds.sources),
    ...duplicateIds("facts", ds.facts),
    ...duplicateIds("sectors", ds.sectors),
    ...duplicateIds("supportKinds", ds.supportKinds),
    ...duplicateIds("regions", ds.regions),
    ...duplicateIds("enterprises", ds.enterprises),
    ...duplicateIds("links", ds.links),
  ];
  const sectorIds = new Set(ds.sectors.map((s) => s.id));
  const supportIds = new Set(ds.supportKinds.map((k) => k.id));
  const regions = new Map(ds.regions.map((r) => [r.id, r]));
  const enterprises = new Map(ds.enterprises.map((e) => [e.id, e]));

  for (const region of ds.regions) {
    const parent = region.parent === undefined ? undefined : regions.get(region.parent);
    if (region.kind === "county" && parent?.kind !== "prefecture")
      problems.push(`${region.id}: parent not a prefecture`);
    if (region.kind !== "county" && region.parent !== undefined)
      problems.push(`${region.id}: unexpected parent`);
  }
  for (const e of ds.enterprises) {
    if (!sectorIds.has(e.sector)) problems.push(`${e.id}: unknown sector ${e.sector}`);
    const kind = e.region === undefined ? undefined : regions.get(e.region)?.kind;
    // A group (a prefecture's local industry) may stand for a whole prefecture.
    const allowed = e.kind === "group" ? ["county", "city", "prefecture"] : ["county", "city"];
    if (e.region !== undefined && !allowed.includes(kind ?? "")) {
      problems.push(`${e.id}: region ${e.region} is not a ${allowed.join(" or ")}`);
    }
  }

  const commandersOf = new Map<string, string[]>();
  for (const link of ds.links) {
    const source = enterprises.get(link.source);
    const target = enterprises.get(link.target);
    if (source?.tier !== "commander") problems.push(`${link.id}: source ${link.source} is not a commander`);
    if (!target || target.tier === "commander")
      problems.push(`${link.id}: target ${link.target} is not a factory`);
    if (source && target && source.sector !== target.sector) problems.push(`${link.id}: crosses sectors`);
    for (const kind of link.support)
      if (!supportIds.has(kind)) problems.push(`${link.id}: unknown support ${kind}`);
    commandersOf.set(link.target, [...(commandersOf.get(link.target) ?? []), link.source]);
  }
  for (const e of ds.enterprises) {
    const count = commandersOf.get(e.id)?.length ?? 0;
    if (e.tier !== "commander" && count !== 1) problems.push(`${e.id}: ${count} commanders, not 1`);
  }
  return problems;
}

function sectorProblems(ds: Dataset): string[] {
  const ids = ds.sectors.map((s) => s.id).sort();
  const problems = ids.join() === SECTOR_IDS.join() ? [] : [`sectors are ${ids.join(", ")}`];
  for (const sector of SECTOR_IDS) {
    const hasCommander = ds.enterprises.some((e) => e.sector === sector && e.tier === "commander");
    if (!hasCommander) problems.push(`${sector}: no commander`);
  }
  return problems;
}

/** The first line where two texts differ, to keep a failure message short; undefined if equal. */
function firstDifferingLine(actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined;
  const actualLines = actual.split("\n");
  const expectedLines = expected.split("\n");
  const index = actualLines.findIndex((line, i) => line !== expectedLines[i]);
  const at = index === -1 ? actualLines.length : index;
  return `line ${at + 1}: got ${JSON.stringify(actualLines[at])}, file has ${JSON.stringify(expectedLines[at])}`;
}

describe("the Shanxi 1958 dataset", () => {
  it("matches DatasetSchema", () => {
    const issues = parsed.success
      ? []
      : parsed.issues.map((i) => `${v.getDotPath(i) ?? "(root)"}: ${i.message}`);
    expect(issues).toEqual([]);
  });

  it("has the ag network the article describes: 5 large, 20 medium, a small factory in each of 95 counties", () => {
    expect(agNetworkProblems(loadDataset())).toEqual([]);
  });

  it("quotes the article verbatim and every attested claim cites a known quote", () => {
    const ds = loadDataset();
    expect(quoteProblems(ds)).toEqual([]);
    expect(attestedProblems(ds)).toEqual([]);
  });

  it("backs documented claims with known sources, inferred with rationales, illustrative with reasons", () => {
    expect(claimProblems(loadDataset())).toEqual([]);
  });

  it("marks exactly the illustrative enterprises as [示意] / [Illustrative]", () => {
    expect(markerProblems(loadDataset())).toEqual([]);
  });

  it("has unique ids, resolving references and one same-sector commander per factory", () => {
    expect(integrityProblems(loadDataset())).toEqual([]);
  });

  it("has the five networks and the ties outside them, each with at least one commander", () => {
    expect(sectorProblems(loadDataset())).toEqual([]);
  });

  it("is reproduced byte for byte by the generator", () => {
    const script = fileURLToPath(new URL("scripts/build-dataset.mjs", ROOT));
    const generated = execFileSync(process.execPath, [script, "--stdout"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(firstDifferingLine(generated, fileText)).toBeUndefined();
  });
});

type Mutation = [name: string, mutate: (ds: Dataset) => void, check: (ds: Dataset) => string[]];

function firstLink(ds: Dataset) {
  const [link] = ds.links;
  if (!link) throw new Error("no links");
  return link;
}

function removeEnterprise(ds: Dataset, id: string) {
  ds.enterprises = ds.enterprises.filter((e) => e.id !== id);
  ds.links = ds.links.filter((l) => l.source !== id && l.target !== id);
}

const MUTATIONS: Mutation[] = [
  ["a medium factory is dropped", (ds) => removeEnterprise(ds, "agmach-m07"), agNetworkProblems],
  ["a county loses its small factory", (ds) => removeEnterprise(ds, "agmach-s-lingqiu"), agNetworkProblems],
  [
    "a county is dropped",
    (ds) => {
      ds.regions = ds.regions.filter((r) => r.id !== "lingqiu");
    },
    agNetworkProblems,
  ],
  [
    "a quote is not verbatim",
    (ds) => {
      ds.quotes.push({ id: "q-bad", zh: "国营企业当元帅", en: "State enterprises as marshals" });
    },
    quoteProblems,
  ],
  [
    "an attested claim cites a missing quote",
    (ds) => {
      enterprise(ds, "agmach-c1").provenance.existence = { level: "attested", quoteId: "q-none" };
    },
    attestedProblems,
  ],
  [
    "a documented claim cites a missing source",
    (ds) => {
      enterprise(ds, "fenxi-mining").provenance.existence = { level: "documented", sources: ["src-none"] };
    },
    claimProblems,
  ],
  [
    "a source is never cited",
    (ds) => {
      ds.sources.push({ id: "src-extra", citation: "An uncited source" });
    },
    claimProblems,
  ],
  [
    "an illustrative factory loses its marker",
    (ds) => {
      const works = enterprise(ds, "agmach-m01");
      works.name = { ...works.name, en: "Medium farm-machinery repair works 01 (Datong)" };
    },
    markerProblems,
  ],
  [
    "a documented enterprise carries the marker",
    (ds) => {
      const mine = enterprise(ds, "datong-mining");
      mine.name = { ...mine.name, zh: `${MARKER.zh} 大同矿务局` };
    },
    markerProblems,
  ],
  [
    "a factory gets a second commander",
    (ds) => {
      ds.links.push({ ...firstLink(ds), id: "link-extra", source: "agmach-c2" });
    },
    integrityProblems,
  ],
  [
    "a link crosses sectors",
    (ds) => {
      firstLink(ds).source = "datong-mining";
    },
    integrityProblems,
  ],
  [
    "a link starts at a contracted factory",
    (ds) => {
      firstLink(ds).source = "agmach-m02";
    },
    integrityProblems,
  ],
  [
    "an enterprise id repeats",
    (ds) => {
      ds.enterprises.push({ ...enterprise(ds, "fenjiu") });
    },
    integrityProblems,
  ],
  [
    "a sector loses its commanders",
    (ds) => {
      for (const e of ds.enterprises) if (e.sector === "power" && e.tier === "commander") e.tier = "medium";
    },
    sectorProblems,
  ],
];

describe("the dataset checks", () => {
  it.each(MUTATIONS)("fail when %s", (_name, mutate, check) => {
    const ds = loadDataset();
    expect(check(ds)).toEqual([]);
    mutate(ds);
    expect(check(ds)).not.toEqual([]);
  });
});
