/** Claim constructors, one per provenance level of src/data/schema.ts, with a fixed key order. */

export const attested = (quoteId) => ({ level: "attested", quoteId });

export const documented = (sources, confidence) => ({ level: "documented", sources, confidence });

export const inferred = (confidence, en, zh) => ({ level: "inferred", rationale: { zh, en }, confidence });

export const illustrative = (en, zh) => ({ level: "illustrative", reason: { zh, en } });

export const unknown = (en, zh) => ({ level: "unknown", note: { zh, en } });
