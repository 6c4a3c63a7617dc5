import { useState } from "react";
import { PROVENANCE_LEVELS, TIERS } from "../data/schema";
import { formatNumber, nameIn } from "../i18n/lang";
import { levelName, tierName } from "../i18n/translate";
import type { Facet } from "../model/filters";
import type { RegionNode } from "../model/networkIndex";
import { createSectorColour } from "../model/scales";
import type { ViewStore } from "../store/viewStore";
import { type AttestedCountText, attestedCountText } from "./attestedCount";
import { DisclosureIcon } from "./DisclosureIcon";
import { RegionSuggestions } from "./RegionSuggestions";
import { useStoreApi, useViewStore } from "./storeContext";
import { useColourScheme } from "./useColourScheme";
import { useLang, usePaintedFacetCounts, usePaintedIndex, usePaintedSectorTallies, useT } from "./useDerived";

const selectFilters = (s: ViewStore) => s.filters;

interface Option {
  value: string;
  label: string;
  count: number;
  /** The count split by provenance, when the dataset attests anything. */
  split?: AttestedCountText | null;
  swatch?: string;
}

function CheckboxFacet({ facet, legend, options }: { facet: Facet; legend: string; options: Option[] }) {
  const store = useStoreApi();
  const lang = useLang();
  const selected: string[] = useViewStore((s) => s.filters[facet]);
  return (
    <fieldset className="facet" data-facet={facet}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className={option.count === 0 ? "facet-option facet-option--empty" : "facet-option"}
        >
          <input
            type="checkbox"
            value={option.value}
            checked={selected.includes(option.value)}
            onChange={() => store.getState().toggleFacetValue(facet, option.value)}
            // The split count reads "120 · 25 attested"; a screen reader hears it as a sentence.
            aria-label={
              option.split ? `${option.label}${lang === "zh" ? "，" : ", "}${option.split.label}` : undefined
            }
          />
          {option.swatch && (
            <span className="swatch" style={{ background: option.swatch }} aria-hidden="true" />
          )}
          <span className="facet-label">{option.label}</span>
          <span className="facet-count" aria-hidden={option.split ? true : undefined}>
            {option.split?.text ?? formatNumber(lang, option.count)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function RegionTreeItem({ node, counts }: { node: RegionNode; counts: Map<string, number> }) {
  const store = useStoreApi();
  const lang = useLang();
  const t = useT();
  const selected = useViewStore((s) => s.filters.regions);
  const [open, setOpen] = useState(false);
  const { region } = node;
  const label = nameIn(region.name, lang, region.id);
  return (
    <li>
      <div className="region-row">
        {node.children.length > 0 ? (
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-label={`${label}: ${t("regions")}`}
            onClick={() => setOpen(!open)}
          >
            <DisclosureIcon open={open} />
          </button>
        ) : (
          <span className="disclosure-spacer" />
        )}
        <label
          className={(counts.get(region.id) ?? 0) === 0 ? "facet-option facet-option--empty" : "facet-option"}
        >
          <input
            type="checkbox"
            value={region.id}
            checked={selected.includes(region.id)}
            onChange={() => store.getState().toggleFacetValue("regions", region.id)}
          />
          <span className="facet-label">{label}</span>
          <span className="facet-count">{formatNumber(lang, counts.get(region.id) ?? 0)}</span>
        </label>
      </div>
      {open && node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <RegionTreeItem key={child.region.id} node={child} counts={counts} />
          ))}
        </ul>
      )}
    </li>
  );
}

function SearchBox() {
  const store = useStoreApi();
  const t = useT();
  const query = useViewStore((s) => s.filters.query);
  return (
    <div className="search">
      <label htmlFor="search-input">{t("search")}</label>
      <input
        id="search-input"
        type="search"
        value={query}
        placeholder={t("searchPlaceholder")}
        onChange={(event) => store.getState().setQuery(event.target.value)}
      />
      <RegionSuggestions />
    </div>
  );
}

export function FilterPanel() {
  const index = usePaintedIndex();
  const lang = useLang();
  const t = useT();
  const counts = usePaintedFacetCounts();
  const tallies = usePaintedSectorTallies();
  const filters = useViewStore(selectFilters);
  const { dataset } = index;
  const scheme = useColourScheme();
  const sectorColour = createSectorColour(
    dataset.sectors.map((s) => s.id),
    scheme,
  );
  const levelsPresent = PROVENANCE_LEVELS.filter(
    (level) => (counts.provenance.get(level) ?? 0) > 0 || filters.provenance.includes(level),
  );

  return (
    <section className="filter-panel" aria-label={t("filters")}>
      <SearchBox />
      <CheckboxFacet
        facet="sectors"
        legend={t("sectors")}
        options={dataset.sectors.map((sector) => ({
          value: sector.id,
          label: nameIn(sector.name, lang, sector.id),
          count: counts.sectors.get(sector.id) ?? 0,
          split:
            tallies &&
            attestedCountText(lang, index.words, tallies.get(sector.id) ?? { total: 0, attested: 0 }),
          swatch: sectorColour(sector.id),
        }))}
      />
      {index.regionTree.length > 0 && (
        <fieldset className="facet" data-facet="regions">
          <legend>{t("regions")}</legend>
          <ul className="region-tree">
            {index.regionTree.map((node) => (
              <RegionTreeItem key={node.region.id} node={node} counts={counts.regions} />
            ))}
          </ul>
        </fieldset>
      )}
      <CheckboxFacet
        facet="tiers"
        legend={t("tiers")}
        options={TIERS.map((tier) => ({
          value: tier,
          label: tierName(lang, tier, index.words),
          count: counts.tiers.get(tier) ?? 0,
        }))}
      />
      <CheckboxFacet
        facet="provenance"
        legend={t("provenance")}
        options={levelsPresent.map((level) => ({
          value: level,
          label: levelName(lang, level, index.words),
          count: counts.provenance.get(level) ?? 0,
        }))}
      />
    </section>
  );
}
