/**
 * The legend, drawn from the same scales and style tables as the graph so the two cannot disagree.
 */
import { PROVENANCE_LEVELS, TIERS } from "../data/schema";
import { GRAPH_THEMES } from "../graph/stylesheet";
import { formatNumber, nameIn } from "../i18n/lang";
import { levelExplanation, levelName, tierName } from "../i18n/translate";
import { createEdgeWidth, createSectorColour, TIER_SHAPE, weightExtent } from "../model/scales";
import { supportRowName } from "../model/supportRowName";
import type { LineStyle } from "../model/supportStyles";
import type { ViewStore } from "../store/viewStore";
import { MapLegend } from "./MapLegend";
import { useViewStore } from "./storeContext";
import { useColourScheme } from "./useColourScheme";
import { useLang, useNetworkIndex, useT } from "./useDerived";

export const SHAPE_PATH: Record<string, string> = {
  star: "M8 1 L10 6 L15 6 L11 9.5 L12.5 15 L8 11.5 L3.5 15 L5 9.5 L1 6 L6 6 Z",
  "round-diamond": "M8 2 L14 8 L8 14 L2 8 Z",
  ellipse: "M8 3 A5 5 0 1 1 7.99 3 Z",
};

/** The graph's line styles (graph/stylesheet.ts) at the legend's scale. */
const DASH: Record<LineStyle, string | undefined> = {
  solid: undefined,
  dashed: "6 3",
  dotted: "1.5 3",
  long: "14 4",
};

const selectOnMap = (s: ViewStore) => s.mode === "map";

/** `headless`: the panel around it already names it. */
export function Legend({ headless = false }: { headless?: boolean }) {
  const index = useNetworkIndex();
  const onMap = useViewStore(selectOnMap);
  const lang = useLang();
  const t = useT();
  const { dataset } = index;
  const scheme = useColourScheme();
  const { fadedFill } = GRAPH_THEMES[scheme];
  const sectorColour = createSectorColour(
    dataset.sectors.map((s) => s.id),
    scheme,
  );
  // One row per line style drawn, each a combination of support kinds.
  const supportRows = dataset.supportKinds.length > 0 ? index.supportStyles.rows : [];
  const { words } = index;
  // Only what the dataset has: an imported network of documented records lists one level, not four.
  const tiersPresent = new Set(dataset.enterprises.map((e) => e.tier));
  const levelsPresent = new Set([...index.level.values(), ...index.linkLevel.values()]);
  const weights = weightExtent(dataset.links);
  const weightWidth = weights && createEdgeWidth(weights[1]);

  return (
    <section className="legend" aria-label={t("legend")}>
      {!headless && <h2>{t("legend")}</h2>}
      <h3>{t("legendSectors")}</h3>
      <ul>
        {dataset.sectors.map((sector) => (
          <li key={sector.id}>
            <span className="swatch" style={{ background: sectorColour(sector.id) }} aria-hidden="true" />
            {nameIn(sector.name, lang, sector.id)}
          </li>
        ))}
      </ul>
      <h3>{t("legendTiers")}</h3>
      <ul>
        {TIERS.filter((tier) => tiersPresent.has(tier)).map((tier) => (
          <li key={tier}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <path d={SHAPE_PATH[TIER_SHAPE[tier]]} fill="currentColor" />
            </svg>
            {tierName(lang, tier, words)}
          </li>
        ))}
      </ul>
      <h3>{t("legendProvenance")}</h3>
      <ul>
        {PROVENANCE_LEVELS.filter((level) => levelsPresent.has(level)).map((level) => (
          <li key={level} title={levelExplanation(lang, level, words)}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <circle
                cx="8"
                cy="8"
                r="5.5"
                fill="currentColor"
                fillOpacity={level === "illustrative" ? fadedFill : 1}
                stroke={
                  level === "inferred" ? "currentColor" : level === "illustrative" ? "currentColor" : "none"
                }
                strokeDasharray={
                  level === "inferred" ? "2.5 1.5" : level === "illustrative" ? "1 1.5" : undefined
                }
                strokeWidth="1.5"
              />
            </svg>
            <span>
              {levelName(lang, level, words)}{" "}
              <span className="legend-note">— {levelExplanation(lang, level, words)}</span>
            </span>
          </li>
        ))}
        <li>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <circle
              cx="8"
              cy="8"
              r="5.5"
              fill="currentColor"
              fillOpacity={fadedFill}
              stroke="currentColor"
              strokeDasharray="2.5 1.5"
            />
          </svg>
          {t("legendContext")}
        </li>
        {dataset.sectors.some((sector) => sector.unnamedMembers?.length) && (
          <li data-testid="legend-unnamed">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeDasharray="2.5 1.5" />
            </svg>
            {t("legendUnnamed")}
          </li>
        )}
      </ul>
      {weights && weightWidth && (
        <>
          <h3>{t("legendWeight")}</h3>
          <ul data-testid="legend-weight">
            {[...new Set(weights)].map((weight) => (
              <li key={weight}>
                <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
                  <line
                    x1="1"
                    y1="5"
                    x2="27"
                    y2="5"
                    stroke="currentColor"
                    strokeWidth={weightWidth(weight)}
                  />
                </svg>
                {formatNumber(lang, weight)}
              </li>
            ))}
          </ul>
        </>
      )}
      {supportRows.length > 0 && (
        <>
          <h3>{t("legendSupport")}</h3>
          <ul data-testid="legend-support">
            {supportRows.map((row) => (
              <li key={row.style} data-line-style={row.style}>
                <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
                  <line
                    x1="1"
                    y1="5"
                    x2="27"
                    y2="5"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeDasharray={DASH[row.style]}
                  />
                </svg>
                {supportRowName(index, row, lang)}
              </li>
            ))}
            <li>
              <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
                <line x1="1" y1="5" x2="27" y2="5" stroke="currentColor" strokeWidth="1" />
              </svg>
              {t("legendIllustrativeLink")}
            </li>
          </ul>
        </>
      )}
      {onMap && dataset.regions.some((region) => region.point !== undefined) && <MapLegend index={index} />}
    </section>
  );
}
