/**
 * Every import case of issue #6 (research B5), one fixture each under fixtures/import/, with the message
 * a reader sees in both languages. Rejected files must report the problem; repaired or accepted files
 * must load and carry the warning.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../../src/data/import/importFiles";
import { formatProblem } from "../../../../src/data/problems";
import { SECTOR_PALETTE } from "../../../../src/model/scales";
import {
  fileFromBytes,
  IMPORT_FIXTURES_DIR,
  importFixture,
  importFixtures,
} from "../../../helpers/importFixtures";

interface Case {
  files: string[];
  ok: boolean;
  code: string;
  en: string;
  zh: string;
}

const CLINICS = "clinics.nodes.valid.csv";
/** Valid fixtures whose content, not a message, is checked in "what an accepted import contains". */
const CHECKED_BELOW = [
  "clinics.links.valid.csv",
  "zero-padded.nodes.valid.csv",
  "zero-padded.links.valid.csv",
  "trade.links.valid.csv",
  "bad-weights.links.valid.csv",
];

const CASES: Record<string, Case> = {
  // The fixture is a small CSV written in GBK bytes (found by decoding every GBK code pair with TextDecoder).
  "not UTF-8 (GBK)": {
    files: ["gbk.nodes.invalid.csv"],
    ok: false,
    code: "not-utf8-gbk",
    en: 'gbk.nodes.invalid.csv, row 2: the file is in a Chinese Windows encoding (GBK or GB2312), not UTF-8; save it again as UTF-8 (in Excel: Save As › "CSV UTF-8"; in WPS: Save As › CSV with encoding UTF-8)',
    zh: "gbk.nodes.invalid.csv，第 2 行：文件使用的是 GBK（或 GB2312）编码，而不是 UTF-8；请另存为 UTF-8 格式（Excel：另存为 ›“CSV UTF-8”；WPS：另存为 › CSV，编码选 UTF-8）",
  },
  "byte-order mark repaired": {
    files: ["bom-crlf-blank-lines.nodes.valid.csv"],
    ok: true,
    code: "repaired-bom",
    en: "bom-crlf-blank-lines.nodes.valid.csv: removed the byte-order mark at the start of the file (nothing to do)",
    zh: "bom-crlf-blank-lines.nodes.valid.csv：已删除文件开头的字节顺序标记（无需处理）",
  },
  "CRLF line ends repaired": {
    files: ["bom-crlf-blank-lines.nodes.valid.csv"],
    ok: true,
    code: "repaired-line-ends",
    en: "bom-crlf-blank-lines.nodes.valid.csv: converted Windows or old Mac line ends to plain line ends (nothing to do)",
    zh: "bom-crlf-blank-lines.nodes.valid.csv：已将 Windows 或旧版 Mac 的换行符转换为标准换行符（无需处理）",
  },
  "trailing blank lines repaired": {
    files: ["bom-crlf-blank-lines.nodes.valid.csv"],
    ok: true,
    code: "repaired-trailing-blank-lines",
    en: "bom-crlf-blank-lines.nodes.valid.csv: ignored the blank lines at the end of the file (nothing to do)",
    zh: "bom-crlf-blank-lines.nodes.valid.csv：已忽略文件末尾的空行（无需处理）",
  },
  "missing column": {
    files: ["missing-target-column.links.invalid.csv"],
    ok: false,
    code: "missing-column",
    en: 'missing-target-column.links.invalid.csv, row 1: the link sheet has no "target" column; add one (accepted names: target / to / spoke / 终点). Found: source, targt',
    zh: "missing-target-column.links.invalid.csv，第 1 行：连线表缺少“target”列；请添加（可用列名：target / to / spoke / 终点）。现有列：source、targt",
  },
  "duplicate id": {
    files: ["duplicate-id.nodes.invalid.csv"],
    ok: false,
    code: "duplicate-id",
    en: 'duplicate-id.nodes.invalid.csv, row 4, column "id": the id "H1" is already used in row 2; give each enterprise its own id (ids are compared as text, so "007" and "7" differ)',
    zh: "duplicate-id.nodes.invalid.csv，第 4 行，“id”列：id“H1”已在第 2 行使用；每个企业的 id 必须不同（id 按文本比较，“007”与“7”不同）",
  },
  "whitespace id": {
    files: ["empty-id.nodes.invalid.csv"],
    ok: false,
    code: "empty-id",
    en: 'empty-id.nodes.invalid.csv, row 3, column "id": the id is empty or only spaces; every row needs an id',
    zh: "empty-id.nodes.invalid.csv，第 3 行，“id”列：id 为空或只有空格；每一行都需要 id",
  },
  "dangling link end": {
    files: [CLINICS, "dangling.links.invalid.csv"],
    ok: false,
    code: "dangling-link",
    en: 'dangling.links.invalid.csv, row 3, column "target": "C9" is not the id of any enterprise; add a row for it to the enterprise sheet or correct the id',
    zh: "dangling.links.invalid.csv，第 3 行，“target”列：“C9”不是任何企业的 id；请在企业表中添加这一行，或更正 id",
  },
  "self-loop dropped": {
    files: [CLINICS, "loops-and-duplicates.links.valid.csv"],
    ok: true,
    code: "self-loop-dropped",
    en: 'loops-and-duplicates.links.valid.csv, row 3: left out a link from "H1" to itself; a link joins a hub to another enterprise',
    zh: "loops-and-duplicates.links.valid.csv，第 3 行：已略去“H1”连接到自身的连线；连线应连接中心企业与另一家企业",
  },
  "duplicate link dropped": {
    files: [CLINICS, "loops-and-duplicates.links.valid.csv"],
    ok: true,
    code: "duplicate-link-dropped",
    en: 'loops-and-duplicates.links.valid.csv, row 5: left out a second link between "C2" and "H1" (the first is in row 4); remove one of them',
    zh: "loops-and-duplicates.links.valid.csv，第 5 行：已略去“C2”与“H1”之间的重复连线（第一条在第 4 行）；请删去其中一条",
  },
  "duplicate link in JSON": {
    files: ["duplicate-link-two-commanders.valid.json"],
    ok: true,
    code: "duplicate-link",
    en: "duplicate-link-two-commanders.valid.json, links[4]: joins the same two enterprises as links[0]; remove one of them",
    zh: "duplicate-link-two-commanders.valid.json，links[4]：与 links[0] 连接的是同样两家企业；请删去其中一条",
  },
  "factory with two commanders": {
    files: [CLINICS, "commanders.links.valid.csv"],
    ok: true,
    code: "several-commanders",
    en: 'clinics.nodes.valid.csv, row 3: "C1" has 2 commanders (H1, P1); it is placed next to the first. If each factory has one hub, remove the other links',
    zh: 'clinics.nodes.valid.csv，第 3 行："C1" 有 2 个统帅企业（H1、P1），按第一个布局；如果每个工厂只应有一个中心企业，请删去多余的连线',
  },
  "factory with no commander": {
    files: [CLINICS, "commanders.links.valid.csv"],
    ok: true,
    code: "no-commander",
    en: 'clinics.nodes.valid.csv, row 5: "C3" has no commander (no link leads to it), so it is drawn on its own; add a link from its hub, or make it a hub itself (tier "commander")',
    zh: 'clinics.nodes.valid.csv，第 5 行："C3" 没有统帅企业（没有连线指向它），将单独显示；请添加一条从其中心企业出发的连线，或将其层级设为“统帅”',
  },
  "missing sector put in the unknown bucket": {
    files: ["missing-sector.nodes.valid.csv"],
    ok: true,
    code: "sector-missing",
    en: 'missing-sector.nodes.valid.csv, row 3, column "sector": 1 enterprise(s) have no sector (first in row 3); they are shown in an "Unknown" sector. Fill in the sector to place them in a network',
    zh: "missing-sector.nodes.valid.csv，第 3 行，“sector”列：1 个企业没有填写行业（第一个在第 3 行）；已归入“未知”行业。请填写行业以归入相应网络",
  },
  "unknown sector (JSON)": {
    files: ["unknown-sector.invalid.json"],
    ok: false,
    code: "unknown-sector",
    en: 'unknown-sector.invalid.json, enterprises[1].sector: refers to sector "textiles", which is not defined; add it to the sector list or correct the id',
    zh: 'unknown-sector.invalid.json，enterprises[1].sector：引用的行业 "textiles" 未定义；请在行业列表中补充，或更正 id',
  },
  "unknown region (CSV with a region sheet)": {
    files: ["depots.regions.valid.csv", "unknown-region.nodes.valid.csv"],
    ok: true,
    code: "region-not-in-sheet",
    en: 'unknown-region.nodes.valid.csv, row 4, column "region": the region "datong" is not in the region sheet; it was added without a name or coordinates. Add it to the region sheet or correct the spelling',
    zh: "unknown-region.nodes.valid.csv，第 4 行，“region”列：地区“datong”不在地区表中，已按无名称、无坐标添加。请将其加入地区表，或更正拼写",
  },
  "more sectors than palette colours": {
    files: ["nine-sectors.nodes.valid.csv"],
    ok: true,
    code: "more-sectors-than-colours",
    en: 'nine-sectors.nodes.valid.csv, column "sector": there are 9 sectors but only 8 colours; the sectors after the first 8 are all drawn grey (the legend and table still name them). Merge small sectors to tell them apart by colour',
    zh: "nine-sectors.nodes.valid.csv，“sector”列：共有 9 个行业，但只有 8 种颜色；第 8 个之后的行业都显示为灰色（图例和表格中仍有名称）。合并较小的行业可以用颜色区分它们",
  },
  "very long label": {
    files: ["long-name.nodes.valid.csv"],
    ok: true,
    code: "long-name",
    en: 'long-name.nodes.valid.csv, row 2, column "name": the name is 315 characters long; the graph shows its first 40, the table and details all of it. A shorter name (a description can hold the rest) reads better',
    zh: "long-name.nodes.valid.csv，第 2 行，“name”列：名称长 315 个字符；图中只显示前 40 个，表格和详情中显示全文。建议缩短名称（其余内容可写入说明）",
  },
  "control characters in a label": {
    files: ["control-and-html.nodes.valid.csv"],
    ok: true,
    code: "invisible-characters-removed",
    en: 'control-and-html.nodes.valid.csv, row 3, column "name": removed invisible control or text-direction characters from the name; check that it reads as intended',
    zh: "control-and-html.nodes.valid.csv，第 3 行，“name”列：已从名称中删除不可见的控制字符或文字方向字符；请检查名称是否正确",
  },
  "__proto__ as an id": {
    files: ["proto-id.nodes.invalid.csv"],
    ok: false,
    code: "forbidden-id",
    en: 'proto-id.nodes.invalid.csv, row 2, column "id": "__proto__" cannot be used as an id (it has a special meaning in JavaScript); rename it, e.g. "__proto__-1"',
    zh: "proto-id.nodes.invalid.csv，第 2 行，“id”列：“__proto__”不能用作 id（它在 JavaScript 中有特殊含义）；请改名，例如“__proto__-1”",
  },
  "constructor as a value": {
    files: ["proto-id.nodes.invalid.csv"],
    ok: false,
    code: "forbidden-id",
    en: 'proto-id.nodes.invalid.csv, row 3, column "sector": "constructor" cannot be used as an id (it has a special meaning in JavaScript); rename it, e.g. "constructor-1"',
    zh: "proto-id.nodes.invalid.csv，第 3 行，“sector”列：“constructor”不能用作 id（它在 JavaScript 中有特殊含义）；请改名，例如“constructor-1”",
  },
  "constructor as a JSON key": {
    files: ["constructor-key.invalid.json"],
    ok: false,
    code: "forbidden-key",
    en: 'constructor-key.invalid.json, sectors[0].constructor: the key "constructor" is not allowed; rename it',
    zh: 'constructor-key.invalid.json，sectors[0].constructor：不允许使用键名 "constructor"，请改名',
  },
  "numeric id in JSON": {
    files: ["numeric-id.invalid.json"],
    ok: false,
    code: "number-not-text",
    en: 'numeric-id.invalid.json, enterprises[5].id: is the number 7; write it as text in quotes ("7"), since ids are text ("007" and "7" differ)',
    zh: 'numeric-id.invalid.json，enterprises[5].id：是数字 7；请加引号写成文本（"7"），因为 id 是文本（“007”与“7”不同）',
  },
  "non-finite coordinate in CSV": {
    files: [CLINICS, "non-finite.regions.invalid.csv"],
    ok: false,
    code: "not-a-coordinate",
    en: 'non-finite.regions.invalid.csv, row 4, column "lat": "1e999" is not a finite number between −90 and 90; write decimal degrees such as 37.87',
    zh: "non-finite.regions.invalid.csv，第 4 行，“lat”列：“1e999”不是 −90 到 90 之间的有限数；请填写十进制度数，例如 37.87",
  },
  "non-finite coordinate in JSON": {
    files: ["non-finite.invalid.json"],
    ok: false,
    code: "invalid",
    en: "non-finite.invalid.json, regions[5].point.lat: must be a finite number written with digits, such as 37.87 (got Infinity)",
    zh: "non-finite.invalid.json，regions[5].point.lat：必须是用数字写的有限数，例如 37.87（现为 Infinity）",
  },
  "empty result (CSV)": {
    files: ["empty-result.nodes.invalid.csv"],
    ok: false,
    code: "empty-result",
    en: "empty-result.nodes.invalid.csv: the file has no data rows, so there is nothing to draw; add at least one row under the header",
    zh: "empty-result.nodes.invalid.csv：文件中没有数据行，无法绘制；请在表头下至少添加一行",
  },
  "empty result (JSON)": {
    files: ["empty-enterprises.invalid.json"],
    ok: false,
    code: "invalid",
    en: "empty-enterprises.invalid.json, enterprises: needs at least one enterprise",
    zh: "empty-enterprises.invalid.json，enterprises：至少需要一家企业，否则没有可显示的内容",
  },
  "quote never closed": {
    files: ["unclosed-quote.nodes.invalid.csv"],
    ok: false,
    code: "unclosed-quote",
    en: 'unclosed-quote.nodes.invalid.csv, row 2: a quoted cell starting in this row is never closed; add the closing " or remove the opening one',
    zh: 'unclosed-quote.nodes.invalid.csv，第 2 行：从这一行开始的带引号单元格没有结束；请补上结尾的 " 或删去开头的引号',
  },
  "unknown tier": {
    files: ["unknown-tier.nodes.invalid.csv"],
    ok: false,
    code: "unknown-tier",
    en: 'unknown-tier.nodes.invalid.csv, row 2, column "tier": "boss" is not a tier; write commander (hub), medium or small (spoke), or leave the cell empty to infer it',
    zh: "unknown-tier.nodes.invalid.csv，第 2 行，“tier”列：“boss”不是有效层级；请填写 统帅（中心）、中型 或 小型，或留空以自动推断",
  },
  "edge list without an enterprise sheet": {
    files: ["edge-list.valid.csv"],
    ok: true,
    code: "enterprises-from-links",
    en: 'edge-list.valid.csv: no enterprise sheet: made 6 enterprises from the link ends, named by their ids and in the "Unknown" sector; add an enterprise sheet to give names and sectors',
    zh: "edge-list.valid.csv：没有企业表：已根据连线两端生成 6 个企业，以 id 命名，归入“未知”行业；如需名称和行业，请添加企业表",
  },
  "links written spoke to hub": {
    files: ["depots.nodes.valid.csv", "depots.links.valid.csv", "depots.regions.valid.csv"],
    ok: true,
    code: "links-turned-round",
    en: "depots.links.valid.csv: 1 link(s) ran from a spoke to a hub and were turned round (nothing to do)",
    zh: "depots.links.valid.csv：1 条连线是从外围企业指向中心企业的，已调换方向（无需处理）",
  },
  // A hand-written edge list of three groves of trees with no hub (the layout by links, issue 18).
  "a network with no hub, not a set of stars": {
    files: ["grove.links.valid.csv"],
    ok: true,
    code: "not-hub-and-spoke",
    // Not "14 nodes link to more than one hub", as it once said of a network without hubs.
    en: "grove.links.valid.csv: no node meets the hub rule; it is drawn as it is (nothing to do)",
    zh: "grove.links.valid.csv：没有节点符合枢纽规则；按原样绘制（无需处理）",
  },
};

describe("import cases, each with a fixture and its message in both languages", () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name}: ${expected.ok ? "loads with a warning" : "is rejected"}`, async () => {
      const result = await importFixtures(...expected.files);
      expect(result.ok, JSON.stringify(result.ok ? result.warnings : result.errors, null, 1)).toBe(
        expected.ok,
      );
      const problems = result.ok ? result.warnings : result.errors;
      const found = problems.filter((p) => p.code === expected.code);
      expect(found.map((p) => formatProblem(p, "en"))).toContain(expected.en);
      expect(found.map((p) => formatProblem(p, "zh"))).toContain(expected.zh);
    });
  }

  it("uses every fixture in fixtures/import", () => {
    const used = new Set(Object.values(CASES).flatMap((c) => c.files));
    const all = readdirSync(IMPORT_FIXTURES_DIR).filter((f) => /\.(csv|json)$/.test(f));
    const unused = all.filter((f) => !used.has(f) && !CHECKED_BELOW.includes(f));
    expect(unused).toEqual([]);
  });

  it("refuses a file over the size cap before reading a byte of it", async () => {
    let read = false;
    const huge = {
      name: "huge.csv",
      size: 21 * 1024 * 1024,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    const result = await importFiles([huge], { paletteSize: SECTOR_PALETTE.length });
    expect(read).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatProblem(result.errors[0] ?? ({} as never), "en")).toBe(
      "huge.csv: the file is 21.0 MB, more than the 20.0 MB that can be opened here; split it or remove columns you do not need",
    );
    expect(formatProblem(result.errors[0] ?? ({} as never), "zh")).toBe(
      "huge.csv：文件大小为 21.0 MB，超过可打开的上限 20.0 MB；请拆分文件或删去不需要的列",
    );
  });
});

describe("what an accepted import contains", () => {
  it("keeps ids as text: 007, 07 and 7 are three enterprises", async () => {
    const result = await importFixtures("zero-padded.nodes.valid.csv", "zero-padded.links.valid.csv");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.enterprises.map((e) => e.id)).toEqual(["007", "7", "07"]);
    expect(result.dataset.links.map((l) => [l.source, l.target])).toEqual([
      ["007", "7"],
      ["007", "07"],
    ]);
  });

  it("keeps HTML in a name as text and strips only the invisible characters", async () => {
    const result = await importFixtures("control-and-html.nodes.valid.csv");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.enterprises.map((e) => e.name.en)).toEqual([
      "<b>Bold</b> & <script>alert(1)</script>",
      "Clinicevil name",
    ]);
  });

  it("converts a two-sheet CSV with English headers: names in both languages, sectors, regions, support kinds, provenance", async () => {
    const result = await importFixtures(CLINICS, "clinics.links.valid.csv");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { dataset } = result;
    expect(result.warnings).toEqual([]);
    expect(dataset.title).toEqual({ zh: "clinics", en: "clinics" });
    expect(dataset.sectors.map((s) => s.id)).toEqual(["health", "machinery"]);
    expect(dataset.regions.map((r) => r.id)).toEqual(["north", "south"]);
    expect(dataset.supportKinds.map((k) => k.id)).toEqual(["training", "equipment", "technical instruction"]);
    expect(dataset.enterprises[0]).toMatchObject({
      id: "H1",
      name: { en: "County Hospital", zh: "县医院" },
      tier: "commander",
      provenance: { existence: { level: "documented", sources: ["source-1"] } },
    });
    expect(dataset.sources).toEqual([
      { id: "source-1", citation: CLINICS },
      { id: "source-2", citation: "clinics.links.valid.csv" },
    ]);
    expect(result.tiers).toMatchObject({
      hasTierColumn: true,
      tierFrom: "column",
      hubRule: { basis: "stars" },
    });
  });

  it("converts Chinese headers with a region sheet and infers hubs by degree", async () => {
    const result = await importFixtures(
      "depots.nodes.valid.csv",
      "depots.links.valid.csv",
      "depots.regions.valid.csv",
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.enterprises.map((e) => [e.id, e.tier])).toEqual([
      ["D1", "commander"],
      ["B1", "medium"],
      ["B2", "medium"],
      ["B3", "medium"],
    ]);
    expect(result.dataset.links.every((l) => l.source === "D1")).toBe(true);
    expect(result.dataset.regions[0]).toMatchObject({
      id: "taiyuan",
      kind: "city",
      point: { lat: 37.87, lon: 112.55 },
    });
    expect(result.tiers).toMatchObject({
      hasTierColumn: false,
      tierFrom: "degree",
      hubRule: { basis: "stars", minHubDegree: 2 },
    });
  });

  it("finds the two ports of a densely linked trade network, and only them, as hubs", async () => {
    const result = await importFixtures("trade.links.valid.csv");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const hubs = result.dataset.enterprises.filter((e) => e.tier === "commander").map((e) => e.id);
    expect(hubs.sort()).toEqual(["Port North", "Port South"]);
    expect(result.tiers?.hubRule).toMatchObject({ basis: "spread", minHubDegree: 16 });
    const codes = result.warnings.map((w) => w.code);
    expect(codes.filter((c) => c === "not-hub-and-spoke")).toHaveLength(1);
    expect(codes.filter((c) => /commander/.test(c))).toEqual([]);
  });

  it("lets the reader override the tier column and the hub threshold", async () => {
    const files = [importFixture(CLINICS), importFixture("clinics.links.valid.csv")];
    const byDegree = await importFiles(files, { paletteSize: 8, tierFrom: "degree", minHubDegree: 3 });
    if (!byDegree.ok) throw new Error(JSON.stringify(byDegree.errors));
    const commanders = byDegree.dataset.enterprises.filter((e) => e.tier === "commander").map((e) => e.id);
    expect(commanders).toEqual(["H1"]);
    expect(byDegree.tiers).toMatchObject({ hasTierColumn: true, tierFrom: "degree", chosenMinHubDegree: 3 });
  });

  it("imports the worked example of docs/data-format.md (public/data/examples) without a single warning", async () => {
    const dir = "public/data/examples";
    const files = ["clinics.nodes.csv", "clinics.links.csv", "clinics.regions.csv"].map((name) =>
      fileFromBytes(name, new Uint8Array(readFileSync(`${dir}/${name}`))),
    );
    const result = await importFiles(files, { paletteSize: SECTOR_PALETTE.length });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([]);
    expect(result.dataset.sources.map((s) => s.citation)).toEqual([
      "clinics.regions.csv",
      "County health bureau report 1958",
      "clinics.nodes.csv",
      "clinics.links.csv",
    ]);
  });

  it("reads the worked example with Chinese column names as the same network", async () => {
    const dir = "public/data/examples";
    const headers: Record<string, string> = {
      "clinics.nodes.csv": "编号,英文名,中文名,行业,地区,层级,出处",
      "clinics.links.csv": "起点,终点,方式",
      "clinics.regions.csv": "编号,英文名,中文名,类型,纬度,经度",
    };
    const load = (translate: boolean) =>
      importFiles(
        Object.entries(headers).map(([name, zhHeader]) => {
          const text = readFileSync(`${dir}/${name}`, "utf8");
          const body = translate ? text.replace(/^[^\n]*/, zhHeader) : text;
          return fileFromBytes(name, new TextEncoder().encode(body));
        }),
        { paletteSize: SECTOR_PALETTE.length },
      );
    const [english, chinese] = await Promise.all([load(false), load(true)]);
    if (!english.ok || !chinese.ok) throw new Error("the example did not load");
    expect(chinese.warnings).toEqual([]);
    expect(chinese.dataset).toEqual(english.dataset);
  });
});
