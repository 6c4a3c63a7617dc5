/**
 * The dataset format: one valibot schema from which the TypeScript types are derived.
 * The default Shanxi dataset and every user dataset go through the same schema.
 *
 * Provenance is recorded per aspect of a record (does it exist, who is it, where is it,
 * what role does it play), because most records mix levels: the article attests that
 * twenty medium factories existed, but every name given to them is illustrative.
 */
import * as v from "valibot";

const FORBIDDEN_IDS = new Set(["__proto__", "constructor", "prototype"]);

export const IdSchema = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty("must not be empty"),
  v.maxLength(200, "must be at most 200 characters"),
  v.check((id) => !FORBIDDEN_IDS.has(id), "must not be __proto__, constructor or prototype"),
);

const FINITE = "must be a finite number written with digits, such as 37.87";

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty("must not be empty"));

/** A name in Chinese and English; pinyin (without tones) makes Chinese names searchable by Latin letters. */
export const NameSchema = v.object({
  zh: v.optional(v.string()),
  en: v.optional(v.string()),
  pinyin: v.optional(v.string()),
});

export const LocalTextSchema = v.object({ zh: v.optional(v.string()), en: v.optional(v.string()) });

export const ConfidenceSchema = v.picklist(["high", "medium", "low"]);

export const AttestedSchema = v.object({ level: v.literal("attested"), quoteId: IdSchema });
export const DocumentedSchema = v.object({
  level: v.literal("documented"),
  sources: v.pipe(v.array(IdSchema), v.minLength(1, "needs at least one source id")),
  confidence: v.optional(ConfidenceSchema),
});
export const InferredSchema = v.object({
  level: v.literal("inferred"),
  rationale: v.pipe(
    LocalTextSchema,
    v.check((t) => Boolean(t.en || t.zh), "needs a rationale"),
  ),
  confidence: ConfidenceSchema,
  /** Sources of the documented facts the reasoning starts from, when there are any. */
  sources: v.optional(v.array(IdSchema)),
});
export const IllustrativeSchema = v.object({
  level: v.literal("illustrative"),
  reason: v.pipe(
    LocalTextSchema,
    v.check((t) => Boolean(t.en || t.zh), "needs a reason"),
  ),
});
/** Something attested to exist but not identified by any source (rendered as an anonymous record). */
export const UnknownSchema = v.object({ level: v.literal("unknown"), note: v.optional(LocalTextSchema) });

export const ClaimSchema = v.variant("level", [
  AttestedSchema,
  DocumentedSchema,
  InferredSchema,
  IllustrativeSchema,
  UnknownSchema,
]);

export const ProvenanceSchema = v.object({
  existence: ClaimSchema,
  identity: v.optional(ClaimSchema),
  location: v.optional(ClaimSchema),
  role: v.optional(ClaimSchema),
});

export const LinkProvenanceSchema = v.object({
  existence: ClaimSchema,
  pairing: v.optional(ClaimSchema),
});

export const QuoteSchema = v.object({ id: IdSchema, zh: Text, en: Text });

/**
 * primary: contemporaneous press or archives; secondary: reference works and scholarship; tertiary: web
 * reposts and company histories; modern-geodata: present-day map data, evidence of where places are now only.
 */
export const RELIABILITIES = ["primary", "secondary", "tertiary", "modern-geodata"] as const;

export const SourceSchema = v.object({
  id: IdSchema,
  citation: Text,
  url: v.optional(v.string()),
  reliability: v.optional(v.picklist(RELIABILITIES)),
  /** Why this source cannot be found again from its citation (no URL, edition, page or date was kept). */
  notFindable: v.optional(LocalTextSchema),
});

export const ArticleSchema = v.object({
  id: IdSchema,
  publication: LocalTextSchema,
  date: v.pipe(v.string(), v.isoDate()),
  page: v.optional(v.pipe(v.number(), v.finite(FINITE))),
  dateline: v.optional(LocalTextSchema),
  title: LocalTextSchema,
  textZh: Text,
  textEn: v.optional(v.string()),
});

export const TierSchema = v.picklist(["commander", "medium", "small"]);

/**
 * Members a source says a network had without naming any ("twenty medium factories"). Records that
 * stand in for them carry an attested existence with the same quote; when they are hidden, the graph
 * keeps a placeholder for what the source says.
 */
export const UnnamedMembersSchema = v.object({
  tier: TierSchema,
  /** How many the source says there were; absent when it gives no number ("the small factories of every county"). */
  count: v.optional(
    v.pipe(v.number(), v.integer("must be a whole number"), v.minValue(1, "must be at least 1")),
  ),
  /** What the source calls them, as the placeholder names them ("20 medium factories"). */
  text: v.pipe(
    LocalTextSchema,
    v.check((t) => Boolean(t.en || t.zh), "needs a text"),
  ),
  quoteId: IdSchema,
});

export const SectorSchema = v.object({
  id: IdSchema,
  name: NameSchema,
  description: v.optional(LocalTextSchema),
  provenance: v.optional(ProvenanceSchema),
  unnamedMembers: v.optional(v.array(UnnamedMembersSchema)),
});

export const SupportKindSchema = v.object({
  id: IdSchema,
  name: LocalTextSchema,
  provenance: v.optional(ProvenanceSchema),
});

export const PointSchema = v.object({
  lat: v.pipe(
    v.number(),
    v.finite(FINITE),
    v.minValue(-90, "must be at least -90"),
    v.maxValue(90, "must be at most 90"),
  ),
  lon: v.pipe(
    v.number(),
    v.finite(FINITE),
    v.minValue(-180, "must be at least -180"),
    v.maxValue(180, "must be at most 180"),
  ),
  confidence: v.optional(v.string()),
  note: v.optional(v.string()),
});

export const RegionSchema = v.object({
  id: IdSchema,
  kind: v.picklist(["prefecture", "city", "county"]),
  name: NameSchema,
  parent: v.optional(IdSchema),
  point: v.optional(PointSchema),
  provenance: v.optional(ProvenanceSchema),
});

export const EnterpriseSchema = v.object({
  id: IdSchema,
  name: NameSchema,
  sector: IdSchema,
  tier: TierSchema,
  /**
   * "group": not one enterprise but several a source speaks of together (Taiyuan's state industrial
   * enterprises, a prefecture's local industry); absent or "enterprise": a single enterprise.
   */
  kind: v.optional(v.picklist(["enterprise", "group"])),
  /** The region it stands in; absent when no source says where it was. */
  region: v.optional(IdSchema),
  description: v.optional(LocalTextSchema),
  /** Where the file placed it (a GEXF or GraphML x and y); when every enterprise has one, the layout keeps them. */
  position: v.optional(
    v.object({ x: v.pipe(v.number(), v.finite(FINITE)), y: v.pipe(v.number(), v.finite(FINITE)) }),
  ),
  provenance: ProvenanceSchema,
});

export const LinkSchema = v.object({
  id: IdSchema,
  /** The commander. */
  source: IdSchema,
  /** The contracted factory. */
  target: IdSchema,
  support: v.optional(v.array(IdSchema), []),
  /** How strong the link is, in the data's own unit; drawn as line width. */
  weight: v.optional(v.pipe(v.number(), v.finite(FINITE), v.minValue(0, "must be 0 or more"))),
  /** "in-progress": the source says the tie was being established, not that it existed; default established. */
  status: v.optional(v.picklist(["established", "in-progress"])),
  provenance: LinkProvenanceSchema,
});

export const FactSchema = v.object({
  id: IdSchema,
  text: LocalTextSchema,
  provenance: ProvenanceSchema,
});

/** One revision of a dataset's content: when, and what changed, in words. */
export const ChangeSchema = v.object({
  date: v.pipe(v.string(), v.isoDate()),
  changes: v.pipe(v.array(LocalTextSchema), v.minLength(1, "needs at least one change")),
});

export const TierNamesSchema = v.object({
  commander: v.optional(LocalTextSchema),
  medium: v.optional(LocalTextSchema),
  small: v.optional(LocalTextSchema),
});

export const DatasetSchema = v.object({
  schemaVersion: v.literal("1"),
  id: IdSchema,
  title: LocalTextSchema,
  /** What the dataset calls its tiers; without it, the article's words or "Hub / Intermediate / Leaf". */
  tierNames: v.optional(TierNamesSchema),
  subtitle: v.optional(LocalTextSchema),
  /** The short source line shown on the page and in every export. */
  citation: LocalTextSchema,
  article: v.optional(ArticleSchema),
  quotes: v.optional(v.array(QuoteSchema), []),
  sources: v.optional(v.array(SourceSchema), []),
  facts: v.optional(v.array(FactSchema), []),
  sectors: v.pipe(v.array(SectorSchema), v.minLength(1, "needs at least one sector")),
  supportKinds: v.optional(v.array(SupportKindSchema), []),
  regions: v.optional(v.array(RegionSchema), []),
  enterprises: v.pipe(v.array(EnterpriseSchema), v.minLength(1, "needs at least one enterprise")),
  links: v.optional(v.array(LinkSchema), []),
  /** false: a link's direction means nothing (an undirected GEXF or GraphML); absent: from hub to spoke. */
  directed: v.optional(v.boolean()),
  /** Revisions of the content, oldest first. */
  changelog: v.optional(v.array(ChangeSchema)),
});

export type Name = v.InferOutput<typeof NameSchema>;
export type LocalText = v.InferOutput<typeof LocalTextSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type ProvenanceLevel = Claim["level"];
export type Provenance = v.InferOutput<typeof ProvenanceSchema>;
export type LinkProvenance = v.InferOutput<typeof LinkProvenanceSchema>;
export type Tier = v.InferOutput<typeof TierSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Reliability = (typeof RELIABILITIES)[number];
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Sector = v.InferOutput<typeof SectorSchema>;
export type UnnamedMembers = v.InferOutput<typeof UnnamedMembersSchema>;
export type SupportKind = v.InferOutput<typeof SupportKindSchema>;
export type Region = v.InferOutput<typeof RegionSchema>;
export type Enterprise = v.InferOutput<typeof EnterpriseSchema>;
export type Link = v.InferOutput<typeof LinkSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Change = v.InferOutput<typeof ChangeSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;

export const TIERS: readonly Tier[] = ["commander", "medium", "small"];
/** Strongest first; `unknown` identity renders as an anonymous attested record, so it ranks with attested. */
export const PROVENANCE_LEVELS = ["attested", "documented", "inferred", "illustrative"] as const;
export type DisplayLevel = (typeof PROVENANCE_LEVELS)[number];
