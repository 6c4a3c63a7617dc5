/** Opens the embed dialog, a separate chunk (see DialogButton). */
import { lazy } from "react";
import { DialogButton, type LazyDialog } from "./DialogButton";
import { useT } from "./useDerived";

const load = () => import("./EmbedDialog");
const embedDialog: LazyDialog = { load, Dialog: lazy(load) };

export function EmbedButton() {
  const t = useT();
  return <DialogButton dialog={embedDialog} label={t("embedButton")} />;
}
