/**
 * The hub-and-spoke rules for spreadsheet links: ends that exist, no loops or repeated pairs, tiers
 * given or inferred from the number of links, and links running from hub to spoke.
 */
import { cellProblem, type DatasetProblem } from "../problems";
import type { Dataset, LocalText, Tier } from "../schema";
import { degreesOf, type HubRule, sparingHubRule } from "./hubRule";
import type { EnterpriseRow, LinkRow } from "./sheetRows";

export interface TierOptions {
  /** "column": the tier column where filled in; "degree": ignore it and infer every tier. */
  tierFrom: "column" | "degree";
  /** The reader's threshold; absent, the sparing rule of hubRule.ts decides. */
  minHubDegree: number;
}

export interface SheetsSummary {
  hasTierColumn: boolean;
  tierFrom: "column" | "degree";
  /** The automatic rule for inferred tiers, for the report to put in words. */
  hubRule: HubRule;
  /** The reader's threshold, which replaces the rule's. */
  chosenMinHubDegree?: number;
}

export interface CheckedLink {
  row: LinkRow;
  source: string;
  target: string;
}

export function checkLinks(
  rows: readonly LinkRow[],
  enterprises: ReadonlyMap<string, EnterpriseRow>,
  errors: DatasetProblem[],
  warnings: DatasetProblem[],
): CheckedLink[] {
  const kept: CheckedLink[] = [];
  const rowOfPair = new Map<string, number>();
  const rowOfId = new Map<string, number>();
  for (const row of rows) {
    let endsOk = true;
    for (const end of ["source", "target"] as const) {
      if (enterprises.has(row[end])) continue;
      endsOk = false;
      errors.push(
        cellProblem(
          { file: row.file, row: row.row, field: end },
          "dangling-link",
          `"${row[end]}" is not the id of any enterprise; add a row for it to the enterprise sheet or correct the id`,
          `“${row[end]}”不是任何企业的 id；请在企业表中添加这一行，或更正 id`,
        ),
      );
    }
    if (row.id !== undefined) {
      const first = rowOfId.get(row.id);
      if (first !== undefined) {
        errors.push(
          cellProblem(
            { file: row.file, row: row.row, field: "id" },
            "duplicate-id",
            `the link id "${row.id}" is already used in row ${first}; give each link its own id or leave the column empty`,
            `连线 id“${row.id}”已在第 ${first} 行使用；每条连线的 id 必须不同，或留空`,
          ),
        );
        continue;
      }
      rowOfId.set(row.id, row.row);
    }
    if (!endsOk) continue;
    if (row.source === row.target) {
      warnings.push(
        cellProblem(
          { file: row.file, row: row.row },
          "self-loop-dropped",
          `left out a link from "${row.source}" to itself; a link joins a hub to another enterprise`,
          `已略去“${row.source}”连接到自身的连线；连线应连接中心企业与另一家企业`,
        ),
      );
      continue;
    }
    const pair = [row.source, row.target].sort().join("\u0000");
    const first = rowOfPair.get(pair);
    if (first !== undefined) {
      warnings.push(
        cellProblem(
          { file: row.file, row: row.row },
          "duplicate-link-dropped",
          `left out a second link between "${row.source}" and "${row.target}" (the first is in row ${first}); remove one of them`,
          `已略去“${row.source}”与“${row.target}”之间的重复连线（第一条在第 ${first} 行）；请删去其中一条`,
        ),
      );
      continue;
    }
    rowOfPair.set(pair, row.row);
    kept.push({ row, source: row.source, target: row.target });
  }
  return kept;
}

/** The tiers, and the rule that decided the ones not given. */
export function assignTiers(
  enterprises: ReadonlyMap<string, EnterpriseRow>,
  links: readonly CheckedLink[],
  options: { tierFrom: "column" | "degree"; minHubDegree?: number | undefined },
  tierHeader: string,
  warnings: DatasetProblem[],
): { tiers: Map<string, Tier>; hubRule: HubRule } {
  const degree = degreesOf(enterprises.keys(), links);
  const hubRule = sparingHubRule(degree, links);
  const minHubDegree = options.minHubDegree ?? hubRule.minHubDegree;
  const inferred = (id: string): Tier => ((degree.get(id) ?? 0) >= minHubDegree ? "commander" : "medium");
  const tiers = new Map<string, Tier>();
  const filledIn: EnterpriseRow[] = [];
  for (const [id, row] of enterprises) {
    if (options.tierFrom === "column" && row.tier !== undefined) tiers.set(id, row.tier);
    else {
      tiers.set(id, inferred(id));
      if (options.tierFrom === "column") filledIn.push(row);
    }
  }
  const first = filledIn[0];
  if (first) {
    warnings.push(
      cellProblem(
        { file: first.file, row: first.row, field: tierHeader },
        "tier-inferred",
        `${filledIn.length} enterprise(s) have no tier (first in row ${first.row}); they count as hubs when they have at least ${minHubDegree} links. Fill in the tier column to decide yourself`,
        `${filledIn.length} 个企业没有填写层级（第一个在第 ${first.row} 行）；连线不少于 ${minHubDegree} 条的算作中心企业。如需自行决定，请填写层级列`,
      ),
    );
  }
  return { tiers, hubRule };
}

/**
 * The file's own name for each tier, when its tier column writes the tier one way throughout: "hub" or
 * "卫星", not the format's keys "commander", "medium" and "small", which say nothing of the data.
 */
export function tierNamesGiven(
  enterprises: ReadonlyMap<string, EnterpriseRow>,
): Partial<Record<Tier, LocalText>> {
  const written = new Map<Tier, Set<string>>();
  for (const row of enterprises.values()) {
    if (row.tier === undefined || row.tierText === undefined) continue;
    const values = written.get(row.tier) ?? new Set();
    values.add(row.tierText);
    written.set(row.tier, values);
  }
  const names: Partial<Record<Tier, LocalText>> = {};
  for (const [tier, values] of written) {
    const [only] = values;
    if (values.size !== 1 || only === undefined || only.normalize("NFKC").toLowerCase() === tier) continue;
    names[tier] = /[\u3400-\u9fff]/.test(only) ? { zh: only } : { en: only };
  }
  return names;
}

const STAR_RULES = new Set(["source-not-commander", "no-commander", "several-commanders"]);

/**
 * A network whose hubs were inferred and that is not a forest of stars breaks the star rules on
 * purpose: one note says so, instead of a warning for every link between two nodes that are not hubs.
 * It names only what the data shows: the links between non-hubs, the nodes shared by several hubs, or
 * that no node is a hub at all.
 */
export function summariseStarRules(
  warnings: readonly DatasetProblem[],
  file: string,
  dataset: Pick<Dataset, "enterprises" | "links">,
  directed = false,
): DatasetProblem[] {
  const kept = warnings.filter((w) => !STAR_RULES.has(w.code));
  if (kept.length === warnings.length) return kept;
  const hubs = new Set(dataset.enterprises.filter((e) => e.tier === "commander").map((e) => e.id));
  const say = (en: string, zh: string) =>
    cellProblem(
      { file },
      "not-hub-and-spoke",
      `${en}; it is drawn as it is (nothing to do)`,
      `${zh}；按原样绘制（无需处理）`,
    );
  if (hubs.size === 0) return [...kept, say("no node meets the hub rule", "没有节点符合枢纽规则")];
  const between = dataset.links.filter((l) => !hubs.has(l.source)).length;
  const hubsOf = new Map<string, Set<string>>();
  for (const link of dataset.links) {
    if (!hubs.has(link.source) || hubs.has(link.target)) continue;
    const set = hubsOf.get(link.target) ?? new Set<string>();
    set.add(link.source);
    hubsOf.set(link.target, set);
  }
  const shared = [...hubsOf.values()].filter((set) => set.size > 1).length;
  const en: string[] = [];
  const zh: string[] = [];
  if (between > 0) {
    en.push(
      directed
        ? `${between} link(s) start at a node that is not a hub`
        : `${between} link(s) join two nodes that are not hubs`,
    );
    zh.push(directed ? `${between} 条连线从非枢纽节点出发` : `${between} 条连线连接两个非枢纽节点`);
  }
  if (shared > 0) {
    en.push(
      directed
        ? `${shared} node(s) are linked from more than one hub`
        : `${shared} node(s) link to more than one hub`,
    );
    zh.push(`${shared} 个节点与多个枢纽相连`);
  }
  if (en.length === 0) return kept;
  const opening = directed
    ? { en: "the links keep the directions the file gives them", zh: "连线保留文件给出的方向" }
    : { en: "this network is not a set of stars", zh: "这个网络不是若干星形" };
  return [...kept, say(`${opening.en}: ${en.join(" and ")}`, `${opening.zh}：${zh.join("，")}`)];
}

/** Links run from hub to spoke; a spreadsheet may list them either way. */
export function orientLinks(
  links: CheckedLink[],
  tiers: ReadonlyMap<string, Tier>,
  warnings: DatasetProblem[],
  file: string,
) {
  let turned = 0;
  for (const link of links) {
    if (tiers.get(link.source) !== "commander" && tiers.get(link.target) === "commander") {
      [link.source, link.target] = [link.target, link.source];
      turned += 1;
    }
  }
  if (turned > 0) {
    warnings.push(
      cellProblem(
        { file },
        "links-turned-round",
        `${turned} link(s) ran from a spoke to a hub and were turned round (nothing to do)`,
        `${turned} 条连线是从外围企业指向中心企业的，已调换方向（无需处理）`,
      ),
    );
  }
}
