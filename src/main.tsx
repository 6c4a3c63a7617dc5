import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
// After fontsource's faces, so that for the characters it holds the small subset is the one used.
import "virtual:noto-sans-sc-subset.css";
import "./ui/styles.css";
import "./ui/themes.css";
import "./ui/a11y.css";
import "./ui/embed.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DATASET_PARAM, datasetUrlsFrom } from "./data/datasetUrl";
import {
  EMBED_FLAG_PARAMS,
  isKiosk,
  KIOSK_PARAMS,
  parseEmbedFlags,
  serializeEmbedFlags,
} from "./embed/flags";
import { createViewStore, type ViewStoreApi } from "./store/viewStore";
import { Boot } from "./ui/Boot";
import { EmbedFlagsProvider } from "./ui/embedContext";
import { StoreProvider } from "./ui/storeContext";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const search = window.location.search;
// Relative to the page, so a static copy works from any sub-path; `?data=` opens another same-origin file.
const DATASET_URLS = datasetUrlsFrom(search, document.baseURI, "data/shanxi-1958.json");
const { flags, warnings } = parseEmbedFlags(search);
for (const warning of warnings) console.warn(`[url] ${warning}`);
const pageParams = new URLSearchParams(search);
// A gallery screen (ui/kiosk/): its own layout, loaded only then.
const kiosk = isKiosk(pageParams);
const keep = [
  serializeEmbedFlags(flags),
  ...[DATASET_PARAM, ...KIOSK_PARAMS].flatMap((name) =>
    pageParams.getAll(name).map((value) => `${name}=${encodeURIComponent(value)}`),
  ),
]
  .filter((part) => part !== "")
  .join("&");

if (flags.embed) {
  document.documentElement.dataset.embed = "";
  if (flags.transparent) document.documentElement.dataset.transparent = "";
  // Embeds only: off the first load of the explorer. A kiosk fills the frame its host gives it instead.
  if (!kiosk) import("./embed/heightReporter").then(({ startHeightReporter }) => startHeightReporter(root));
}

/** The message API, loaded only in an embed (off the first-load budget); `ready` is posted once it runs. */
function startEmbedMessages(store: ViewStoreApi): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  import("./embed/messageBridge").then(({ startMessageBridge }) => {
    if (!stopped) stop = startMessageBridge(store, flags.origins);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={createViewStore()}>
      <EmbedFlagsProvider flags={flags} kiosk={kiosk}>
        <Boot
          datasetUrls={DATASET_URLS}
          search={search}
          // A kiosk runs for hours: its history must not grow with every tap.
          urlSync={{ keep, history: flags.embed || kiosk ? "replace" : "push" }}
          otherParams={[DATASET_PARAM, ...EMBED_FLAG_PARAMS, ...KIOSK_PARAMS]}
          onLoaded={flags.embed ? startEmbedMessages : undefined}
          placeholder={document.getElementById("boot-placeholder")}
        />
      </EmbedFlagsProvider>
    </StoreProvider>
  </StrictMode>,
);
