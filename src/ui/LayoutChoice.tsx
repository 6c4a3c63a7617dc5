/**
 * In the import report: how the opened network is laid out (as stars round its hubs, by its links, or
 * where the file placed it), why that is the default, and a switch to the others. A choice applies at once.
 */
import { useId } from "react";
import type { LayoutKind } from "../model/layoutChoice";
import type { LayoutReport } from "./importLayout";
import { type ImportMessageKey, useImportT } from "./importMessages";

const CHOSEN: Record<LayoutKind, ImportMessageKey> = {
  stars: "layoutChosenStars",
  links: "layoutChosenLinks",
  file: "layoutChosenFile",
};
const OPTION: Record<LayoutKind, ImportMessageKey> = {
  stars: "layoutStars",
  links: "layoutLinks",
  file: "layoutFile",
};

export function LayoutChoice({
  layout,
  onChoose,
}: {
  layout: LayoutReport;
  onChoose(kind: LayoutKind): void;
}) {
  const t = useImportT();
  const name = useId();
  return (
    <fieldset className="hub-choice" data-testid="layout-choice">
      <legend>{t("layoutHeading")}</legend>
      <p data-testid="layout-result" data-layout={layout.chosen}>
        {t(CHOSEN[layout.chosen])}
      </p>
      {layout.offered.map((kind) => (
        <label key={kind}>
          <input
            type="radio"
            name={name}
            value={kind}
            checked={layout.chosen === kind}
            onChange={() => onChoose(kind)}
          />{" "}
          {t(OPTION[kind])}
          {kind === layout.suggested && ` ${t("layoutSuggested")}`}
        </label>
      ))}
      <p className="import-note">{t("layoutRule", { outside: layout.outside, links: layout.links })}</p>
    </fieldset>
  );
}
