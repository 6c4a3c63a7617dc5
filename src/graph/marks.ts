/**
 * State drawn on enterprises: a highlighted neighbourhood (everything else dimmed), the selection, and
 * the keyboard outline's focus ring. Each is applied only when it changed since the last sync.
 */
import type { CollectionReturnValue, Core } from "cytoscape";
import { elementsById } from "./collections";
import type { ElementLayer } from "./elements";

export type Mark = "focused" | "highlighted" | "selected" | "hovered";

export interface MarkedView {
  selectedId: string | null;
  /** Enterprises to emphasise (a hovered node and its neighbours); empty for none. */
  highlighted: ReadonlySet<string>;
  /** The enterprise focused in the keyboard outline, drawn with a focus ring. */
  focusedId?: string | null;
  /** The enterprise under the pointer: its name is drawn even where labels are thinned out. */
  hoveredId?: string | null;
}

export interface Marks {
  changed(view: MarkedView): boolean;
  /** Applies what changed; call inside cy.batch. */
  apply(view: MarkedView): void;
  /** Keeps the focus ring and label a readable size at the current zoom. */
  scaleFocusRing(): void;
  /** Forgets what was applied (new elements carry no marks; kept ones get theirs again). */
  reset(): void;
  /** Shown enterprises drawn with the mark right now, read from cytoscape. */
  markedIds(mark: Mark): string[];
}

/** The focused node's ring and label keep at least these sizes on screen, at any zoom (CSS pixels). */
const FOCUS_RING_PX = 3;
const FOCUS_LABEL_PX = 13;
const FOCUS_LABEL_MAX = 64;

export function createMarks(cy: Core, elements: ElementLayer): Marks {
  /**
   * What the last sync applied. The highlight set is a snapshot (a new set for each change), so an
   * unchanged set is recognised by identity and its O(n) work skipped.
   */
  let highlight: ReadonlySet<string> | null = null;
  let highlighted: CollectionReturnValue = cy.collection();
  let dimmed: CollectionReturnValue = cy.collection();
  let selected: string | null = null;
  let focused: string | null = null;
  let hovered: string | null = null;

  /** A neighbourhood drawn on top and everything else (but network titles) pushed back; or neither. */
  const applyHighlight = (ids: ReadonlySet<string>) => {
    let nextHighlighted = cy.collection();
    let nextDimmed = cy.collection();
    if (ids.size > 0) {
      const nodes = elementsById(cy, ids);
      const edges = nodes
        .connectedEdges()
        .filter((edge) => ids.has(edge.data("source")) && ids.has(edge.data("target")));
      nextHighlighted = nodes.union(edges);
      // Moving from one neighbourhood to the next only touches the two neighbourhoods.
      nextDimmed = dimmed.nonempty()
        ? dimmed.union(highlighted).difference(nextHighlighted)
        : elements.enterprisesAndLinks().difference(nextHighlighted);
    }
    highlighted.difference(nextHighlighted).removeClass("highlighted");
    nextHighlighted.difference(highlighted).addClass("highlighted");
    if (nextDimmed.empty()) dimmed.removeClass("dimmed");
    else if (dimmed.empty()) nextDimmed.addClass("dimmed");
    else {
      highlighted.difference(nextHighlighted).addClass("dimmed");
      nextHighlighted.intersection(dimmed).removeClass("dimmed");
    }
    highlighted = nextHighlighted;
    dimmed = nextDimmed;
  };

  const marks: Marks = {
    changed(view) {
      return (
        highlight !== view.highlighted ||
        selected !== view.selectedId ||
        focused !== (view.focusedId ?? null) ||
        hovered !== (view.hoveredId ?? null)
      );
    },
    apply(view) {
      const nextFocused = view.focusedId ?? null;
      const nextHovered = view.hoveredId ?? null;
      if (highlight !== view.highlighted) applyHighlight(view.highlighted);
      if (selected !== view.selectedId) {
        if (selected) cy.getElementById(selected).removeClass("selected");
        if (view.selectedId) cy.getElementById(view.selectedId).addClass("selected");
      }
      if (focused !== nextFocused) {
        if (focused) cy.getElementById(focused).removeClass("focused");
        if (nextFocused) cy.getElementById(nextFocused).addClass("focused");
      }
      if (hovered !== nextHovered) {
        if (hovered) cy.getElementById(hovered).removeClass("hovered");
        if (nextHovered) cy.getElementById(nextHovered).addClass("hovered");
      }
      highlight = view.highlighted;
      selected = view.selectedId;
      focused = nextFocused;
      hovered = nextHovered;
    },
    // The focus ring and label of the outline's focused node stay visible when zoomed out, like the page's own ring.
    scaleFocusRing() {
      if (!focused) return;
      const zoom = cy.zoom();
      cy.getElementById(focused).data({
        focusRing: Math.max(FOCUS_RING_PX, FOCUS_RING_PX / zoom),
        focusFont: Math.min(FOCUS_LABEL_MAX, Math.max(11, FOCUS_LABEL_PX / zoom)),
        focusLabelWidth: `${Math.round(Math.max(220, 320 / zoom))}px`,
      });
    },
    reset() {
      highlight = null;
      highlighted = cy.collection();
      dimmed = cy.collection();
      selected = null;
      focused = null;
      hovered = null;
    },
    markedIds(mark) {
      return elements
        .shownEnterprises()
        .filter((node) => node.hasClass(mark))
        .map((node) => node.id());
    },
  };
  cy.on("zoom", () => marks.scaleFocusRing());
  return marks;
}
