/**
 * A commander's factories in the details panel's own flow (no box that scrolls inside the scrolling
 * panel), grouped by prefecture or county so that a list of thirty reads at a glance.
 */
import { useId } from "react";
import { detailsTableMessage } from "../i18n/detailsTableMessages";
import { formatNumber, type Lang, nameIn } from "../i18n/lang";
import type { NetworkIndex } from "../model/networkIndex";
import { groupByRegion } from "../model/regionGroups";
import { EnterpriseButton } from "./EnterpriseButton";
import { useT } from "./useDerived";

interface ContractedFactoriesProps {
  commanderId: string;
  index: NetworkIndex;
  lang: Lang;
}

export function ContractedFactories({ commanderId, index, lang }: ContractedFactoriesProps) {
  const t = useT();
  const titleId = useId();
  const contracted = index.contractedBy.get(commanderId) ?? [];
  if (contracted.length === 0) return null;
  const { within, groups } = groupByRegion(contracted, index);
  const regionName = (id: string) => nameIn(index.regions.get(id)?.name ?? {}, lang, id);
  // A tie the commander is still establishing, as the article says of some.
  const inProgress = (id: string) =>
    (index.linksOf.get(id) ?? []).some((linkId) => {
      const link = index.links.get(linkId);
      return link?.status === "in-progress" && link.source === commanderId;
    });
  return (
    <section className="contracted" aria-labelledby={titleId} data-testid="contracted-factories">
      <h3 id={titleId}>{`${t("contractedFactories")} (${formatNumber(lang, contracted.length)})`}</h3>
      {within.length > 0 && (
        <p className="legend-note">
          {detailsTableMessage(lang, "allIn", { region: within.map(regionName).join(" · ") })}
        </p>
      )}
      {groups.map((group, position) => {
        const heading =
          group.regionId === null ? detailsTableMessage(lang, "placeUnknown") : regionName(group.regionId);
        const headingId = `${titleId}-${position}`;
        return (
          <section key={group.regionId ?? ""} className="region-group" aria-labelledby={headingId}>
            <h4 id={headingId}>
              {heading}{" "}
              <span className="region-group-count">{`(${formatNumber(lang, group.ids.length)})`}</span>
            </h4>
            <ul className="factory-list">
              {group.ids.map((id) => (
                <li key={id}>
                  <EnterpriseButton id={id} index={index} lang={lang} />
                  {inProgress(id) && ` (${t("tieInProgress")})`}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
