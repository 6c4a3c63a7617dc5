/** Where an import stands, shared by the importer (which drives it) and its dialog (which shows it). */
import type { ImportOptions, ImportProgress, ImportResult } from "../data/import/importFiles";
import type { LayoutReport } from "./importLayout";

/** The reader's choices in the report: hubs, and for a graph file, the network and region attributes. */
export type TierChoice = Pick<ImportOptions, "tierFrom" | "minHubDegree" | "attributeRoles">;

export type ImportState =
  | { phase: "idle" }
  | { phase: "working"; files: File[]; progress: ImportProgress | null; visible: boolean }
  | { phase: "drawing"; files: File[]; result: ImportResult & { ok: true } }
  /** `layout` for an opened network: how it is laid out, and what else it could be. */
  | { phase: "done"; files: File[]; result: ImportResult; layout?: LayoutReport }
  | { phase: "crashed"; files: File[]; reason: string };
