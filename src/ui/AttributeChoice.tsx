/**
 * For a GEXF or GraphML file: which node attribute is the network (sector) and which the region. The
 * import matched them by name; the reader can choose others, and the file is read again.
 */
import { useState } from "react";
import type { AttributeRoles } from "../data/import/xml/graphTables";
import { useImportT } from "./importMessages";

export function AttributeChoice({
  names,
  roles,
  onApply,
}: {
  names: readonly string[];
  roles: AttributeRoles;
  onApply(roles: AttributeRoles): void;
}) {
  const t = useImportT();
  const [chosen, setChosen] = useState<AttributeRoles>(roles);
  const changed = chosen.sector !== roles.sector || chosen.region !== roles.region;
  const select = (role: keyof AttributeRoles, label: string) => (
    <label>
      {label}{" "}
      <select
        value={chosen[role] ?? ""}
        data-testid={`attribute-${role}`}
        onChange={(event) => setChosen({ ...chosen, [role]: event.target.value || undefined })}
      >
        <option value="">{t("attributeNone")}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="hub-choice">
      <legend>{t("attributesHeading")}</legend>
      {select("sector", t("attributeSector"))}
      {select("region", t("attributeRegion"))}
      <button type="button" disabled={!changed} onClick={() => onApply(chosen)}>
        {t("hubsApply")}
      </button>
    </fieldset>
  );
}
