import type { Claim, Dataset } from "../data/schema";
import { formatNumber, type Lang, nameIn } from "../i18n/lang";
import {
  levelExplanation,
  levelName,
  type MessageKey,
  reliabilityName,
  tierName,
  translate,
} from "../i18n/translate";
import type { NetworkIndex } from "../model/networkIndex";
import { enterpriseLevel } from "../model/provenance";
import { wordsOf } from "../model/vocabulary";
import { usePaintedView, useStoreApi } from "./storeContext";
import { useLang, usePaintedIndex, useT } from "./useDerived";

export function ClaimView({ claim, dataset, lang }: { claim: Claim; dataset: Dataset; lang: Lang }) {
  const words = wordsOf(dataset);
  const t = (key: MessageKey) => translate(lang, key, {}, words.register);
  const pick = (text: { zh?: string | undefined; en?: string | undefined }) => nameIn(text, lang);
  return (
    <div className={`claim claim--${claim.level}`}>
      <span
        className={`level-badge level-badge--${claim.level}`}
        title={levelExplanation(lang, claim.level, words)}
      >
        {levelName(lang, claim.level, words)}
      </span>
      {claim.level === "attested" && <QuoteView quoteId={claim.quoteId} dataset={dataset} lang={lang} />}
      {claim.level === "documented" && (
        <ul className="source-list">
          {claim.sources.map((id) => (
            <SourceItem key={id} id={id} dataset={dataset} lang={lang} />
          ))}
          {claim.confidence && <li className="confidence">{`${t("confidence")}: ${t(claim.confidence)}`}</li>}
        </ul>
      )}
      {claim.level === "inferred" && (
        <>
          <p>
            {pick(claim.rationale)}{" "}
            <span className="confidence">({`${t("confidence")}: ${t(claim.confidence)}`})</span>
          </p>
          {claim.sources && claim.sources.length > 0 && (
            <ul className="source-list" aria-label={t("reasoningFrom")}>
              {claim.sources.map((id) => (
                <SourceItem key={id} id={id} dataset={dataset} lang={lang} />
              ))}
            </ul>
          )}
        </>
      )}
      {claim.level === "illustrative" && <p>{pick(claim.reason)}</p>}
      {claim.level === "unknown" && (
        <p>{claim.note ? pick(claim.note) : levelExplanation(lang, "unknown", words)}</p>
      )}
    </div>
  );
}

/** A cited source with its reliability in words, where to find it, or why it cannot be found again. */
function SourceItem({ id, dataset, lang }: { id: string; dataset: Dataset; lang: Lang }) {
  const source = dataset.sources.find((s) => s.id === id);
  if (!source) return <li>{id}</li>;
  return (
    <li>
      {source.citation}
      {source.reliability && (
        <span className="source-reliability"> ({reliabilityName(lang, source.reliability)})</span>
      )}
      {source.url && (
        <>
          {" "}
          {/* Inline so long URLs wrap without touching the shared stylesheet. */}
          <a
            className="source-url"
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            style={{ overflowWrap: "anywhere" }}
          >
            {source.url}
          </a>
        </>
      )}
      {source.notFindable && (
        <span className="source-unfindable">
          {" "}
          {translate(lang, "notFindable")} {nameIn(source.notFindable, lang)}
        </span>
      )}
    </li>
  );
}

/** Links listed in the details at most; the table sorts by total weight. */
const HEAVIEST_SHOWN = 8;

function LinkWeights({ id, index, lang }: { id: string; index: NetworkIndex; lang: Lang }) {
  const t = useT();
  const links = (index.linksOf.get(id) ?? [])
    .flatMap((linkId) => index.links.get(linkId) ?? [])
    .sort((a, b) => (b.weight ?? -1) - (a.weight ?? -1));
  return (
    <>
      <dt>{t("totalWeight")}</dt>
      <dd data-testid="total-weight">{formatNumber(lang, index.strength.get(id) ?? 0)}</dd>
      <dt>{t("linkWeights")}</dt>
      <dd>
        <ul className="contracted-list">
          {links.slice(0, HEAVIEST_SHOWN).map((link) => (
            <li key={link.id}>
              <EnterpriseButton
                id={link.source === id ? link.target : link.source}
                index={index}
                lang={lang}
              />
              {`: ${link.weight === undefined ? t("noWeight") : formatNumber(lang, link.weight)}`}
            </li>
          ))}
          {links.length > HEAVIEST_SHOWN && (
            <li>{t("moreLinks", { count: links.length - HEAVIEST_SHOWN })}</li>
          )}
        </ul>
      </dd>
    </>
  );
}

function QuoteView({ quoteId, dataset, lang }: { quoteId: string; dataset: Dataset; lang: Lang }) {
  const quote = dataset.quotes.find((q) => q.id === quoteId);
  if (!quote) return null;
  return (
    <figure className="quote">
      <blockquote lang="zh">{quote.zh}</blockquote>
      <blockquote lang="en" className="quote-translation">
        {quote.en}
      </blockquote>
      <figcaption>{nameIn(dataset.citation, lang)}</figcaption>
    </figure>
  );
}

function EnterpriseButton({ id, index, lang }: { id: string; index: NetworkIndex; lang: Lang }) {
  const store = useStoreApi();
  const enterprise = index.enterprises.get(id);
  if (!enterprise) return null;
  return (
    <button type="button" className="link-button" onClick={() => store.getState().select(id)}>
      {nameIn(enterprise.name, lang, id)}
    </button>
  );
}

export function DetailsPanel() {
  const store = useStoreApi();
  const index = usePaintedIndex();
  const lang = useLang();
  const t = useT();
  const { selectedId } = usePaintedView();
  const enterprise = selectedId ? index.enterprises.get(selectedId) : undefined;
  if (!enterprise) return null;

  const { dataset } = index;
  const sector = dataset.sectors.find((s) => s.id === enterprise.sector);
  const regionNames = (index.regionPath.get(enterprise.id) ?? []).map((id) =>
    nameIn(index.regions.get(id)?.name ?? {}, lang, id),
  );
  const commanderId = index.commanderOf.get(enterprise.id);
  const contracted = index.contractedBy.get(enterprise.id) ?? [];
  const supportIds = new Set(
    (index.linksOf.get(enterprise.id) ?? []).flatMap((linkId) => index.links.get(linkId)?.support ?? []),
  );
  const supportNames = [...supportIds].map((id) =>
    nameIn(dataset.supportKinds.find((k) => k.id === id)?.name ?? {}, lang, id),
  );
  const aspects = (["existence", "identity", "location", "role"] as const).filter(
    (a) => enterprise.provenance[a],
  );
  const level = enterpriseLevel(enterprise.provenance);
  const otherName = lang === "zh" ? enterprise.name.en : enterprise.name.zh;

  return (
    <aside className="details-panel" aria-labelledby="details-title" data-testid="details">
      <header>
        <h2 id="details-title">{nameIn(enterprise.name, lang, enterprise.id)}</h2>
        <button
          type="button"
          className="close"
          aria-label={t("close")}
          onClick={() => store.getState().select(null)}
        >
          ×
        </button>
      </header>
      {otherName && <p className="other-name">{otherName}</p>}
      {enterprise.name.pinyin && <p className="pinyin">{enterprise.name.pinyin}</p>}
      <p>
        <span className={`level-badge level-badge--${level}`}>{levelName(lang, level, index.words)}</span>{" "}
        {/* Said in words as well as in the badge's tooltip, so touch and keyboard readers get it too. */}
        <span className="legend-note">{levelExplanation(lang, level, index.words)}</span>
      </p>
      <dl>
        <dt>{t("tier")}</dt>
        <dd>{tierName(lang, enterprise.tier, index.words)}</dd>
        <dt>{t("network")}</dt>
        <dd>{sector ? nameIn(sector.name, lang, sector.id) : enterprise.sector}</dd>
        <dt>{t("region")}</dt>
        <dd>{regionNames.length > 0 ? regionNames.join(" · ") : t("regionUnknown")}</dd>
        {commanderId && (
          <>
            <dt>{t("commander")}</dt>
            <dd>
              <EnterpriseButton id={commanderId} index={index} lang={lang} />
            </dd>
          </>
        )}
        {contracted.length > 0 && (
          <>
            <dt>{`${t("contractedFactories")} (${formatNumber(lang, contracted.length)})`}</dt>
            <dd>
              <ul className="contracted-list">
                {contracted.map((id) => (
                  <li key={id}>
                    <EnterpriseButton id={id} index={index} lang={lang} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {index.strength.size > 0 && <LinkWeights id={enterprise.id} index={index} lang={lang} />}
        {supportNames.length > 0 && (
          <>
            <dt>{t("support")}</dt>
            <dd>{supportNames.join(lang === "zh" ? "、" : ", ")}</dd>
          </>
        )}
      </dl>
      {enterprise.description && <p className="description">{nameIn(enterprise.description, lang)}</p>}
      <h3>{t("provenanceHeading")}</h3>
      <dl className="provenance">
        {aspects.map((aspect) => {
          const claim = enterprise.provenance[aspect];
          return claim ? (
            <div key={aspect}>
              <dt>{t(aspect)}</dt>
              <dd>
                <ClaimView claim={claim} dataset={dataset} lang={lang} />
              </dd>
            </div>
          ) : null;
        })}
      </dl>
    </aside>
  );
}
