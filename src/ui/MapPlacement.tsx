/**
 * Where the map plots an enterprise, said in its details in the map view: at the modern seat of its county
 * when the 1958 seat is to check or stood elsewhere (with the region's own note on it), or in the strip
 * when no source places it.
 */
import type { Enterprise } from "../data/schema";
import { nameIn } from "../i18n/lang";
import { MAP_TEXT } from "../i18n/mapMessages";
import type { NetworkIndex } from "../model/networkIndex";
import { isUncertainSeat } from "../model/uncertainSeat";
import { useLang } from "./useDerived";

export function MapPlacement({ enterprise, index }: { enterprise: Enterprise; index: NetworkIndex }) {
  const lang = useLang();
  const text = MAP_TEXT[lang];
  const region = enterprise.region === undefined ? undefined : index.regions.get(enterprise.region);
  const point = region?.point;
  if (!region || !point)
    return (
      <p className="map-placement" data-testid="map-placement">
        {text.notPlotted}
      </p>
    );
  if (!isUncertainSeat(point)) return null;
  const claim = region.provenance?.location;
  const note =
    claim && "rationale" in claim
      ? nameIn(claim.rationale, lang)
      : claim && "reason" in claim
        ? nameIn(claim.reason, lang)
        : claim && "note" in claim && claim.note
          ? nameIn(claim.note, lang)
          : (point.note ?? "");
  return (
    <p className="map-placement" data-testid="map-placement">
      {text.plottedAt.replace("{place}", nameIn(region.name, lang, region.id))} {note}
    </p>
  );
}
