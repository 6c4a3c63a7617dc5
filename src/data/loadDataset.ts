/**
 * Turns untrusted input (parsed JSON or raw text) into a checked Dataset, or readable problems.
 * Never throws: cytoscape itself throws on dangling edges and silently drops duplicate ids,
 * so every integrity rule it depends on is checked here first.
 */
import * as v from "valibot";
import { describeIssue } from "./issueMessages";
import { cleanNames } from "./labels";
import { type DatasetProblem, problem } from "./problems";
import { type Claim, type Dataset, DatasetSchema } from "./schema";
import { isVerbatimIn } from "./verbatim";

export type LoadResult =
  | { ok: true; dataset: Dataset; warnings: DatasetProblem[] }
  | { ok: false; errors: DatasetProblem[]; warnings: DatasetProblem[] };

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function parseDatasetText(text: string): LoadResult {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(withoutBom);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [problem("", "json-syntax", `not valid JSON (${detail})`, `不是有效的 JSON（${detail}）`)],
      warnings: [],
    };
  }
  return loadDataset(json);
}

export function loadDataset(input: unknown): LoadResult {
  const forbidden = findForbiddenKeys(input);
  if (forbidden.length > 0) return { ok: false, errors: forbidden, warnings: [] };

  // One problem per field: "Infinity" need not also be reported as above 90.
  const parsed = v.safeParse(DatasetSchema, input, { abortPipeEarly: true });
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.map(issueToProblem), warnings: [] };
  }
  const dataset = parsed.output;
  const errors = checkIntegrity(dataset);
  const warnings = [...cleanNames(dataset), ...checkHubAndSpoke(dataset)];
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, dataset, warnings };
}

/** Walks the whole input once; the path is kept as a stack and spelled out only for a problem. */
function findForbiddenKeys(input: unknown): DatasetProblem[] {
  const found: DatasetProblem[] = [];
  const path: Array<string | number> = [];
  const visit = (value: unknown) => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) {
        found.push(
          problem(
            formatPath(path),
            "forbidden-key",
            `the key "${key}" is not allowed; rename it`,
            `不允许使用键名 "${key}"，请改名`,
          ),
        );
      } else visit((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  visit(input);
  return found;
}

function formatPath(path: ReadonlyArray<string | number>): string {
  return path
    .map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`))
    .join("")
    .replace(/^\./, "");
}

function issueToProblem(issue: v.BaseIssue<unknown>): DatasetProblem {
  const path = formatPath(
    (issue.path ?? []).map((item) => (typeof item.key === "number" ? item.key : String(item.key))),
  );
  const { code, en, zh } = describeIssue(issue);
  return problem(path, code, en, zh);
}

type Collection = "sectors" | "supportKinds" | "regions" | "enterprises" | "links" | "quotes" | "sources";

function indexIds(dataset: Dataset, collection: Collection, errors: DatasetProblem[]): Set<string> {
  const firstIndex = new Map<string, number>();
  dataset[collection].forEach((record, index) => {
    const previous = firstIndex.get(record.id);
    if (previous === undefined) {
      firstIndex.set(record.id, index);
      return;
    }
    errors.push(
      problem(
        `${collection}[${index}].id`,
        "duplicate-id",
        `duplicate id "${record.id}" (already used by ${collection}[${previous}]); ids must be unique`,
        `id "${record.id}" 重复（${collection}[${previous}] 已使用）；id 必须唯一`,
      ),
    );
  });
  return new Set(firstIndex.keys());
}

function unknownReference(path: string, kind: string, kindZh: string, id: string): DatasetProblem {
  return problem(
    path,
    `unknown-${kind}`,
    `refers to ${kind} "${id}", which is not defined; add it to the ${kind} list or correct the id`,
    `引用的${kindZh} "${id}" 未定义；请在${kindZh}列表中补充，或更正 id`,
  );
}

function checkIntegrity(dataset: Dataset): DatasetProblem[] {
  const errors: DatasetProblem[] = [];
  const sectorIds = indexIds(dataset, "sectors", errors);
  const supportIds = indexIds(dataset, "supportKinds", errors);
  const regionIds = indexIds(dataset, "regions", errors);
  const enterpriseIds = indexIds(dataset, "enterprises", errors);
  indexIds(dataset, "links", errors);
  const quoteIds = indexIds(dataset, "quotes", errors);
  const sourceIds = indexIds(dataset, "sources", errors);

  const articleText = dataset.article?.textZh;
  for (const [index, quote] of dataset.quotes.entries()) {
    if (articleText !== undefined && !isVerbatimIn(articleText, quote.zh)) {
      errors.push(
        problem(
          `quotes[${index}].zh`,
          "quote-not-verbatim",
          `quote "${quote.id}" is not a verbatim passage of the article text`,
          `引文 "${quote.id}" 不是原文中的原句`,
        ),
      );
    }
  }

  const checkClaim = (claim: Claim | undefined, path: string) => {
    if (!claim) return;
    if (claim.level === "attested" && !quoteIds.has(claim.quoteId)) {
      errors.push(unknownReference(`${path}.quoteId`, "quote", "引文", claim.quoteId));
    }
    if (claim.level === "documented" || claim.level === "inferred") {
      (claim.sources ?? []).forEach((sourceId, i) => {
        if (!sourceIds.has(sourceId))
          errors.push(unknownReference(`${path}.sources[${i}]`, "source", "来源", sourceId));
      });
    }
  };
  const checkProvenance = (provenance: Record<string, Claim | undefined> | undefined, path: string) => {
    if (!provenance) return;
    for (const [aspect, claim] of Object.entries(provenance))
      checkClaim(claim, `${path}.provenance.${aspect}`);
  };

  for (const [i, sector] of dataset.sectors.entries()) {
    checkProvenance(sector.provenance, `sectors[${i}]`);
    sector.unnamedMembers?.forEach((members, j) => {
      if (!quoteIds.has(members.quoteId))
        errors.push(
          unknownReference(`sectors[${i}].unnamedMembers[${j}].quoteId`, "quote", "引文", members.quoteId),
        );
    });
  }
  for (const [i, kind] of dataset.supportKinds.entries())
    checkProvenance(kind.provenance, `supportKinds[${i}]`);
  for (const [i, fact] of dataset.facts.entries()) checkProvenance(fact.provenance, `facts[${i}]`);
  dataset.regions.forEach((region, i) => {
    checkProvenance(region.provenance, `regions[${i}]`);
    if (region.parent !== undefined && !regionIds.has(region.parent)) {
      errors.push(unknownReference(`regions[${i}].parent`, "region", "地区", region.parent));
    }
  });
  dataset.enterprises.forEach((enterprise, i) => {
    checkProvenance(enterprise.provenance, `enterprises[${i}]`);
    if (!sectorIds.has(enterprise.sector)) {
      errors.push(unknownReference(`enterprises[${i}].sector`, "sector", "行业", enterprise.sector));
    }
    if (enterprise.region !== undefined && !regionIds.has(enterprise.region)) {
      errors.push(unknownReference(`enterprises[${i}].region`, "region", "地区", enterprise.region));
    }
  });
  dataset.links.forEach((link, i) => {
    checkProvenance(link.provenance, `links[${i}]`);
    if (!enterpriseIds.has(link.source)) {
      errors.push(unknownReference(`links[${i}].source`, "enterprise", "企业", link.source));
    }
    if (!enterpriseIds.has(link.target)) {
      errors.push(unknownReference(`links[${i}].target`, "enterprise", "企业", link.target));
    }
    if (link.source === link.target) {
      errors.push(
        problem(
          `links[${i}]`,
          "self-loop",
          `links "${link.source}" to itself; a link joins a commander to another factory`,
          `"${link.source}" 连接到自身；连线应连接统帅企业与另一家工厂`,
        ),
      );
    }
    link.support.forEach((kind, k) => {
      if (!supportIds.has(kind))
        errors.push(unknownReference(`links[${i}].support[${k}]`, "support kind", "支援方式", kind));
    });
  });
  return errors;
}

/** Rules of the hub-and-spoke model that a drawing survives: reported, not rejected. */
function checkHubAndSpoke(dataset: Dataset): DatasetProblem[] {
  const warnings: DatasetProblem[] = [];
  const tierById = new Map(dataset.enterprises.map((e) => [e.id, e.tier]));
  const commandersOf = new Map<string, string[]>();
  const linkOfPair = new Map<string, number>();
  dataset.links.forEach((link, i) => {
    const pair = [link.source, link.target].sort().join("\u0000");
    const first = linkOfPair.get(pair);
    if (first === undefined) linkOfPair.set(pair, i);
    else {
      warnings.push(
        problem(
          `links[${i}]`,
          "duplicate-link",
          `joins the same two enterprises as links[${first}]; remove one of them`,
          `与 links[${first}] 连接的是同样两家企业；请删去其中一条`,
        ),
      );
    }
    if (tierById.get(link.source) !== "commander") {
      warnings.push(
        problem(
          `links[${i}].source`,
          "source-not-commander",
          `"${link.source}" is the source of a link but its tier is not "commander"; set its tier to "commander" or swap the link's source and target`,
          `"${link.source}" 是连线起点，但其层级不是“统帅”；请将其层级设为“统帅”，或调换连线的起点和终点`,
        ),
      );
    }
    const list = commandersOf.get(link.target) ?? [];
    list.push(link.source);
    commandersOf.set(link.target, list);
  });
  dataset.enterprises.forEach((enterprise, i) => {
    if (enterprise.tier === "commander") return;
    const commanders = new Set(commandersOf.get(enterprise.id) ?? []);
    if (commanders.size === 0) {
      warnings.push(
        problem(
          `enterprises[${i}]`,
          "no-commander",
          `"${enterprise.id}" has no commander (no link leads to it), so it is drawn on its own; add a link from its hub, or make it a hub itself (tier "commander")`,
          `"${enterprise.id}" 没有统帅企业（没有连线指向它），将单独显示；请添加一条从其中心企业出发的连线，或将其层级设为“统帅”`,
        ),
      );
    } else if (commanders.size > 1) {
      warnings.push(
        problem(
          `enterprises[${i}]`,
          "several-commanders",
          `"${enterprise.id}" has ${commanders.size} commanders (${[...commanders].join(", ")}); it is placed next to the first. If each factory has one hub, remove the other links`,
          `"${enterprise.id}" 有 ${commanders.size} 个统帅企业（${[...commanders].join("、")}），按第一个布局；如果每个工厂只应有一个中心企业，请删去多余的连线`,
        ),
      );
    }
  });
  return warnings;
}
