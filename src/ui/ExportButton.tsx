/** Opens the export dialog; the dialog and all export code are a separate chunk (see DialogButton). */
import { lazy } from "react";
import { DialogButton, type LazyDialog } from "./DialogButton";
import { useT } from "./useDerived";

const load = () => import("./ExportDialog");
const exportDialog: LazyDialog = { load, Dialog: lazy(load) };

export function ExportButton() {
  const t = useT();
  return <DialogButton dialog={exportDialog} label={t("exportButton")} />;
}
