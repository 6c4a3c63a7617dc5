/**
 * The sources panel, loaded on first use: the article in Chinese and English side by side under its
 * headline and dateline, then every other source the dataset cites, grouped by reliability, each
 * with its link and the records that rest on it. A native modal <dialog>, like export and embed.
 */
import { useEffect, useId, useMemo, useRef } from "react";
import type { Article, Dataset } from "../data/schema";
import { type Lang, nameIn } from "../i18n/lang";
import { type SourcesMessageKey, sourcesMessage } from "../i18n/sourcesMessages";
import { reliabilityName } from "../i18n/translate";
import {
  articleParagraphs,
  type BibliographyEntry,
  buildBibliography,
  type CitingRecord,
} from "../model/bibliography";
import { keepFocusInside } from "./dialogFocus";
import "./modal.css";
import "./sourcesDialog.css";
import { useStoreApi } from "./storeContext";
import { useLang, useNetworkIndex, useT } from "./useDerived";

function ArticleView({ article, dataset, lang }: { article: Article; dataset: Dataset; lang: Lang }) {
  const say = (key: SourcesMessageKey) => sourcesMessage(lang, key);
  const zhParagraphs = articleParagraphs(article.textZh, article.title.zh);
  const enParagraphs = articleParagraphs(article.textEn ?? "", article.title.en);
  const rows = Math.max(zhParagraphs.length, enParagraphs.length);
  return (
    <section className="sources-article" aria-labelledby="sources-article-heading">
      <h3 id="sources-article-heading">{say("theArticle")}</h3>
      <p className="sources-credit">{nameIn(dataset.citation, lang)}</p>
      {/* Row by row, so each paragraph stands beside its translation (and above it on a phone). */}
      <div className="article-columns">
        <div className="article-cell article-head" lang="zh">
          <p className="article-version">{say("chineseOriginal")}</p>
          <h4 data-testid="headline-zh">{article.title.zh}</h4>
          {article.dateline?.zh && <p className="article-dateline">{article.dateline.zh}</p>}
        </div>
        <div className="article-cell article-head" lang="en">
          <p className="article-version">{say("englishTranslation")}</p>
          {article.title.en && <h4 data-testid="headline-en">{article.title.en}</h4>}
          {article.dateline?.en && <p className="article-dateline">{article.dateline.en}</p>}
          {enParagraphs.length === 0 && <p>{say("noTranslation")}</p>}
        </div>
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed text in a fixed order
          <ArticleRow key={i} zh={zhParagraphs[i]} en={enParagraphs[i]} />
        ))}
      </div>
    </section>
  );
}

function ArticleRow({ zh, en }: { zh: string | undefined; en: string | undefined }) {
  return (
    <>
      <p className="article-cell" lang="zh">
        {zh}
      </p>
      <p className="article-cell" lang="en">
        {en}
      </p>
    </>
  );
}

function useRecordName() {
  const index = useNetworkIndex();
  const lang = useLang();
  return (record: CitingRecord): string => {
    const { dataset } = index;
    const enterprise = (id: string) => nameIn(index.enterprises.get(id)?.name ?? {}, lang, id);
    switch (record.kind) {
      case "enterprise":
        return enterprise(record.id);
      case "link": {
        const link = index.links.get(record.id);
        return link ? `${enterprise(link.source)} – ${enterprise(link.target)}` : record.id;
      }
      case "region":
        return nameIn(index.regions.get(record.id)?.name ?? {}, lang, record.id);
      case "sector":
        return nameIn(dataset.sectors.find((s) => s.id === record.id)?.name ?? {}, lang, record.id);
      case "supportKind":
        return nameIn(dataset.supportKinds.find((k) => k.id === record.id)?.name ?? {}, lang, record.id);
      case "fact":
        return nameIn(dataset.facts.find((f) => f.id === record.id)?.text ?? {}, lang, record.id);
    }
  };
}

function SourceEntry({ entry, onShow }: { entry: BibliographyEntry; onShow: (id: string) => void }) {
  const lang = useLang();
  const say = (key: SourcesMessageKey, params?: Record<string, string>) => sourcesMessage(lang, key, params);
  const recordName = useRecordName();
  const { source, citedBy } = entry;
  return (
    <li className="bibliography-entry" data-source-id={source.id}>
      <p className="bibliography-citation">{source.citation}</p>
      {source.url && (
        <p>
          <a href={source.url} target="_blank" rel="noopener noreferrer" className="source-url">
            {source.url}
          </a>{" "}
          <span className="visually-hidden">{say("opensInNewTab")}</span>
        </p>
      )}
      {source.notFindable && <p className="source-unfindable">{nameIn(source.notFindable, lang)}</p>}
      {citedBy.length === 0 ? (
        <p className="bibliography-cited">{say("citedByNothing")}</p>
      ) : (
        <div className="bibliography-cited">
          <span>{say("citedBy")}</span>
          <ul>
            {citedBy.map((record) => {
              const name = recordName(record);
              return (
                <li key={`${record.kind}:${record.id}`}>
                  {record.kind === "enterprise" ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={say("showInGraph", { name })}
                      onClick={() => onShow(record.id)}
                    >
                      {name}
                    </button>
                  ) : (
                    name
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </li>
  );
}

export default function SourcesDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const store = useStoreApi();
  const { dataset } = useNetworkIndex();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const groups = useMemo(() => buildBibliography(dataset), [dataset]);
  const say = (key: SourcesMessageKey) => sourcesMessage(lang, key);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const show = (id: string) => {
    store.getState().select(id);
    dialogRef.current?.close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal sources-dialog"
      aria-labelledby={titleId}
      data-testid="sources-dialog"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialogRef.current) dialogRef.current?.close();
      }}
      onKeyDown={(event) => {
        if (event.key === "Tab" && dialogRef.current) keepFocusInside(dialogRef.current, event);
      }}
    >
      <div className="sources-frame">
        <header className="modal-header">
          <h2 id={titleId}>{say("sourcesTitle")}</h2>
          <button
            type="button"
            className="sources-close"
            aria-label={t("close")}
            onClick={() => dialogRef.current?.close()}
          >
            ×
          </button>
        </header>
        <div className="sources-body">
          {dataset.article && <ArticleView article={dataset.article} dataset={dataset} lang={lang} />}
          {groups.length > 0 && (
            <section aria-labelledby="sources-bibliography-heading">
              <h3 id="sources-bibliography-heading">{say("otherSources")}</h3>
              {groups.map((group) => (
                <section key={group.reliability ?? "unstated"} className="bibliography-group">
                  <h4>
                    {group.reliability
                      ? reliabilityName(lang, group.reliability)
                      : say("unstatedReliability")}{" "}
                    <span className="bibliography-count">({group.entries.length})</span>
                  </h4>
                  <ul>
                    {group.entries.map((entry) => (
                      <SourceEntry key={entry.source.id} entry={entry} onShow={show} />
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          )}
        </div>
      </div>
    </dialog>
  );
}
