import type { MessageKey } from "../i18n/translate";
import { THEMES, type Theme, type ViewStore } from "../store/viewStore";
import { useStoreApi, useViewStore } from "./storeContext";
import { useT } from "./useDerived";

const selectTheme = (s: ViewStore) => s.theme;
export const THEME_LABEL: Record<Theme, MessageKey> = {
  auto: "themeAuto",
  light: "themeLight",
  dark: "themeDark",
  contrast: "themeContrast",
};

/** Light, dark and high-contrast themes; "System" follows prefers-color-scheme (and prefers-contrast). */
export function ThemeSwitcher() {
  const store = useStoreApi();
  const t = useT();
  const theme = useViewStore(selectTheme);
  return (
    <label className="theme-switch">
      <span>{t("theme")}</span>
      <select
        value={theme}
        data-testid="theme-switch"
        onChange={(event) => store.getState().setTheme(event.target.value as Theme)}
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t(THEME_LABEL[value])}
          </option>
        ))}
      </select>
    </label>
  );
}
