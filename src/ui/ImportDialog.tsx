/**
 * Progress and the report of an import, in a native modal <dialog>: what was opened or why not,
 * every problem with its file, row and column and what to do, and the choice of hubs for spreadsheets.
 * Loaded only when an import first needs it.
 */
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import type { SheetsSummary } from "../data/import/hubsAndSpokes";
import { type DatasetProblem, formatLocation } from "../data/problems";
import { LOCALE, nameIn } from "../i18n/lang";
import type { LayoutKind } from "../model/layoutChoice";
import { AttributeChoice } from "./AttributeChoice";
import { useImportT } from "./importMessages";
import type { ImportState, TierChoice } from "./importState";
import { LayoutChoice } from "./LayoutChoice";
import "./modal.css";
import "./importDialog.css";
import { useLang, useT } from "./useDerived";

/** Problems of one kind beyond this many are counted, not listed: a 50,000-row file can repeat one. */
const SHOWN_PER_KIND = 5;

const STAGE_LABEL = {
  reading: "stageReading",
  parsing: "stageParsing",
  checking: "stageChecking",
  layout: "stageLayout",
} as const;

interface Props {
  state: Exclude<ImportState, { phase: "idle" }>;
  onClose(): void;
  onRetry(choice: TierChoice): void;
  /** Lays the opened network out another way. */
  onLayout(kind: LayoutKind): void;
  /** Gives the opened network another title. */
  onRename(title: string): void;
}

export default function ImportDialog({ state, onClose, onRetry, onLayout, onRename }: Props) {
  const t = useImportT();
  const shared = useT();
  const lang = useLang();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const files = state.files.map((f) => f.name).join(lang === "zh" ? "、" : ", ");

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  let title: string;
  let body: ReactNode;
  let footer = shared("close");
  if (state.phase === "working") {
    title = t("importTitle");
    const fraction = state.progress?.fraction ?? 0;
    const stage = t(STAGE_LABEL[state.progress?.stage ?? "reading"]);
    const percent = new Intl.NumberFormat(LOCALE[lang], { style: "percent" }).format(fraction);
    body = (
      <>
        <p>{t(state.progress?.stage === "layout" ? "importLayingOut" : "importReading", { files })}</p>
        <label className="import-progress">
          <span>{t("importStage", { stage, percent })}</span>
          <progress max={1} value={fraction} />
        </label>
      </>
    );
    footer = t("importCancel");
  } else if (state.phase === "drawing") {
    title = t("importTitle");
    body = <p>{t("importDrawing", { enterprises: state.result.dataset.enterprises.length })}</p>;
    footer = t("importCancel");
  } else if (state.phase === "crashed") {
    title = t("importFailed", { files });
    body = <p role="alert">{t("importCrashed", { reason: state.reason })}</p>;
  } else if (state.result.ok) {
    const { dataset, warnings, tiers, attributes } = state.result;
    title = t("importOpened", { files });
    footer = t("importDone");
    body = (
      <>
        <p>
          {t("importSummary", {
            enterprises: dataset.enterprises.length,
            links: dataset.links.length,
            networks: dataset.sectors.length,
          })}
        </p>
        <TitleField title={nameIn(dataset.title, lang)} onRename={onRename} />
        {state.layout && <LayoutChoice layout={state.layout} onChoose={onLayout} />}
        {tiers && (
          <HubChoice
            key={`${tiers.tierFrom}-${tiers.chosenMinHubDegree}`}
            tiers={tiers}
            hubs={dataset.enterprises.filter((e) => e.tier === "commander").length}
            onApply={onRetry}
          />
        )}
        {attributes && attributes.names.length > 0 && (
          <AttributeChoice
            names={attributes.names}
            roles={attributes.roles}
            onApply={(attributeRoles) => onRetry({ attributeRoles })}
          />
        )}
        <ProblemList heading={t("importWarnings", { count: warnings.length })} problems={warnings} />
        <p className="import-note">{t("importLocalNote")}</p>
      </>
    );
  } else {
    const { errors, warnings } = state.result;
    title = t("importFailed", { files });
    body = (
      <>
        <p role="alert">{t("importKept")}</p>
        <ProblemList heading={t("importErrors", { count: errors.length })} problems={errors} />
        <ProblemList heading={t("importWarnings", { count: warnings.length })} problems={warnings} />
        <p className="import-note">{t("importFormatHelp")}</p>
      </>
    );
  }

  return (
    <dialog
      ref={dialogRef}
      className="modal import-dialog"
      aria-labelledby={titleId}
      data-testid="import-dialog"
      data-phase={state.phase === "done" ? (state.result.ok ? "opened" : "rejected") : state.phase}
      onClose={onClose}
    >
      <div className="modal-header">
        <h2 id={titleId}>{title}</h2>
      </div>
      <div className="import-body">{body}</div>
      <div className="modal-footer">
        <button type="button" className="primary" onClick={() => dialogRef.current?.close()}>
          {footer}
        </button>
      </div>
    </dialog>
  );
}

function ProblemList({ heading, problems }: { heading: string; problems: readonly DatasetProblem[] }) {
  const lang = useLang();
  const t = useImportT();
  if (problems.length === 0) return null;
  const byKind = new Map<string, DatasetProblem[]>();
  for (const p of problems) byKind.set(p.code, [...(byKind.get(p.code) ?? []), p]);
  return (
    <section className="import-problems">
      <h3>{heading}</h3>
      <ul>
        {[...byKind].flatMap(([code, list]) => [
          ...list.slice(0, SHOWN_PER_KIND).map((p) => (
            <li key={`${code}|${p.file}|${p.row}|${p.field}|${p.path}|${p.en}`} data-code={code}>
              {formatLocation(p, lang) && (
                <span className="problem-where">
                  {formatLocation(p, lang)}
                  {lang === "zh" ? "：" : ": "}
                </span>
              )}
              {lang === "zh" ? p.zh : p.en}
            </li>
          )),
          ...(list.length > SHOWN_PER_KIND
            ? [
                <li key={`${code}-more`} className="problem-more">
                  {t("importMore", { count: list.length - SHOWN_PER_KIND })}
                </li>,
              ]
            : []),
        ])}
      </ul>
    </section>
  );
}

function TitleField({ title, onRename }: { title: string; onRename(title: string): void }) {
  const t = useImportT();
  const [text, setText] = useState(title);
  const wanted = text.trim();
  return (
    <form
      className="import-title"
      onSubmit={(event) => {
        event.preventDefault();
        onRename(wanted);
      }}
    >
      <label>
        {t("importTitleLabel")}{" "}
        <input type="text" value={text} maxLength={200} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="submit" disabled={wanted === "" || wanted === title}>
        {t("importRename")}
      </button>
    </form>
  );
}

type HubBasis = "column" | "rule" | "chosen";

function HubChoice({
  tiers,
  hubs,
  onApply,
}: {
  tiers: SheetsSummary;
  hubs: number;
  onApply(choice: TierChoice): void;
}) {
  const t = useImportT();
  const name = useId();
  const { hubRule } = tiers;
  const initial: HubBasis =
    tiers.tierFrom === "column" ? "column" : tiers.chosenMinHubDegree !== undefined ? "chosen" : "rule";
  const threshold = tiers.chosenMinHubDegree ?? hubRule.minHubDegree;
  const [basis, setBasis] = useState<HubBasis>(initial);
  // The text as typed, so the field can be emptied before a new number is written.
  const [degreeText, setDegreeText] = useState(String(threshold));
  const minHubDegree = /^\d+$/.test(degreeText.trim()) ? Number(degreeText) : Number.NaN;
  const valid = basis !== "chosen" || minHubDegree >= 1;
  const changed = basis !== initial || (basis === "chosen" && minHubDegree !== threshold);
  const oneDecimal = (value: number) => Math.round(value * 10) / 10;
  const ruleWords =
    hubRule.basis === "stars"
      ? t("hubsRuleStars")
      : t("hubsRuleSpread", {
          min: hubRule.minHubDegree,
          mean: oneDecimal(hubRule.meanDegree),
          sd: oneDecimal(hubRule.standardDeviation),
        });
  return (
    <fieldset className="hub-choice">
      <legend>{t("hubsHeading")}</legend>
      <p data-testid="hub-result">{t("hubsResult", { hubs })}</p>
      {tiers.hasTierColumn && (
        <label>
          <input type="radio" name={name} checked={basis === "column"} onChange={() => setBasis("column")} />{" "}
          {t("hubsFromColumn")}
        </label>
      )}
      <label>
        <input type="radio" name={name} checked={basis === "rule"} onChange={() => setBasis("rule")} />{" "}
        {ruleWords}
      </label>
      <label>
        <input type="radio" name={name} checked={basis === "chosen"} onChange={() => setBasis("chosen")} />{" "}
        {t("hubsFromDegree")}{" "}
        <input
          type="number"
          min={1}
          step={1}
          value={degreeText}
          aria-invalid={!valid}
          onChange={(event) => {
            setBasis("chosen");
            setDegreeText(event.target.value);
          }}
        />
      </label>
      <button
        type="button"
        disabled={!changed || !valid}
        onClick={() =>
          onApply(
            basis === "column"
              ? { tierFrom: "column" }
              : basis === "rule"
                ? { tierFrom: "degree" }
                : { tierFrom: "degree", minHubDegree },
          )
        }
      >
        {t("hubsApply")}
      </button>
    </fieldset>
  );
}
