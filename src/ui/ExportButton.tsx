/**
 * Opens the export dialog. The dialog and all export code are a separate chunk, fetched when the
 * reader first points at or opens the button, so they cost nothing on first load.
 */
import { lazy, Suspense, useRef, useState } from "react";
import { useT } from "./useDerived";

const loadDialog = () => import("./ExportDialog");
const ExportDialog = lazy(loadDialog);

export function ExportButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="export-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => setOpen(true)}
      >
        {t("exportButton")}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog
            onClose={() => {
              setOpen(false);
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
