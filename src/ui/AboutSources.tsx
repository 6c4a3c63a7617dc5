/** What the article itself attests, each fact with its quote, so readers can tell record from reconstruction. */
import { nameIn } from "../i18n/lang";
import { ClaimView } from "./ClaimView";
import { useLang, useNetworkIndex, useT } from "./useDerived";

export function AboutSources() {
  const { dataset } = useNetworkIndex();
  const lang = useLang();
  const t = useT();
  if (dataset.facts.length === 0) return null;
  return (
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
  );
}
