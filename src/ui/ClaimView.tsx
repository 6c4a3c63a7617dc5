/** A provenance claim as the details and the sources panel show it: level, then quote, sources or reason. */
import type { Claim, Dataset } from "../data/schema";
import { type Lang, nameIn } from "../i18n/lang";
import { levelExplanation, levelName, type MessageKey, reliabilityName, translate } from "../i18n/translate";
import { wordsOf } from "../model/vocabulary";
import { useKiosk } from "./embedContext";

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
  const kiosk = useKiosk();
  const source = dataset.sources.find((s) => s.id === id);
  if (!source) return <li>{id}</li>;
  return (
    <li>
      {source.citation}
      {source.reliability && (
        <span className="source-reliability"> ({reliabilityName(lang, source.reliability)})</span>
      )}
      {source.url && kiosk && (
        // A kiosk has no way out of the page: the address is there to note down, not to follow.
        <>
          {" "}
          <span className="source-url" style={{ overflowWrap: "anywhere" }}>
            {source.url}
          </span>
        </>
      )}
      {source.url && !kiosk && (
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
