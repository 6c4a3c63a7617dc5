// The Chinese messages load on first use in the app; tests read both languages from the start.
import { loadCatalogue } from "../../src/i18n/translate";

await loadCatalogue("zh");
