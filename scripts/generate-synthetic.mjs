// Deterministic synthetic hub-and-spoke datasets in the app's own format, for benchmarks and tests.
//
//   node scripts/generate-synthetic.mjs                          writes fixtures/synthetic/synthetic-1000.json
//   node scripts/generate-synthetic.mjs --sizes 1000,5000 --out dir
//
// Shape (like the Shanxi networks, scaled): 5 sectors, each with k = round(sqrt(N / 100)) commanders;
// every other enterprise is a factory contracted to exactly one commander of its sector (one in ten
// medium, the rest small), linked commander -> factory; commanders of a sector are also linked in a
// ring. 10 prefectures of 10 counties each; every factory stands in one county. The same size and
// seed always give the same bytes (a seeded PRNG, no clock, no Math.random).

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SYNTHETIC_SIZES = [1000, 5000, 20000, 50000];
const DEFAULT_SEED = 1958;

const SECTORS = [
  { id: "machinery", zh: "机械网", en: "Machinery", pinyin: "ji xie wang" },
  { id: "coal", zh: "煤炭网", en: "Coal", pinyin: "mei tan wang" },
  { id: "fertiliser", zh: "化肥网", en: "Fertiliser", pinyin: "hua fei wang" },
  { id: "power", zh: "动力网", en: "Power", pinyin: "dong li wang" },
  { id: "specialty", zh: "土特产网", en: "Local specialties", pinyin: "tu te chan wang" },
];
const SUPPORT_KINDS = ["personnel", "equipment", "materials", "technical-instruction", "problem-solving"];
/** Place words: a search for "q" finds the few whose name has one, as in the real dataset. */
const PLACES = [
  ["东山", "Dongshan"],
  ["西河", "Xihe"],
  ["南岭", "Nanling"],
  ["北关", "Beiguan"],
  ["青石", "Qingshi"],
  ["红旗", "Hongqi"],
  ["长城", "Changcheng"],
  ["新华", "Xinhua"],
  ["太平", "Taiping"],
  ["黄河", "Huanghe"],
  ["汾阳", "Fenyang"],
  ["平定", "Pingding"],
  ["五台", "Wutai"],
  ["阳城", "Yangcheng"],
  ["沁源", "Qinyuan"],
  ["临汾", "Linfen"],
  ["安泽", "Anze"],
  ["灵丘", "Lingqiu"],
  ["左云", "Zuoyun"],
  ["河曲", "Hequ"],
];
const WORKS = [
  ["农具厂", "farm-tool works"],
  ["修配厂", "repair works"],
  ["煤矿", "coal mine"],
  ["化肥厂", "fertiliser plant"],
  ["电站", "power station"],
  ["铁厂", "iron works"],
  ["砖瓦厂", "brick and tile works"],
  ["造纸厂", "paper mill"],
  ["食品厂", "food works"],
  ["纺织厂", "textile mill"],
];

/** mulberry32: a small, fast PRNG with a 32-bit state; good enough to scatter synthetic records. */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (value, width) => String(value).padStart(width, "0");

/**
 * A synthetic dataset with `count` enterprises (at least 10) that passes src/data/loadDataset.ts
 * without errors or warnings.
 * @param {number} count
 * @param {{ seed?: number }} [options]
 */
export function generateSyntheticDataset(count, { seed = DEFAULT_SEED } = {}) {
  if (!Number.isInteger(count) || count < 10) throw new Error(`count must be an integer >= 10, got ${count}`);
  const random = createRandom(seed + count);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const width = String(count).length;

  const quotes = [
    {
      id: "q-synthetic",
      zh: "每个工业网中的县营工业、地方工业都把国营厂矿当统帅。",
      en: "In every network, county and local industry take the state plants and mines as their commanders.",
    },
  ];
  const sources = [
    { id: "src-synthetic", citation: "Synthetic benchmark data (scripts/generate-synthetic.mjs)" },
  ];
  const attested = { level: "attested", quoteId: "q-synthetic" };
  const documented = { level: "documented", sources: ["src-synthetic"], confidence: "low" };
  const illustrative = { level: "illustrative", reason: { en: "Synthetic record", zh: "合成记录" } };

  const regions = [];
  const counties = [];
  for (let p = 1; p <= 10; p++) {
    const [placeZh, placeEn] = PLACES[(p - 1) % PLACES.length];
    const prefecture = `pref-${pad(p, 2)}`;
    regions.push({
      id: prefecture,
      kind: "prefecture",
      name: { zh: `${placeZh}专区`, en: `${placeEn} Prefecture`, pinyin: `${placeEn} Zhuanqu` },
    });
    for (let c = 1; c <= 10; c++) {
      const [countyZh, countyEn] = PLACES[(p * 7 + c) % PLACES.length];
      const id = `${prefecture}-county-${pad(c, 2)}`;
      regions.push({
        id,
        kind: "county",
        parent: prefecture,
        name: { zh: `${countyZh}${c}县`, en: `${countyEn} ${c} County`, pinyin: `${countyEn} ${c} Xian` },
      });
      counties.push(id);
    }
  }

  const hubsPerSector = Math.max(1, Math.round(Math.sqrt(count / 100)));
  const enterprises = [];
  const links = [];
  const hubs = [];
  let serial = 0;
  const nextSerial = () => pad(++serial, width);

  for (const sector of SECTORS) {
    const sectorHubs = [];
    for (let h = 1; h <= hubsPerSector; h++) {
      const id = `${sector.id}-c${pad(h, 3)}`;
      const [placeZh, placeEn] = pick(PLACES);
      enterprises.push({
        id,
        name: {
          zh: `${placeZh}国营${sector.zh.replace("网", "")}厂 ${h}`,
          en: `${placeEn} state ${sector.en.toLowerCase()} plant ${h}`,
          pinyin: `${placeEn} guo ying chang ${h}`,
        },
        sector: sector.id,
        tier: "commander",
        region: pick(counties),
        provenance: { existence: attested, role: attested },
      });
      sectorHubs.push(id);
    }
    hubs.push(sectorHubs);
    // Commanders of one network cooperate: a ring (a single link for two, none for one).
    for (let h = 0; h < sectorHubs.length && sectorHubs.length > 1; h++) {
      if (sectorHubs.length === 2 && h === 1) break;
      const source = sectorHubs[h];
      const target = sectorHubs[(h + 1) % sectorHubs.length];
      links.push({
        id: `link-${source}-${target}`,
        source,
        target,
        support: ["technical-instruction"],
        provenance: { existence: illustrative },
      });
    }
  }

  const factories = count - enterprises.length;
  for (let f = 0; f < factories; f++) {
    const sectorIndex = f % SECTORS.length;
    const sector = SECTORS[sectorIndex];
    const commander = hubs[sectorIndex][Math.floor(f / SECTORS.length) % hubsPerSector];
    const medium = random() < 0.1;
    const number = nextSerial();
    const id = `${sector.id}-${medium ? "m" : "s"}${number}`;
    const [placeZh, placeEn] = pick(PLACES);
    const [worksZh, worksEn] = pick(WORKS);
    enterprises.push({
      id,
      name: {
        zh: `${placeZh}${worksZh}${number}`,
        en: `${placeEn} ${worksEn} ${number}`,
        pinyin: `${placeEn} ${number}`,
      },
      sector: sector.id,
      tier: medium ? "medium" : "small",
      region: pick(counties),
      provenance: { existence: attested, identity: medium ? documented : illustrative },
    });
    const support = [pick(SUPPORT_KINDS)];
    if (random() < 0.3) support.push(pick(SUPPORT_KINDS.filter((kind) => kind !== support[0])));
    links.push({
      id: `link-${number}`,
      source: commander,
      target: id,
      support,
      provenance: { existence: attested, pairing: random() < 0.5 ? illustrative : documented },
    });
  }

  return {
    schemaVersion: "1",
    id: `synthetic-${count}`,
    title: { zh: `合成工业网（${count}家企业）`, en: `Synthetic networks (${count} enterprises)` },
    subtitle: { zh: "性能测试用的合成数据", en: "Synthetic data for performance tests" },
    citation: { zh: "合成数据", en: "Synthetic data" },
    quotes,
    sources,
    sectors: SECTORS.map((s) => ({
      id: s.id,
      name: { zh: s.zh, en: s.en, pinyin: s.pinyin },
      provenance: { existence: illustrative },
    })),
    supportKinds: SUPPORT_KINDS.map((id) => ({ id, name: { en: id.replace("-", " "), zh: id } })),
    regions,
    enterprises,
    links,
  };
}

/** The file text for a size: compact JSON (large files are generated at bench time, not committed). */
export function syntheticDatasetText(count, options) {
  return `${JSON.stringify(generateSyntheticDataset(count, options))}\n`;
}

function main(argv) {
  const option = (name, fallback) => {
    const index = argv.indexOf(name);
    return index === -1 ? fallback : argv[index + 1];
  };
  const sizes = option("--sizes", "1000")
    .split(",")
    .map((s) => Number(s.trim()));
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const outDir = path.resolve(option("--out", path.join(root, "fixtures", "synthetic")));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of sizes) {
    const file = path.join(outDir, `synthetic-${size}.json`);
    const text = syntheticDatasetText(size);
    fs.writeFileSync(file, text);
    console.log(
      `${path.relative(process.cwd(), file)}: ${size} enterprises, ${(text.length / 1e6).toFixed(2)} MB`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
