/**
 * The explorer's panels: filters, outline, legend and details open over or beside the graph and fold
 * away to a row of labelled buttons. On a phone a panel is a bottom sheet that covers at most half the
 * screen unless the reader drags its handle further.
 */
import { type ReactNode, useCallback, useId, useRef } from "react";
import { useStore } from "zustand";
import type { PanelId, PanelStoreApi } from "./panelState";
import { useT } from "./useDerived";

/** The tallest a sheet can be dragged, as a share of the window's height. */
const SHEET_MAX_SHARE = 0.9;
const SHEET_MIN_PX = 120;

/**
 * Lets the reader drag a bottom sheet taller or shorter by its handle; the height lives in a CSS
 * variable on the sheet, so React does not re-render while the finger moves.
 */
function useSheetDrag() {
  const sheet = useRef<HTMLElement | null>(null);
  const onPointerDown = useCallback((event: React.PointerEvent<HTMLElement>) => {
    const element = sheet.current;
    if (!element) return;
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const startY = event.clientY;
    const startHeight = element.getBoundingClientRect().height;
    const move = (e: PointerEvent) => {
      const height = Math.min(
        window.innerHeight * SHEET_MAX_SHARE,
        Math.max(SHEET_MIN_PX, startHeight + (startY - e.clientY)),
      );
      element.style.setProperty("--sheet-height", `${Math.round(height)}px`);
    };
    const end = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", end);
      handle.removeEventListener("pointercancel", end);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", end);
    handle.addEventListener("pointercancel", end);
  }, []);
  return { sheet, onPointerDown };
}

export interface PanelProps {
  id: string;
  title: string;
  side: "start" | "end";
  onClose(): void;
  children: ReactNode;
  /** Rendered but visually folded away (it stays reachable by Tab and opens when focused). */
  folded?: boolean;
  onFocusWhileFolded?(): void;
  testId?: string;
  className?: string;
}

export function Panel({
  id,
  title,
  side,
  onClose,
  children,
  folded = false,
  onFocusWhileFolded,
  testId,
  className,
}: PanelProps) {
  const t = useT();
  const headingId = useId();
  const { sheet, onPointerDown } = useSheetDrag();
  // Folded: out of sight but still one Tab stop, and it opens when it takes focus (ExplorerLayout.tsx).
  const classes = ["panel", `panel--${side}`, folded && "panel--folded visually-hidden", className]
    .filter(Boolean)
    .join(" ");
  return (
    <section
      ref={sheet}
      id={id}
      className={classes}
      aria-labelledby={headingId}
      data-testid={testId}
      onFocus={folded ? onFocusWhileFolded : undefined}
    >
      {/* A touch handle only: keyboard and mouse readers have the close button and the page's own scroll. */}
      <div className="sheet-handle" aria-hidden="true" onPointerDown={onPointerDown} />
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="close"
          aria-label={t("closePanel", { panel: title })}
          onClick={onClose}
          tabIndex={folded ? -1 : undefined}
        >
          ×
        </button>
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}

export function usePanelOpen(panels: PanelStoreApi, panel: PanelId): boolean {
  return useStore(panels, (s) => s.open[panel]);
}

export interface PanelButtonProps {
  panels: PanelStoreApi;
  panel: PanelId;
  controls: string;
  label: string;
}

export function PanelButton({ panels, panel, controls, label }: PanelButtonProps) {
  const open = usePanelOpen(panels, panel);
  return (
    <button
      type="button"
      className="panel-button"
      aria-expanded={open}
      // A closed panel is not in the page, and aria-controls must name an element that is.
      aria-controls={open ? controls : undefined}
      data-panel={panel}
      onClick={() => panels.getState().toggle(panel)}
    >
      {label}
    </button>
  );
}
