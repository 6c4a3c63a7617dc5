import { lazy } from "react";
import { nameIn } from "../i18n/lang";
import { sourceCredit } from "../model/credit";
import { DialogButton, type LazyDialog } from "./DialogButton";
import { useEmbedFlags } from "./embedContext";
import { Importer } from "./lazyViews";
import { useStoreApi } from "./storeContext";
import { ThemeSwitcher } from "./ThemeSwitcher";
import { useLang, useNetworkIndex, useT } from "./useDerived";

export function Header() {
  const { dataset } = useNetworkIndex();
  const lang = useLang();
  const t = useT();
  // An embed shows the host's chosen view; opening other data belongs to the full page.
  const { embed } = useEmbedFlags();
  return (
    <header className="app-header">
      <div>
        <h1>{nameIn(dataset.title, lang) || t("appTitleFallback")}</h1>
        {dataset.subtitle && <p className="subtitle">{nameIn(dataset.subtitle, lang)}</p>}
      </div>
      <div className="header-controls">
        {!embed && <Importer />}
        <ThemeSwitcher />
        <LanguageSwitch />
      </div>
    </header>
  );
}

/** Switches between Chinese and English, named in the language it switches to. */
export function LanguageSwitch({ testId }: { testId?: string }) {
  const store = useStoreApi();
  const lang = useLang();
  const t = useT();
  return (
    <button
      type="button"
      className="lang-switch"
      data-testid={testId}
      lang={lang === "zh" ? "en" : "zh"}
      aria-label={t("switchLanguageLabel")}
      onClick={() => store.getState().setLang(lang === "zh" ? "en" : "zh")}
    >
      {t("switchLanguage")}
    </button>
  );
}

/** The credit line: the dataset's citation and how many other sources the sources panel lists. */
export function SourceLine() {
  const { dataset } = useNetworkIndex();
  const lang = useLang();
  const t = useT();
  return (
    <footer className="source-line">
      <span>
        {t("sources")}: {sourceCredit(dataset, lang)}
      </span>
    </footer>
  );
}

const loadSources = () => import("./SourcesDialog");
const sourcesDialog: LazyDialog = { load: loadSources, Dialog: lazy(loadSources) };

/** Opens the sources panel (the article, then every other source), a separate chunk. */
export function SourcesButton() {
  const t = useT();
  return <DialogButton dialog={sourcesDialog} label={t("sources")} />;
}
