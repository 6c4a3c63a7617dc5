/**
 * The committed Shanxi dataset as the dataset tests read it: parsed by the schema alone (not the loader),
 * so that each test's own checks, not the loader's, decide what is wrong; with every claim located by path.
 */
import { readFileSync } from "node:fs";
import * as v from "valibot";
import { type Claim, type Dataset, DatasetSchema } from "../../src/data/schema";

const ROOT = new URL("../../", import.meta.url);
export const DATASET_TEXT = readFileSync(new URL("public/data/shanxi-1958.json", ROOT), "utf8");
export const parsedDataset = v.safeParse(DatasetSchema, JSON.parse(DATASET_TEXT));

/** A fresh copy of the parsed dataset, safe to mutate. */
export function loadShanxi(): Dataset {
  if (!parsedDataset.success) throw new Error("public/data/shanxi-1958.json does not match DatasetSchema");
  return structuredClone(parsedDataset.output);
}

type ProvenanceLike = Record<string, Claim | undefined>;
export interface LocatedClaim {
  path: string;
  claim: Claim;
}

function claimsOf(collection: string, records: readonly { id: string; provenance?: ProvenanceLike }[]) {
  return records.flatMap((record) =>
    Object.entries(record.provenance ?? {}).flatMap(([aspect, claim]) =>
      claim ? [{ path: `${collection}/${record.id}/${aspect}`, claim }] : [],
    ),
  );
}

export function allClaims(ds: Dataset): LocatedClaim[] {
  return [
    ...claimsOf("sectors", ds.sectors),
    ...claimsOf("supportKinds", ds.supportKinds),
    ...claimsOf("facts", ds.facts),
    ...claimsOf("regions", ds.regions),
    ...claimsOf("enterprises", ds.enterprises),
    ...claimsOf("links", ds.links),
  ];
}

export function findEnterprise(ds: Dataset, id: string) {
  const found = ds.enterprises.find((e) => e.id === id);
  if (!found) throw new Error(`no enterprise ${id}`);
  return found;
}

export function findLink(ds: Dataset, id: string) {
  const found = ds.links.find((l) => l.id === id);
  if (!found) throw new Error(`no link ${id}`);
  return found;
}
