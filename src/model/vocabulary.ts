/**
 * The words a dataset is described in. The 1958 article's networks have commanders, medium and small
 * factories, and claims "stated in the article"; any other network has hubs, intermediate nodes and
 * leaves (or the tier names its file gives), and no article to cite.
 */
import type { Dataset, LocalText, Tier } from "../data/schema";
import type { Register } from "../i18n/translate";

export type { Register };

export interface Words {
  register: Register;
  /** Tier names the dataset gives, in place of the register's. */
  tierNames: Partial<Record<Tier, LocalText>>;
}

export function wordsOf(dataset: Dataset): Words {
  return { register: dataset.article ? "article" : "network", tierNames: dataset.tierNames ?? {} };
}
