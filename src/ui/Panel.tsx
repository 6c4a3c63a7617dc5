/**
 * The explorer's panels: filters, outline, legend and details open over or beside the graph and fold
 * away to a row of labelled buttons. On a phone a panel is a bottom sheet that covers at most half the
 * screen and scrolls within it.
 */
import { type ReactNode, useId } from "react";
import { useStore } from "zustand";
import type { PanelId, PanelStoreApi } from "./panelState";
import { useT } from "./useDerived";

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
  /** The body may scroll and holds nothing focusable: it takes focus itself, so keys can scroll it. */
  focusableBody?: boolean;
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
  focusableBody = false,
}: PanelProps) {
  const t = useT();
  const headingId = useId();
  // Folded: out of sight but still one Tab stop, and it opens when it takes focus (ExplorerLayout.tsx).
  const classes = ["panel", `panel--${side}`, folded && "panel--folded visually-hidden", className]
    .filter(Boolean)
    .join(" ");
  return (
    <section
      id={id}
      className={classes}
      aria-labelledby={headingId}
      data-testid={testId}
      onFocus={folded ? onFocusWhileFolded : undefined}
    >
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
      <div className="panel-body" tabIndex={focusableBody && !folded ? 0 : undefined}>
        {children}
      </div>
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
