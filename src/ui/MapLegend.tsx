/**
 * The legend's rows for the map view: what a seat is, what a hollow dashed one says about its place, and
 * the column of enterprises whose location is not known.
 */
import { MAP_TEXT } from "../i18n/mapMessages";
import type { NetworkIndex } from "../model/networkIndex";
import { useLang } from "./useDerived";

const SEAT = { cx: 8, cy: 8, r: 3.5 };

export function MapLegend({ index }: { index: NetworkIndex }) {
  const text = MAP_TEXT[useLang()];
  const unplaced = index.dataset.enterprises.some(
    (e) => e.region === undefined || index.regions.get(e.region)?.point === undefined,
  );
  return (
    <>
      <h3>{text.legendHeading}</h3>
      <ul data-testid="legend-map">
        <li>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <circle {...SEAT} fill="currentColor" fillOpacity={0.6} />
          </svg>
          {text.legendSeat}
        </li>
        <li>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <circle {...SEAT} fill="none" stroke="currentColor" strokeDasharray="2 1.5" />
          </svg>
          {text.legendSeatToCheck}
        </li>
        {unplaced && (
          <li>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <rect x="5" y="1" width="6" height="14" rx="1" fill="none" stroke="currentColor" />
            </svg>
            {text.legendStrip}
          </li>
        )}
      </ul>
    </>
  );
}
