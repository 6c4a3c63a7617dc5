/** The page's embed flags (all off in the full view), for the components that hide or change with them. */
import { createContext, type ReactNode, useContext } from "react";
import { type EmbedFlags, FULL_VIEW_FLAGS } from "../embed/flags";

interface EmbedSetting {
  flags: EmbedFlags;
  /** Address of the full explorer (without query); null for the page's own. */
  appUrl: string | null;
  /** A gallery screen (`?kiosk=1`, ui/kiosk/): nothing that leaves the page or asks for typing. */
  kiosk: boolean;
}

const EmbedContext = createContext<EmbedSetting>({ flags: FULL_VIEW_FLAGS, appUrl: null, kiosk: false });

export function EmbedFlagsProvider({
  flags,
  appUrl = null,
  kiosk = false,
  children,
}: {
  flags: EmbedFlags;
  appUrl?: string | null;
  kiosk?: boolean;
  children: ReactNode;
}) {
  return <EmbedContext.Provider value={{ flags, appUrl, kiosk }}>{children}</EmbedContext.Provider>;
}

export function useEmbedFlags(): EmbedFlags {
  return useContext(EmbedContext).flags;
}

export function useKiosk(): boolean {
  return useContext(EmbedContext).kiosk;
}

export function useAppUrl(): string {
  return useContext(EmbedContext).appUrl ?? window.location.pathname;
}
