import { formatNumber, type Lang, nameIn } from "../i18n/lang";
import { levelExplanation, levelName, roleName } from "../i18n/translate";
import type { NetworkIndex } from "../model/networkIndex";
import { enterpriseLevel } from "../model/provenance";
import type { ViewStore } from "../store/viewStore";
import { ClaimView } from "./ClaimView";
import { ContractedFactories } from "./ContractedFactories";
import { EnterpriseButton } from "./EnterpriseButton";
import { HiddenSelectionNotice } from "./HiddenSelectionNotice";
import { MapPlacement } from "./MapPlacement";
import { usePaintedView, useStoreApi, useViewStore } from "./storeContext";
import { useLang, usePaintedIndex, useT } from "./useDerived";

/** Links listed in the details at most; the table sorts by total weight. */
const HEAVIEST_SHOWN = 8;

function LinkWeights({ id, index, lang }: { id: string; index: NetworkIndex; lang: Lang }) {
  const t = useT();
  const links = (index.linksOf.get(id) ?? [])
    .flatMap((linkId) => index.links.get(linkId) ?? [])
    .sort((a, b) => (b.weight ?? -1) - (a.weight ?? -1));
  return (
    <>
      <dt>{t("totalWeight")}</dt>
      <dd data-testid="total-weight">{formatNumber(lang, index.strength.get(id) ?? 0)}</dd>
      <dt>{t("linkWeights")}</dt>
      <dd>
        <ul className="contracted-list">
          {links.slice(0, HEAVIEST_SHOWN).map((link) => (
            <li key={link.id}>
              <EnterpriseButton
                id={link.source === id ? link.target : link.source}
                index={index}
                lang={lang}
              />
              {`: ${link.weight === undefined ? t("noWeight") : formatNumber(lang, link.weight)}`}
            </li>
          ))}
          {links.length > HEAVIEST_SHOWN && (
            <li>{t("moreLinks", { count: links.length - HEAVIEST_SHOWN })}</li>
          )}
        </ul>
      </dd>
    </>
  );
}

const selectOnMap = (s: ViewStore) => s.mode === "map";

export function DetailsPanel() {
  const store = useStoreApi();
  const onMap = useViewStore(selectOnMap);
  const index = usePaintedIndex();
  const lang = useLang();
  const t = useT();
  const { selectedId } = usePaintedView();
  const enterprise = selectedId ? index.enterprises.get(selectedId) : undefined;
  if (!enterprise) return null;

  const { dataset } = index;
  const sector = dataset.sectors.find((s) => s.id === enterprise.sector);
  const regionNames = (index.regionPath.get(enterprise.id) ?? []).map((id) =>
    nameIn(index.regions.get(id)?.name ?? {}, lang, id),
  );
  const commanderId = index.commanderOf.get(enterprise.id);
  const tieToCommander = (index.linksOf.get(enterprise.id) ?? [])
    .map((id) => index.links.get(id))
    .find((link) => link?.source === commanderId && link?.target === enterprise.id);
  const supportIds = new Set(
    (index.linksOf.get(enterprise.id) ?? []).flatMap((linkId) => index.links.get(linkId)?.support ?? []),
  );
  const supportNames = [...supportIds].map((id) =>
    nameIn(dataset.supportKinds.find((k) => k.id === id)?.name ?? {}, lang, id),
  );
  const aspects = (["existence", "identity", "location", "role"] as const).filter(
    (a) => enterprise.provenance[a],
  );
  const level = enterpriseLevel(enterprise.provenance);
  const otherName = lang === "zh" ? enterprise.name.en : enterprise.name.zh;

  return (
    <aside className="details-panel" aria-labelledby="details-title" data-testid="details">
      <header>
        <h2 id="details-title">{nameIn(enterprise.name, lang, enterprise.id)}</h2>
        <button
          type="button"
          className="close"
          aria-label={t("close")}
          onClick={() => store.getState().select(null)}
        >
          ×
        </button>
      </header>
      <HiddenSelectionNotice id={enterprise.id} />
      {otherName && <p className="other-name">{otherName}</p>}
      {enterprise.name.pinyin && <p className="pinyin">{enterprise.name.pinyin}</p>}
      <p>
        <span className={`level-badge level-badge--${level}`}>{levelName(lang, level, index.words)}</span>{" "}
        {/* Said in words as well as in the badge's tooltip, so touch and keyboard readers get it too. */}
        <span className="legend-note">{levelExplanation(lang, level, index.words)}</span>
      </p>
      <dl>
        <dt>{t("tier")}</dt>
        <dd>{roleName(lang, enterprise, index.words)}</dd>
        <dt>{t("network")}</dt>
        <dd>{sector ? nameIn(sector.name, lang, sector.id) : enterprise.sector}</dd>
        <dt>{t("region")}</dt>
        <dd>
          {regionNames.length > 0 ? regionNames.join(" · ") : t("regionUnknown")}
          {onMap && <MapPlacement enterprise={enterprise} index={index} />}
        </dd>
        {commanderId && (
          <>
            <dt>{t("commander")}</dt>
            <dd>
              <EnterpriseButton id={commanderId} index={index} lang={lang} />
              {tieToCommander?.status === "in-progress" && ` (${t("tieInProgress")})`}
            </dd>
          </>
        )}
        {index.strength.size > 0 && <LinkWeights id={enterprise.id} index={index} lang={lang} />}
        {supportNames.length > 0 && (
          <>
            <dt>{t("support")}</dt>
            <dd>{supportNames.join(lang === "zh" ? "、" : ", ")}</dd>
          </>
        )}
      </dl>
      {enterprise.description && <p className="description">{nameIn(enterprise.description, lang)}</p>}
      <ContractedFactories commanderId={enterprise.id} index={index} lang={lang} />
      <h3>{t("provenanceHeading")}</h3>
      <dl className="provenance">
        {aspects.map((aspect) => {
          const claim = enterprise.provenance[aspect];
          return claim ? (
            <div key={aspect}>
              <dt>{t(aspect)}</dt>
              <dd>
                <ClaimView claim={claim} dataset={dataset} lang={lang} />
              </dd>
            </div>
          ) : null;
        })}
      </dl>
      {tieToCommander && (
        <>
          {/* Every link says how its existence and its pairing are known, e.g. the pairing rule. */}
          <h3>{t("tieHeading")}</h3>
          <dl className="provenance">
            {(["existence", "pairing"] as const).map((aspect) => {
              const claim = tieToCommander.provenance[aspect];
              return claim ? (
                <div key={aspect}>
                  <dt>{t(aspect)}</dt>
                  <dd>
                    <ClaimView claim={claim} dataset={dataset} lang={lang} />
                  </dd>
                </div>
              ) : null;
            })}
          </dl>
        </>
      )}
    </aside>
  );
}
