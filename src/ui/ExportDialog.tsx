/**
 * The export dialog, loaded only when first opened (with the export code it uses). A native modal
 * <dialog>: focus moves in and is trapped, Escape closes, focus returns to the Export button.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { downloadBlob, formatBytes } from "../export/download";
import { type ExportError, problemMessage } from "../export/errors";
import { drawPreview, type ExportOptions, exportView, planImage } from "../export/exportView";
import { ALL_PARTS, type FigureParts } from "../export/figure";
import type { ExportFormat } from "../export/fileName";
import { type ExportFormatMessageKey, exportFormatMessage } from "../i18n/exportFormatMessages";
import type { MessageKey } from "../i18n/translate";
import { PRESET_IDS, type PresetId } from "../model/figureLimits";
import type { ViewStore } from "../store/viewStore";
import { keepFocusInside } from "./dialogFocus";
import "./modal.css";
import "./exportDialog.css";
import { useGraphHandle } from "./graphHandle";
import { useStoreApi, useViewStore } from "./storeContext";
import { useLang, useT, useVisibility } from "./useDerived";

/**
 * Graph file formats go by their names in either language; they and the PDF stay out of the first
 * load's catalogue.
 */
const FORMATS: Array<
  | { id: ExportFormat; label: MessageKey }
  | { id: ExportFormat; name: string }
  | { id: ExportFormat; dialogLabel: ExportFormatMessageKey }
> = [
  { id: "png", label: "formatPng" },
  { id: "svg", label: "formatSvg" },
  { id: "pdf", dialogLabel: "formatPdf" },
  { id: "csv", label: "formatCsv" },
  { id: "json", label: "formatJson" },
  { id: "gexf", name: "GEXF (Gephi)" },
  { id: "graphml", name: "GraphML" },
];

const PRESET_LABEL: Record<PresetId, MessageKey> = {
  "screen-1x": "presetScreen1x",
  "screen-2x": "presetScreen2x",
  "a4-portrait": "presetA4Portrait",
  "a4-landscape": "presetA4Landscape",
  "a3-portrait": "presetA3Portrait",
  "a3-landscape": "presetA3Landscape",
  custom: "presetCustom",
};

const PART_LABEL: Record<keyof FigureParts, MessageKey> = {
  title: "partTitle",
  filters: "partFilters",
  legend: "partLegend",
  provenance: "partProvenance",
  source: "partSource",
  date: "partDate",
  link: "partLink",
};

const PREVIEW_BOX = { width: 360, height: 300 };

const selectMode = (s: ViewStore) => s.mode;

export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const store = useStoreApi();
  const graph = useGraphHandle();
  const lang = useLang();
  const t = useT();
  const visibility = useVisibility();
  const mode = useViewStore(selectMode);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const previewRef = useRef<HTMLCanvasElement>(null);
  const titleId = useId();
  const statusId = useId();
  const outlinesHintId = useId();

  const [format, setFormat] = useState<ExportFormat>("png");
  const [preset, setPreset] = useState<PresetId>("screen-1x");
  const [customWidth, setCustomWidth] = useState("2400");
  const [background, setBackground] = useState<"white" | "transparent">("white");
  const [area, setArea] = useState<"all" | "viewport">("all");
  const [table, setTable] = useState<"enterprises" | "links">("enterprises");
  const [parts, setParts] = useState<FigureParts>(ALL_PARTS);
  const [textAsOutlines, setTextAsOutlines] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: "error" | "done"; text: string } | null>(null);

  const isImage = format === "png" || format === "svg" || format === "pdf";
  const formatLabel = (f: (typeof FORMATS)[number]) =>
    "name" in f ? f.name : "label" in f ? t(f.label) : exportFormatMessage(lang, f.dialogLabel);
  const options: ExportOptions = useMemo(
    () => ({
      format,
      preset,
      customWidth: Number(customWidth),
      background,
      area: mode === "graph" ? area : "all",
      table,
      parts,
      textAsOutlines: format === "svg" && textAsOutlines,
    }),
    [format, preset, customWidth, background, area, table, parts, mode, textAsOutlines],
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // The size is planned (and refused if too large) before anything is drawn.
  const plan = useMemo(() => {
    if (!isImage) return null;
    try {
      return planImage(options, { store, graph: graph.current });
    } catch {
      return null;
    }
  }, [isImage, options, store, graph]);
  const problem: ExportError | null = plan?.problem ?? null;

  useEffect(() => {
    const canvas = previewRef.current;
    if (!isImage || !canvas || problem) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      if (cancelled) return;
      drawPreview(canvas, options, { store, graph: graph.current }, PREVIEW_BOX).catch((error: unknown) =>
        console.warn("[export] preview failed", error),
      );
    }, 120);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [isImage, options, problem, store, graph]);

  const download = async () => {
    if (problem) return;
    setBusy(true);
    setStatus(null);
    try {
      const result = await exportView(options, { store, graph: graph.current });
      downloadBlob(result.blob, result.fileName);
      setStatus({
        kind: "done",
        text: t("exportSaved", { name: result.fileName, size: formatBytes(result.blob.size, lang) }),
      });
    } catch (error) {
      const known = error as Partial<ExportError>;
      const reason = known.problem
        ? problemMessage(known.problem, lang)
        : error instanceof Error
          ? error.message
          : String(error);
      setStatus({ kind: "error", text: known.problem ? reason : t("exportFailed", { reason }) });
    } finally {
      setBusy(false);
    }
  };

  const radio = <T extends string>(
    name: string,
    value: T,
    current: T,
    set: (v: T) => void,
    label: string,
  ) => (
    <label key={value} className="export-choice">
      <input type="radio" name={name} value={value} checked={current === value} onChange={() => set(value)} />
      <span>{label}</span>
    </label>
  );

  return (
    <dialog
      ref={dialogRef}
      className="modal export-dialog"
      aria-labelledby={titleId}
      aria-describedby={statusId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialogRef.current) dialogRef.current?.close();
      }}
      onKeyDown={(event) => {
        if (event.key === "Tab" && dialogRef.current) keepFocusInside(dialogRef.current, event);
      }}
    >
      {/* No <form>: a sandboxed embed without allow-forms would block its submission. */}
      <div className="export-form">
        <header className="modal-header">
          <h2 id={titleId}>{t("exportTitle")}</h2>
          <button
            type="button"
            className="export-close"
            aria-label={t("close")}
            onClick={() => dialogRef.current?.close()}
          >
            ×
          </button>
        </header>
        <div className="export-body">
          <div className="export-options">
            <fieldset>
              <legend>{t("exportFormat")}</legend>
              {FORMATS.map((f) => radio("export-format", f.id, format, setFormat, formatLabel(f)))}
              {format === "svg" && (
                <label className="export-choice export-outlines">
                  <input
                    type="checkbox"
                    checked={textAsOutlines}
                    aria-describedby={outlinesHintId}
                    onChange={(event) => setTextAsOutlines(event.target.checked)}
                  />
                  <span>{exportFormatMessage(lang, "textAsOutlines")}</span>
                </label>
              )}
              {(format === "svg" || format === "pdf") && (
                <p id={outlinesHintId} className="export-hint">
                  {exportFormatMessage(lang, format === "svg" ? "textAsOutlinesHint" : "pdfOutlinesNote")}
                </p>
              )}
            </fieldset>
            {isImage && (
              <>
                <fieldset>
                  <legend>{t("exportSize")}</legend>
                  <label className="export-field">
                    <span className="visually-hidden">{t("exportSize")}</span>
                    <select value={preset} onChange={(event) => setPreset(event.target.value as PresetId)}>
                      {PRESET_IDS.map((id) => (
                        <option key={id} value={id}>
                          {t(PRESET_LABEL[id])}
                        </option>
                      ))}
                    </select>
                  </label>
                  {preset === "custom" && (
                    <label className="export-field">
                      <span>{t("customWidth")}</span>
                      <input
                        type="number"
                        inputMode="numeric"
                        min={320}
                        step={1}
                        value={customWidth}
                        onChange={(event) => setCustomWidth(event.target.value)}
                      />
                    </label>
                  )}
                </fieldset>
                <fieldset>
                  <legend>{t("exportBackground")}</legend>
                  {radio("export-background", "white", background, setBackground, t("backgroundWhite"))}
                  {radio(
                    "export-background",
                    "transparent",
                    background,
                    setBackground,
                    t("backgroundTransparent"),
                  )}
                </fieldset>
                {mode === "graph" && (
                  <fieldset>
                    <legend>{t("exportArea")}</legend>
                    {radio("export-area", "all", area, setArea, t("areaAll"))}
                    {radio("export-area", "viewport", area, setArea, t("areaViewport"))}
                  </fieldset>
                )}
                <fieldset className="export-parts">
                  <legend>{t("exportParts")}</legend>
                  {(Object.keys(PART_LABEL) as Array<keyof FigureParts>).map((part) => (
                    <label key={part} className="export-choice">
                      <input
                        type="checkbox"
                        checked={parts[part]}
                        onChange={(event) => setParts({ ...parts, [part]: event.target.checked })}
                      />
                      <span>{t(PART_LABEL[part])}</span>
                    </label>
                  ))}
                </fieldset>
              </>
            )}
            {format === "csv" && (
              <fieldset>
                <legend>{t("exportTable")}</legend>
                {radio("export-table", "enterprises", table, setTable, t("tableEnterprises"))}
                {radio("export-table", "links", table, setTable, t("tableLinks"))}
              </fieldset>
            )}
          </div>
          <section className="export-preview" aria-label={t("exportPreview")}>
            {isImage ? (
              <>
                <div className={`export-preview-frame${background === "transparent" ? " checkered" : ""}`}>
                  {problem ? null : <canvas ref={previewRef} role="img" aria-label={t("exportPreview")} />}
                </div>
                <p className="export-size" data-testid="export-size">
                  <output>
                    {plan ? t("expectedSize", { width: plan.width, height: plan.height }) : "—"}
                  </output>
                </p>
              </>
            ) : (
              <p className="export-size" data-testid="export-summary">
                {t("dataSummary", {
                  enterprises: visibility.matching.size + visibility.context.size,
                  links: visibility.links.size,
                })}
              </p>
            )}
          </section>
        </div>
        <div id={statusId} className="export-status" aria-live="polite">
          {problem ? (
            <p className="export-error" role="alert" data-testid="export-problem">
              {problemMessage(problem.problem, lang)}
            </p>
          ) : status ? (
            <p
              className={status.kind === "error" ? "export-error" : "export-done"}
              role={status.kind === "error" ? "alert" : undefined}
            >
              {status.text}
            </p>
          ) : null}
        </div>
        <footer className="modal-footer">
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t("close")}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || problem !== null}
            aria-busy={busy}
            onClick={() => void download()}
          >
            {busy ? t("exportWorking") : t("exportDownload")}
          </button>
        </footer>
      </div>
    </dialog>
  );
}
