/** Claim constructors, one per provenance level of src/data/schema.ts, with a fixed key order. */

export const attested = (quoteId) => ({ level: "attested", quoteId });

export const documented = (sources, confidence) => ({ level: "documented", sources, confidence });

/** `sources`: the documented facts the reasoning starts from, when there are any. */
export const inferred = (confidence, en, zh, sources) => ({
  level: "inferred",
  rationale: { zh, en },
  confidence,
  ...(sources ? { sources } : {}),
});

export const illustrative = (en, zh) => ({ level: "illustrative", reason: { zh, en } });

export const unknown = (en, zh) => ({ level: "unknown", note: { zh, en } });
