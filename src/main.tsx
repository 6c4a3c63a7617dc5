import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
// After fontsource's faces, so that for the characters it holds the small subset is the one used.
import "virtual:noto-sans-sc-subset.css";
import "./ui/styles.css";
import "./ui/themes.css";
import "./ui/a11y.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { datasetUrlFrom } from "./data/datasetUrl";
import { createViewStore } from "./store/viewStore";
import { Boot } from "./ui/Boot";
import { StoreProvider } from "./ui/storeContext";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Relative to the page, so a static copy works from any sub-path; `?data=` opens another same-origin file.
const DATASET_URL = datasetUrlFrom(window.location.search, document.baseURI, "data/shanxi-1958.json");

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={createViewStore()}>
      <Boot datasetUrl={DATASET_URL} />
    </StoreProvider>
  </StrictMode>,
);
