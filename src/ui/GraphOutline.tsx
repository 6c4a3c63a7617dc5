/**
 * The keyboard and screen-reader way into the graph: a W3C APG tree view of what the canvas shows
 * (network, then commander, then its contracted factories), with one tab stop (roving tabindex).
 *
 * Keys: ↑ ↓ move, → opens or goes to the first child, ← closes or goes to the parent, Home / End,
 * Enter or Space selects (on a network: frames it), * opens all siblings, letters jump to the next
 * name starting with them (pinyin works for Chinese names), Escape returns focus to where the
 * reader came from. Focusing an enterprise highlights it on the canvas and keeps it in view, as
 * hovering does with a mouse.
 */
import {
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { NetworkIndex } from "../model/networkIndex";
import { ancestorKeys, computeOutline, type OutlineItem, visibleRows } from "../model/outline";
import { createSectorColour, TIER_SHAPE } from "../model/scales";
import { normaliseSearchText } from "../model/search";
import { getAttestsAny } from "../store/derived";
import { DisclosureIcon } from "./DisclosureIcon";
import { SHAPE_PATH } from "./Legend";
import { outlineCount, outlineItemLabel } from "./outlineText";
import { usePaintedView, useStoreApi } from "./storeContext";
import { useColourScheme } from "./useColourScheme";
import { useLang, usePaintedIndex, usePaintedVisibility, useT } from "./useDerived";
import { GRAPH_REGION_ID } from "./useViewDescription";

const TYPE_AHEAD_RESET_MS = 600;

/** Networks start open and enterprises closed; `toggled` holds the items the reader flipped. */
const isExpanded = (item: OutlineItem, toggled: ReadonlySet<string>) =>
  item.children.length > 0 && (item.kind === "network") !== toggled.has(item.key);

function typeAheadKeys(item: OutlineItem, index: NetworkIndex): string[] {
  const name =
    item.kind === "network"
      ? index.dataset.sectors.find((s) => s.id === item.sector)?.name
      : index.enterprises.get(item.key)?.name;
  return [item.label, name?.pinyin ?? "", name?.en ?? ""].filter(Boolean).map(normaliseSearchText);
}

export function GraphOutline() {
  const store = useStoreApi();
  const index = usePaintedIndex();
  const lang = useLang();
  const t = useT();
  const visibility = usePaintedVisibility();
  const scheme = useColourScheme();
  const { selectedId } = usePaintedView();

  const outline = useMemo(() => computeOutline(index, visibility, lang), [index, visibility, lang]);
  const showsAttested = getAttestsAny(index);
  const [toggled, setToggled] = useState<ReadonlySet<string>>(() => new Set());
  const expandedKeys = useMemo(() => {
    const keys = new Set<string>();
    const walk = (items: readonly OutlineItem[]) => {
      for (const item of items) {
        if (isExpanded(item, toggled)) {
          keys.add(item.key);
          walk(item.children);
        }
      }
    };
    walk(outline);
    return keys;
  }, [outline, toggled]);
  const rows = useMemo(() => visibleRows(outline, expandedKeys), [outline, expandedKeys]);

  const [activeKey, setActiveKey] = useState<string | null>(null);
  const treeRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef(new Map<string, HTMLDivElement>());
  const focusPending = useRef(false);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const typeAhead = useRef({ text: "", at: 0 });

  // The tab stop: the last item focused if it is still there, else the selected enterprise, else the first row.
  const tabStop =
    rows.find((row) => row.item.key === activeKey)?.item.key ??
    rows.find((row) => row.item.key === selectedId)?.item.key ??
    rows[0]?.item.key ??
    null;

  const sectorColour = useMemo(
    () =>
      createSectorColour(
        index.dataset.sectors.map((s) => s.id),
        scheme,
      ),
    [index, scheme],
  );

  // A selection made elsewhere (canvas, table, details) opens its branch and becomes the tab stop.
  useEffect(() => {
    if (!selectedId) return;
    if (!treeRef.current?.contains(document.activeElement)) setActiveKey(selectedId);
    const above = ancestorKeys(outline, selectedId);
    if (above.length === 0) return;
    setToggled((current) => {
      let next: Set<string> | null = null;
      for (const key of above) {
        const item = findItem(outline, key);
        if (item && !isExpanded(item, current)) {
          next ??= new Set(current);
          if (next.has(key)) next.delete(key);
          else next.add(key);
        }
      }
      return next ?? current;
    });
  }, [selectedId, outline]);

  // Moves DOM focus after the rows for the new active item exist.
  useEffect(() => {
    if (!focusPending.current || tabStop === null) return;
    focusPending.current = false;
    itemRefs.current.get(tabStop)?.focus();
  });

  // When filtering removes the focused item, focus moves to the new tab stop instead of falling to the page.
  useEffect(() => {
    if (activeKey !== null && tabStop !== activeKey && document.activeElement === document.body) {
      if (tabStop !== null) itemRefs.current.get(tabStop)?.focus();
    }
  }, [activeKey, tabStop]);

  const moveTo = (key: string | undefined) => {
    if (key === undefined) return;
    focusPending.current = true;
    setActiveKey(key);
  };

  const setExpanded = (item: OutlineItem, open: boolean) => {
    if (item.children.length === 0 || isExpanded(item, toggled) === open) return;
    setToggled((current) => {
      const next = new Set(current);
      if (next.has(item.key)) next.delete(item.key);
      else next.add(item.key);
      return next;
    });
  };

  const activate = (item: OutlineItem) => {
    const state = store.getState();
    if (item.kind === "network") state.focus(item.sector);
    else if (item.kind === "enterprise") state.select(item.key);
  };

  const leave = () => {
    store.getState().focusItem(null);
    const target = returnFocusTo.current;
    if (target?.isConnected && target !== document.body && !treeRef.current?.contains(target)) target.focus();
    else document.getElementById(GRAPH_REGION_ID)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const position = rows.findIndex((row) => row.item.key === tabStop);
    const row = rows[position];
    if (!row) return;
    const { item } = row;
    let handled = true;
    switch (event.key) {
      case "ArrowDown":
        moveTo(rows[position + 1]?.item.key);
        break;
      case "ArrowUp":
        moveTo(rows[position - 1]?.item.key);
        break;
      case "ArrowRight":
        if (item.children.length > 0) {
          if (isExpanded(item, toggled)) moveTo(item.children[0]?.key);
          else setExpanded(item, true);
        }
        break;
      case "ArrowLeft":
        if (isExpanded(item, toggled)) setExpanded(item, false);
        else if (row.parentKey !== null) moveTo(row.parentKey);
        break;
      case "Home":
        moveTo(rows[0]?.item.key);
        break;
      case "End":
        moveTo(rows[rows.length - 1]?.item.key);
        break;
      case "Enter":
      case " ":
        activate(item);
        break;
      case "Escape":
        leave();
        break;
      case "*": {
        const siblings =
          row.parentKey === null ? outline : (findItem(outline, row.parentKey)?.children ?? []);
        setToggled((current) => {
          const next = new Set(current);
          for (const sibling of siblings) {
            if (sibling.children.length > 0 && !isExpanded(sibling, next)) {
              if (next.has(sibling.key)) next.delete(sibling.key);
              else next.add(sibling.key);
            }
          }
          return next;
        });
        break;
      }
      default:
        handled = typeAheadTo(event.key, position);
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const typeAheadTo = (key: string, position: number): boolean => {
    if ([...key].length !== 1 || key === " ") return false;
    const now = Date.now();
    const state = typeAhead.current;
    state.text = now - state.at > TYPE_AHEAD_RESET_MS ? key : state.text + key;
    state.at = now;
    const needle = normaliseSearchText(state.text);
    if (needle === "") return false;
    // A repeated first letter cycles through matches; a longer prefix starts at the current item.
    const start = state.text.length === 1 ? position + 1 : position;
    for (let offset = 0; offset < rows.length; offset++) {
      const candidate = rows[(start + offset) % rows.length];
      if (candidate && typeAheadKeys(candidate.item, index).some((text) => text.startsWith(needle))) {
        moveTo(candidate.item.key);
        break;
      }
    }
    return true;
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !treeRef.current?.contains(from)) returnFocusTo.current = from;
    else if (from === null && !treeRef.current?.contains(document.activeElement))
      returnFocusTo.current = null;
    const key = (event.target as HTMLElement).dataset.key;
    if (key === undefined) return;
    if (key !== activeKey) setActiveKey(key);
    const item = findItem(outline, key);
    store.getState().focusItem(item?.kind === "enterprise" ? key : null);
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const to = event.relatedTarget;
    if (!(to instanceof Node) || !treeRef.current?.contains(to)) store.getState().focusItem(null);
  };

  // Leaving the graph view unmounts the outline: nothing stays highlighted.
  useEffect(() => () => store.getState().focusItem(null), [store]);

  const itemLabel = (item: OutlineItem) => outlineItemLabel(item, index, lang, t, showsAttested);

  const renderItem = (item: OutlineItem, level: number, position: number, setSize: number) => {
    const expanded = isExpanded(item, toggled);
    const hasChildren = item.children.length > 0;
    const colour = sectorColour(item.sector);
    return (
      <div
        key={item.key}
        ref={(element) => {
          if (element) itemRefs.current.set(item.key, element);
          else itemRefs.current.delete(item.key);
        }}
        role="treeitem"
        data-key={item.key}
        data-kind={item.kind}
        aria-label={itemLabel(item)}
        aria-level={level}
        aria-setsize={setSize}
        aria-posinset={position}
        aria-expanded={hasChildren ? expanded : undefined}
        aria-selected={item.kind === "enterprise" ? item.key === selectedId : undefined}
        tabIndex={item.key === tabStop ? 0 : -1}
      >
        {/* The row is not a separate control: the treeitem handles keys, a click does what Enter does. */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the tree's onKeyDown handles the keyboard for every row */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut for the treeitem around it */}
        <div
          className="outline-row"
          style={{ "--depth": level - 1 } as CSSProperties}
          title={item.quote}
          onClick={(event) => {
            const onToggle = (event.target as HTMLElement).closest(".outline-toggle");
            moveTo(item.key);
            if (hasChildren && (onToggle || item.kind === "network")) setExpanded(item, !expanded);
            if (!onToggle) activate(item);
          }}
          onPointerEnter={() => {
            if (item.kind === "enterprise") store.getState().hover(item.key);
          }}
          // Hovering held after a view switch starts at the pointer's first move, inside the row too.
          onPointerMove={() => {
            if (item.kind === "enterprise" && store.getState().hoveredId !== item.key)
              store.getState().hover(item.key);
          }}
          onPointerLeave={() => {
            if (item.kind === "enterprise") store.getState().hover(null);
          }}
        >
          <span className="outline-toggle" aria-hidden="true">
            {hasChildren && <DisclosureIcon open={expanded} />}
          </span>
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
            {item.kind === "network" ? (
              <rect x="1" y="1" width="14" height="14" rx="2" fill={colour} />
            ) : item.kind === "placeholder" ? (
              <path
                d={SHAPE_PATH[TIER_SHAPE[item.tier ?? "small"]]}
                fill="none"
                stroke={colour}
                strokeWidth="1.5"
                strokeDasharray="2.5 1.5"
              />
            ) : (
              <path
                d={SHAPE_PATH[TIER_SHAPE[item.tier ?? "small"]]}
                fill={item.context ? "none" : colour}
                stroke={colour}
                strokeWidth="1.5"
              />
            )}
          </svg>
          <span
            className={item.context ? "outline-label outline-context" : "outline-label"}
            aria-hidden="true"
          >
            {item.kind === "network" ? t("outlineNetworkName", { name: item.label }) : item.label}
          </span>
          {hasChildren && (
            <span className="outline-count" aria-hidden="true">
              {outlineCount(item, index, lang, showsAttested)}
            </span>
          )}
        </div>
        {hasChildren && expanded && (
          // biome-ignore lint/a11y/useSemanticElements: the APG tree pattern's group, not a form fieldset
          <div role="group">
            {item.children.map((child, i) => renderItem(child, level + 1, i + 1, item.children.length))}
          </div>
        )}
      </div>
    );
  };

  return (
    <section className="graph-outline" aria-labelledby="outline-heading" data-testid="graph-outline">
      <h2 id="outline-heading">{t("outline")}</h2>
      <p id="outline-hint" className="outline-hint">
        {t("outlineHint")}
      </p>
      {outline.length === 0 ? (
        <p className="outline-empty">{t("emptyTitle")}</p>
      ) : (
        <div
          ref={treeRef}
          className="outline-tree"
          role="tree"
          aria-labelledby="outline-heading"
          aria-describedby="outline-hint"
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          {outline.map((item, i) => renderItem(item, 1, i + 1, outline.length))}
        </div>
      )}
    </section>
  );
}

function findItem(items: readonly OutlineItem[], key: string): OutlineItem | undefined {
  for (const item of items) {
    if (item.key === key) return item;
    const found = findItem(item.children, key);
    if (found) return found;
  }
  return undefined;
}
