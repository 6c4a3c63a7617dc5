/**
 * The ties the article states outside the five networks are in the Shanxi dataset, with their quotes:
 * Taiyuan's state industrial enterprises with each of the five prefectures (established, equipment and
 * materials), Yangquan's and Datong's with nearby local industry (in progress), the province's plants and
 * mines that sent the 600+ technicians, and the headline, slogan and lede as attested facts.
 */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/schema";
import { allClaims, findLink, loadShanxi } from "../helpers/shanxiDataset";

const PREFECTURES = ["yanbei", "xinxian", "yuci", "changzhi", "jinnan"];

interface Tie {
  hub: string;
  member: string;
  quoteId: string;
  status: "established" | "in-progress";
  support: string[];
}

const TIES: Tie[] = [
  ...PREFECTURES.map((p) => ({
    hub: "taiyuan-soes",
    member: `local-industry-${p}`,
    quoteId: "q-taiyuan",
    status: "established" as const,
    support: ["equipment", "materials"],
  })),
  ...["yangquan", "datong"].map((city) => ({
    hub: `${city}-soes`,
    member: `local-industry-near-${city}`,
    quoteId: "q-yq-dt",
    status: "in-progress" as const,
    support: [],
  })),
];

function tieProblems(ds: Dataset): string[] {
  const quotes = new Set(ds.quotes.map((q) => q.id));
  return TIES.flatMap(({ hub, member, quoteId, status, support }) => {
    const problems: string[] = [];
    for (const id of [hub, member]) {
      const record = ds.enterprises.find((e) => e.id === id);
      if (record?.kind !== "group") problems.push(`${id}: missing or not a group`);
      else if (record.provenance.existence.level !== "attested") problems.push(`${id}: not attested`);
    }
    const link = ds.links.find((l) => l.source === hub && l.target === member);
    if (!link) return [...problems, `${hub} → ${member}: no link`];
    for (const claim of [link.provenance.existence, link.provenance.pairing]) {
      if (claim?.level !== "attested" || claim.quoteId !== quoteId || !quotes.has(quoteId))
        problems.push(`${link.id}: not attested by ${quoteId}`);
    }
    if ((link.status ?? "established") !== status) problems.push(`${link.id}: status ${link.status}`);
    if (link.support.join() !== support.join()) problems.push(`${link.id}: support ${link.support.join()}`);
    return problems;
  });
}

function statedFactProblems(ds: Dataset): string[] {
  const problems: string[] = [];
  const sender = ds.enterprises.find((e) => e.id === "province-soes");
  const existence = sender?.provenance.existence;
  if (
    existence?.level !== "attested" ||
    existence.quoteId !== "q-600" ||
    !sender?.description?.en?.includes("600")
  )
    problems.push("province-soes: the 600+ technicians are not on the actor that sent them");
  for (const quoteId of ["q-headline", "q-slogan", "q-lede"]) {
    const stated = ds.facts.some(
      (f) => f.provenance.existence.level === "attested" && f.provenance.existence.quoteId === quoteId,
    );
    if (!stated) problems.push(`${quoteId}: not an attested fact`);
  }
  for (const id of ["training", "tech-transformation"]) {
    const kind = ds.supportKinds.find((k) => k.id === id)?.provenance?.existence;
    if (kind?.level !== "attested" || kind.quoteId !== "q-measure-personnel")
      problems.push(`${id}: not attested`);
  }
  return problems;
}

/** q-yq-dt speaks of Yangquan's and Datong's groups only: it is no reason for any other tie. */
function quoteReuseProblems(ds: Dataset): string[] {
  return allClaims(ds)
    .filter(({ path }) => path.startsWith("links/") && !path.includes("local-industry-near-"))
    .filter(({ claim }) => JSON.stringify(claim).includes("q-yq-dt"))
    .map(({ path }) => `${path}: cites q-yq-dt`);
}

describe("the article's ties outside the networks", () => {
  it("ties Taiyuan's enterprises to each prefecture and Yangquan's and Datong's to nearby industry, quoted", () => {
    expect(tieProblems(loadShanxi())).toEqual([]);
  });

  it("puts the 600+ technicians on their senders and states the headline, slogan, lede and support kinds", () => {
    expect(statedFactProblems(loadShanxi())).toEqual([]);
  });

  it("cites the Yangquan–Datong passage for no other tie", () => {
    expect(quoteReuseProblems(loadShanxi())).toEqual([]);
  });

  it("fail when a tie goes, is marked done while in progress, or the passage is reused", () => {
    const dropped = loadShanxi();
    dropped.links = dropped.links.filter((l) => l.id !== "link-local-industry-jinnan");
    expect(tieProblems(dropped)).not.toEqual([]);
    const done = loadShanxi();
    findLink(done, "link-local-industry-near-datong").status = "established";
    expect(tieProblems(done)).not.toEqual([]);
    const reused = loadShanxi();
    findLink(reused, "link-coal-s-pingding").provenance.pairing = { level: "attested", quoteId: "q-yq-dt" };
    expect(quoteReuseProblems(reused)).not.toEqual([]);
    const noLede = loadShanxi();
    noLede.facts = noLede.facts.filter((f) => f.id !== "fact-lede");
    expect(statedFactProblems(noLede)).not.toEqual([]);
  });
});
