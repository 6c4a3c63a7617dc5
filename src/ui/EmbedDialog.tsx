/**
 * The embed dialog, loaded only when first opened: writes the embed code for the current view with
 * the chosen chrome, and copies it. A native modal <dialog>, like the export dialog.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { type ColumnKind, embedSnippet, type Isolation } from "../embed/snippet";
import { nameIn } from "../i18n/lang";
import type { MessageKey } from "../i18n/translate";
import { roundViewport } from "../store/urlState";
import { urlHeld } from "../store/urlSync";
import type { ViewStore } from "../store/viewStore";
import { copyText, selectOnMount } from "./clipboard";
import { keepFocusInside } from "./dialogFocus";
import "./modal.css";
import "./embedDialog.css";
import { useGraphHandle } from "./graphHandle";
import { useViewStore } from "./storeContext";
import { useLang, useNetworkIndex, useT } from "./useDerived";

const COLUMN_LABEL: Record<ColumnKind, MessageKey> = {
  phone: "embedColumnPhone",
  narrow: "embedColumnNarrow",
  wide: "embedColumnWide",
};

// The URL-held view only: hovering the graph behind the dialog must not rewrite the code.
const selectView = (s: ViewStore) => urlHeld(s);

export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const graph = useGraphHandle();
  const { dataset } = useNetworkIndex();
  const view = useViewStore(useShallow(selectView));
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const codeId = useId();
  const isolationNoteId = useId();

  const [showTitle, setShowTitle] = useState(true);
  const [controls, setControls] = useState(false);
  const [legend, setLegend] = useState(true);
  const [isStatic, setStatic] = useState(false);
  const [transparent, setTransparent] = useState(false);
  const [keepCamera, setKeepCamera] = useState(false);
  const [hostScript, setHostScript] = useState(true);
  const [column, setColumn] = useState<ColumnKind>("narrow");
  const [isolation, setIsolation] = useState<Isolation>("default");
  const [copied, setCopied] = useState<boolean | null>(null);
  // The camera when the dialog opened: the graph stays still behind a modal.
  const [camera] = useState(() => graph.current?.camera() ?? null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const snippet = useMemo(() => {
    const viewport = keepCamera && camera && view.mode === "graph" ? roundViewport(camera) : null;
    return embedSnippet({
      appUrl: `${window.location.origin}${window.location.pathname}`,
      view: { ...view, viewport },
      flags: { plain: !showTitle, controls, legend, static: isStatic, transparent, origins: [] },
      title: t("embedFrameTitle", { title: nameIn(dataset.title, lang) || t("appTitleFallback") }),
      column,
      hostScript,
      isolation,
    });
  }, [
    view,
    keepCamera,
    camera,
    showTitle,
    controls,
    legend,
    isStatic,
    transparent,
    column,
    hostScript,
    isolation,
    dataset,
    lang,
    t,
  ]);

  const copy = async () => {
    const dialog = dialogRef.current;
    if (dialog) setCopied(await copyText(snippet, dialog));
  };

  const checkbox = (label: MessageKey, checked: boolean, set: (value: boolean) => void) => (
    <label className="embed-choice">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          set(event.target.checked);
          setCopied(null);
        }}
      />
      <span>{t(label)}</span>
    </label>
  );

  return (
    <dialog
      ref={dialogRef}
      className="modal embed-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialogRef.current) dialogRef.current?.close();
      }}
      onKeyDown={(event) => {
        if (event.key === "Tab" && dialogRef.current) keepFocusInside(dialogRef.current, event);
      }}
    >
      <div className="embed-form">
        <header className="modal-header">
          <h2 id={titleId}>{t("embedTitle")}</h2>
          <button
            type="button"
            className="embed-close"
            aria-label={t("close")}
            onClick={() => dialogRef.current?.close()}
          >
            ×
          </button>
        </header>
        <div className="embed-body">
          <p className="embed-intro">{t("embedIntro")}</p>
          <div className="embed-options">
            <fieldset>
              <legend>{t("embedOptions")}</legend>
              {checkbox("embedShowTitle", showTitle, setShowTitle)}
              {checkbox("embedShowControls", controls, setControls)}
              {checkbox("embedShowLegend", legend, setLegend)}
              {checkbox("embedStatic", isStatic, setStatic)}
              {checkbox("embedTransparent", transparent, setTransparent)}
              {view.mode === "graph" && camera && checkbox("embedKeepCamera", keepCamera, setKeepCamera)}
              {checkbox("embedHostScript", hostScript, setHostScript)}
            </fieldset>
            <fieldset>
              <legend>{t("embedColumn")}</legend>
              {(Object.keys(COLUMN_LABEL) as ColumnKind[]).map((kind) => (
                <label key={kind} className="embed-choice">
                  <input
                    type="radio"
                    name="embed-column"
                    value={kind}
                    checked={column === kind}
                    onChange={() => {
                      setColumn(kind);
                      setCopied(null);
                    }}
                  />
                  <span>{t(COLUMN_LABEL[kind])}</span>
                </label>
              ))}
            </fieldset>
          </div>
          <fieldset className="embed-isolation">
            <legend>{t("embedIsolation")}</legend>
            <label className="embed-choice">
              <input
                type="checkbox"
                checked={isolation === "strict"}
                aria-describedby={isolationNoteId}
                onChange={(event) => {
                  setIsolation(event.target.checked ? "strict" : "default");
                  setCopied(null);
                }}
              />
              <span>{t("embedStrict")}</span>
            </label>
            <p id={isolationNoteId} className="embed-note">
              {isolation === "strict"
                ? t("embedSandboxStrict", { origin: window.location.origin })
                : t("embedSandboxDefault")}
            </p>
          </fieldset>
          <label className="embed-code-label" htmlFor={codeId}>
            {t("embedCode")}
          </label>
          <textarea
            id={codeId}
            ref={copied === false ? selectOnMount : undefined}
            className="embed-code"
            readOnly
            value={snippet}
            rows={6}
            spellCheck={false}
            data-testid="embed-code"
          />
          <p role="status" className="embed-status">
            {copied === true ? t("embedCopied") : copied === false ? t("copyManually") : ""}
          </p>
        </div>
        <footer className="modal-footer">
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t("close")}
          </button>
          <button type="button" className="primary" onClick={() => void copy()}>
            {t("embedCopy")}
          </button>
        </footer>
      </div>
    </dialog>
  );
}
