/** The page's embed flags (all off in the full view), for the components that hide or change with them. */
import { createContext, type ReactNode, useContext } from "react";
import { type EmbedFlags, FULL_VIEW_FLAGS } from "../embed/flags";

interface EmbedSetting {
  flags: EmbedFlags;
  /** Address of the full explorer (without query); null for the page's own. */
  appUrl: string | null;
}

const EmbedContext = createContext<EmbedSetting>({ flags: FULL_VIEW_FLAGS, appUrl: null });

export function EmbedFlagsProvider({
  flags,
  appUrl = null,
  children,
}: {
  flags: EmbedFlags;
  appUrl?: string | null;
  children: ReactNode;
}) {
  return <EmbedContext.Provider value={{ flags, appUrl }}>{children}</EmbedContext.Provider>;
}

export function useEmbedFlags(): EmbedFlags {
  return useContext(EmbedContext).flags;
}

export function useAppUrl(): string {
  return useContext(EmbedContext).appUrl ?? window.location.pathname;
}
