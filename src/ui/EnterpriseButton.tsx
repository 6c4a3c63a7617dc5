import { type Lang, nameIn } from "../i18n/lang";
import type { NetworkIndex } from "../model/networkIndex";
import { useStoreApi } from "./storeContext";

/** An enterprise's name that selects it, as a link in running text does. */
export function EnterpriseButton({ id, index, lang }: { id: string; index: NetworkIndex; lang: Lang }) {
  const store = useStoreApi();
  const enterprise = index.enterprises.get(id);
  if (!enterprise) return null;
  return (
    <button type="button" className="link-button" onClick={() => store.getState().select(id)}>
      {nameIn(enterprise.name, lang, id)}
    </button>
  );
}
