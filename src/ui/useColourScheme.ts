/**
 * The reader's display preferences: the colour scheme the store's theme resolves to (following
 * prefers-color-scheme and prefers-contrast for `auto`) and prefers-reduced-motion. Both follow the
 * media queries live, so changing the system setting restyles the page and the canvas at once.
 */
import { useLayoutEffect, useSyncExternalStore } from "react";
import type { ColourScheme } from "../model/scales";
import type { Theme, ViewStore } from "../store/viewStore";
import { useViewStore } from "./storeContext";

const selectTheme = (s: ViewStore) => s.theme;

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== "function") return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => typeof window.matchMedia === "function" && window.matchMedia(query).matches,
    () => false,
  );
}

export function resolveColourScheme(
  theme: Theme,
  system: { dark: boolean; moreContrast: boolean },
): ColourScheme {
  if (theme !== "auto") return theme;
  if (system.moreContrast) return "contrast";
  return system.dark ? "dark" : "light";
}

export function useColourScheme(): ColourScheme {
  const theme = useViewStore(selectTheme);
  const dark = useMediaQuery("(prefers-color-scheme: dark)");
  const moreContrast = useMediaQuery("(prefers-contrast: more)");
  return resolveColourScheme(theme, { dark, moreContrast });
}

export function useReducedMotion(): boolean {
  return useMediaQuery("(prefers-reduced-motion: reduce)");
}

/**
 * Puts the resolved scheme on <html data-theme>, where src/ui/themes.css picks it up. Before the browser
 * paints: a view opened in the dark theme must not be drawn light first and then fade its buttons over.
 */
export function useDocumentColourScheme(): ColourScheme {
  const scheme = useColourScheme();
  useLayoutEffect(() => {
    const root = document.documentElement;
    const previous = root.dataset.theme;
    root.dataset.theme = scheme;
    // Put back what was there: a view mounted into a host page must leave the host as it found it.
    return () => {
      if (previous === undefined) delete root.dataset.theme;
      else root.dataset.theme = previous;
    };
  }, [scheme]);
  return scheme;
}
