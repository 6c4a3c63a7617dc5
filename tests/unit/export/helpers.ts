import type { Dataset } from "../../../src/data/schema";
import { composeFigure } from "../../../src/export/compose";
import { ALL_PARTS, type FigureParts } from "../../../src/export/figure";
import { presetSize } from "../../../src/export/presets";
import { approximateMeasure } from "../../../src/export/text";
import type { Lang } from "../../../src/i18n/lang";
import { buildElements, computeLayoutFor } from "../../../src/model/elements";
import type { PresetId } from "../../../src/model/figureLimits";
import { computeVisibility, EMPTY_FILTERS, type Filters } from "../../../src/model/filters";
import { createNetworkIndex } from "../../../src/model/networkIndex";

export const FIXED_DATE = "2026-11-28";
export const FIXED_URL = "https://example.org/explorer/?sector=coal&lang=zh";

export function viewOf(dataset: Dataset, filters: Partial<Filters> = {}, lang: Lang = "en") {
  const index = createNetworkIndex(dataset);
  const allFilters = { ...EMPTY_FILTERS, ...filters };
  return {
    index,
    filters: allFilters,
    lang,
    elements: buildElements(index, computeLayoutFor(index), lang),
    visibility: computeVisibility(index, allFilters),
  };
}

export function figureOf(
  dataset: Dataset,
  options: {
    filters?: Partial<Filters>;
    lang?: Lang;
    preset?: PresetId;
    customWidth?: number;
    parts?: Partial<FigureParts>;
  } = {},
) {
  const view = viewOf(dataset, options.filters, options.lang);
  return composeFigure({
    ...view,
    size: presetSize(options.preset ?? "screen-1x", options.customWidth),
    parts: { ...ALL_PARTS, ...options.parts },
    extent: null,
    date: FIXED_DATE,
    url: FIXED_URL,
    measure: approximateMeasure,
  });
}
