/** Opens the embed dialog, a separate chunk fetched when the reader first points at or opens the button. */
import { lazy, Suspense, useRef, useState } from "react";
import { useT } from "./useDerived";

const loadDialog = () => import("./EmbedDialog");
const EmbedDialog = lazy(loadDialog);

export function EmbedButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => setOpen(true)}
      >
        {t("embedButton")}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog
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
