/**
 * What the article itself attests, each fact with its quote, so readers can tell record from
 * reconstruction; and under what licences the code, the dataset, the quoted article and the font come.
 */
import { nameIn } from "../i18n/lang";
import type { MessageKey } from "../i18n/translate";
import { ClaimView } from "./ClaimView";
import { useLang, useNetworkIndex, useT } from "./useDerived";

export function AboutSources() {
  const { dataset } = useNetworkIndex();
  const lang = useLang();
  const t = useT();
  // The dataset and article lines speak of the 1958 dataset; an imported network's licence is its owner's to state.
  const licences: MessageKey[] = dataset.article
    ? ["licenceCode", "licenceDataset", "licenceArticle", "licenceFont"]
    : ["licenceCode", "licenceFont"];
  return (
    <>
      {dataset.facts.length > 0 && (
        <details className="about-sources">
          <summary>{t("about")}</summary>
          <ul>
            {dataset.facts.map((fact) => (
              <li key={fact.id}>
                <p>{nameIn(fact.text, lang, fact.id)}</p>
                <ClaimView claim={fact.provenance.existence} dataset={dataset} lang={lang} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <details className="about-sources" data-testid="licences">
        <summary>{t("licences")}</summary>
        <ul>
          {licences.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
