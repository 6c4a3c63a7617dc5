/**
 * The story bar over the graph: the step's passage of the article in Chinese and English, our caption
 * set apart from it, "3 / 8", Previous and Next. ← and → step too, and so does a swipe across the bar.
 * The passage is announced in a polite live region; focus stays on the control that was used.
 */
import { type PointerEvent, useEffect, useRef } from "react";
import { formatProblem } from "../../data/problems";
import { nameIn } from "../../i18n/lang";
import { useStoreApi } from "../storeContext";
import { useLang } from "../useDerived";
import { type StoryMessageKey, storyText } from "./storyText";
import { type StoryLoad, useStory } from "./useStory";
import "./story.css";

export interface StoryBarProps {
  /** Opens or closes the legend (a step may show it). */
  onLegend(open: boolean): void;
  /** How much of the graph's frame the bar covers: a column on the left, or a strip along the bottom. */
  onCover?(covered: { left: number; bottom: number }): void;
}

/** A swipe is a mostly horizontal move of at least this many CSS pixels. */
const SWIPE_PX = 48;

/** Keys that move the story only when they do nothing else where they were pressed. */
function keyHasOtherUse(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return true;
  const target = event.target;
  return (
    target instanceof Element &&
    !!target.closest(
      'input, textarea, select, dialog, [contenteditable="true"], [role="tree"], [role="grid"], [role="slider"], [role="listbox"]',
    )
  );
}

export function StoryBar({ onLegend, onCover }: StoryBarProps) {
  const load = useStory(onLegend);
  return <StoryBarView load={load} onCover={onCover} />;
}

export interface StoryBarViewProps {
  /** The story as useStory gives it (a kiosk drives the same story from outside the bar). */
  load: StoryLoad;
  onCover?: StoryBarProps["onCover"];
  /** Whether the reader may leave the story (not on a kiosk, whose page is the story). */
  leavable?: boolean;
}

export function StoryBarView({ load, onCover, leavable = true }: StoryBarViewProps) {
  const lang = useLang();
  const store = useStoreApi();
  const barRef = useRef<HTMLElement>(null);
  const swipeStart = useRef<{ x: number; y: number } | null>(null);
  const t = (key: StoryMessageKey, params?: Record<string, number>) => storyText(lang, key, params);

  const ready = load.status === "ready" ? load : null;
  const goBy = (delta: number) => ready?.goTo(ready.step + delta);
  const goByRef = useRef(goBy);
  goByRef.current = goBy;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key !== "ArrowLeft" && event.key !== "ArrowRight") || keyHasOtherUse(event)) return;
      event.preventDefault();
      goByRef.current(event.key === "ArrowRight" ? 1 : -1);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const bar = barRef.current;
    if (!bar || !onCover) return;
    const frame = bar.offsetParent;
    if (!(frame instanceof HTMLElement)) return;
    // The bar's size is set by CSS (story.css), not by its text, so it is known before a step is shown.
    const measure = () => {
      const strip = bar.offsetWidth > frame.clientWidth * 0.8;
      onCover(
        strip
          ? { left: 0, bottom: frame.clientHeight - bar.offsetTop }
          : { left: bar.offsetLeft + bar.offsetWidth, bottom: 0 },
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    observer.observe(frame);
    return () => {
      observer.disconnect();
      onCover({ left: 0, bottom: 0 });
    };
  }, [onCover]);

  const onPointerDown = (event: PointerEvent) => {
    swipeStart.current = event.pointerType === "mouse" ? null : { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy)) goBy(dx < 0 ? 1 : -1);
  };

  const step = ready?.story.steps[ready.step - 1];
  const total = ready?.story.steps.length ?? 0;
  const caption = step?.caption ? nameIn(step.caption, lang) : "";
  const passage = step ? (lang === "zh" ? step.passage.zh : step.passage.en) : "";
  const leave = () => store.getState().setStory(null);

  return (
    <section
      ref={barRef}
      className="story-bar"
      aria-label={t("storyLabel")}
      data-testid="story-bar"
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        swipeStart.current = null;
      }}
    >
      {load.status === "failed" && (
        <div role="alert" className="story-bar__errors">
          <p>{t("loadFailed")}</p>
          <ul>
            {load.errors.map((error) => (
              <li key={`${error.path}|${error.code}`}>{formatProblem(error, lang)}</li>
            ))}
          </ul>
        </div>
      )}
      {ready && step && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the passage may scroll, so keys must be able to reach it
        <div className="story-bar__text" tabIndex={0}>
          <p className="story-bar__title">{nameIn(ready.story.title, lang)}</p>
          <blockquote className="story-bar__passage" data-testid="story-passage">
            <p lang="zh-CN" className="story-bar__zh">
              {step.passage.zh}
            </p>
            <p lang="en" className="story-bar__en">
              {step.passage.en}
            </p>
          </blockquote>
          {caption && (
            <p className="story-bar__caption" data-testid="story-caption">
              <span className="story-bar__caption-label">{t("ourNote")}</span> {caption}
            </p>
          )}
        </div>
      )}
      <div className="story-bar__controls">
        <button
          type="button"
          aria-disabled={!ready || ready.step <= 1}
          onClick={() => goBy(-1)}
          data-testid="story-previous"
        >
          <span aria-hidden="true">← </span>
          {t("previous")}
        </button>
        {ready && (
          <span className="story-bar__counter" data-testid="story-counter">
            {t("stepOf", { step: ready.step, total })}
          </span>
        )}
        <button
          type="button"
          aria-disabled={!ready || ready.step >= total}
          onClick={() => goBy(1)}
          data-testid="story-next"
        >
          {t("next")}
          <span aria-hidden="true"> →</span>
        </button>
        {leavable && (
          <button type="button" className="story-bar__leave" onClick={leave} aria-label={t("leave")}>
            ×
          </button>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="story-live">
        {ready
          ? `${t("stepOfSpoken", { step: ready.step, total })}. ${t("fromArticle")}: ${passage}${caption ? `. ${t("ourNote")}: ${caption}` : ""}`
          : ""}
      </p>
    </section>
  );
}
