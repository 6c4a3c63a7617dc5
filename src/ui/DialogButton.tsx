/**
 * A button that opens a dialog living in its own chunk: the chunk is fetched when the reader first
 * points at or focuses the button, so it costs nothing on first load; closing returns focus here.
 */
import { type ComponentType, type LazyExoticComponent, Suspense, useRef, useState } from "react";

export interface LazyDialog {
  load: () => Promise<unknown>;
  Dialog: LazyExoticComponent<ComponentType<{ onClose: () => void }>>;
}

export function DialogButton({
  dialog,
  label,
  className,
}: {
  dialog: LazyDialog;
  label: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { load, Dialog } = dialog;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void load()}
        onFocus={() => void load()}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <Dialog
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
