/**
 * The kiosk's story: the story bar, Start again, and the attract loop that plays the story when
 * nobody has touched the screen for `idle` seconds (useAttractLoop.ts). Its own chunk, loaded only on
 * a kiosk (KioskLayout.tsx is shared with the embed layout).
 */
import { useLayoutEffect, useMemo, useState } from "react";
import { nextStepInLoop } from "../../lib/attractLoop";
import { useStoreApi } from "../storeContext";
import { StoryBarView, type StoryBarViewProps } from "../story/StoryBar";
import { type StoryMessageKey, storyText } from "../story/storyText";
import { useStory } from "../story/useStory";
import { useLang } from "../useDerived";
import { parseKioskTiming } from "./kioskParams";
import { useAttractLoop } from "./useAttractLoop";

export interface KioskStoryProps {
  /** Opens or closes the legend (a step may show it). */
  onLegend(open: boolean): void;
  onCover: NonNullable<StoryBarViewProps["onCover"]>;
}

export function KioskStory({ onLegend, onCover }: KioskStoryProps) {
  const store = useStoreApi();
  const lang = useLang();
  const say = (key: StoryMessageKey) => storyText(lang, key);

  // The page as it opened is where Start again and the attract loop go back to.
  const [start] = useState(() => {
    const { lang, theme, story } = store.getState();
    return { lang, theme, file: story?.file ?? "1" };
  });
  const { timing } = useMemo(() => {
    const parsed = parseKioskTiming(window.location.search);
    for (const warning of parsed.warnings) console.warn(`[kiosk] ${warning}`);
    return parsed;
  }, []);

  // A kiosk's page is its story: opened at once, and kept open.
  useLayoutEffect(() => {
    if (store.getState().story === null) store.getState().setStory({ file: start.file, step: 1 });
  }, [store, start]);
  const load = useStory(onLegend);

  const startAgain = () => {
    const state = store.getState();
    state.setLang(start.lang);
    state.setTheme(start.theme);
    if (load.status === "ready") load.restart();
    else state.setStory({ file: start.file, step: 1 });
  };
  const phase = useAttractLoop(timing.idleSeconds, timing.dwellSeconds, {
    start: startAgain,
    advance: () => {
      if (load.status === "ready") load.goTo(nextStepInLoop(load.step, load.story.steps.length));
    },
  });

  return (
    <>
      <StoryBarView load={load} onCover={onCover} leavable={false} />
      <button
        type="button"
        className="kiosk-start-again"
        data-testid="kiosk-start-again"
        onClick={startAgain}
      >
        <span aria-hidden="true">↺ </span>
        {say("startAgain")}
      </button>
      {phase === "attract" && (
        <p className="kiosk-invite" data-testid="kiosk-invite">
          {say("touchToExplore")}
        </p>
      )}
    </>
  );
}
