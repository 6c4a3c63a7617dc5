import { describe, expect, it } from "vitest";
import { FULL_VIEW_FLAGS } from "../../../src/embed/flags";
import { embedSnippet, embedUrl, fallbackHeight } from "../../../src/embed/snippet";
import { DEFAULT_URL_STATE } from "../../../src/store/viewStore";

const view = {
  ...DEFAULT_URL_STATE,
  filters: { ...DEFAULT_URL_STATE.filters, sectors: ["coal"] },
  lang: "zh" as const,
};
const flags = { ...FULL_VIEW_FLAGS, controls: false };

describe("embed snippet", () => {
  it("chooses the fixed fallback height by the column's width (Flourish's 650/575/400)", () => {
    expect(fallbackHeight(1200)).toBe(650);
    expect(fallbackHeight(800)).toBe(650);
    expect(fallbackHeight(640)).toBe(575);
    expect(fallbackHeight(480)).toBe(575);
    expect(fallbackHeight(375)).toBe(400);
  });

  it("puts the embed flags and the view in the frame's address", () => {
    expect(embedUrl("https://example.org/shanxi/", view, flags)).toBe(
      "https://example.org/shanxi/?embed=1&controls=0&sector=coal&lang=zh",
    );
  });

  it("keeps the table's sort in the frame's address", () => {
    const table = {
      ...view,
      mode: "table" as const,
      tableSort: { column: "prefecture" as const, ascending: false },
    };
    expect(embedUrl("https://example.org/shanxi/", table, flags)).toBe(
      "https://example.org/shanxi/?embed=1&controls=0&sector=coal&lang=zh&view=table&sort=-prefecture",
    );
  });

  it("writes a titled, lazy, full-width, sandboxed iframe and the external host script, no inline code", () => {
    const snippet = embedSnippet({
      appUrl: "https://example.org/shanxi/",
      view,
      flags,
      title: 'Shanxi "networks" <1958>',
      column: "narrow",
      hostScript: true,
      isolation: "default",
    });
    expect(snippet).toBe(
      '<iframe src="https://example.org/shanxi/?embed=1&amp;controls=0&amp;sector=coal&amp;lang=zh"' +
        ' title="Shanxi &quot;networks&quot; &lt;1958&gt;" loading="lazy" width="100%" height="575"' +
        ' style="width: 100%; border: 0;"' +
        ' sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"' +
        " data-shanxi-networks></iframe>\n" +
        '<script src="https://example.org/shanxi/embed-host.js" async></script>',
    );
  });

  it("keeps the app's own origin by default, so a host that sends no CORS header serves it", () => {
    const sandboxOf = (isolation: "default" | "strict") => {
      const snippet = embedSnippet({
        appUrl: "https://x.example/",
        view,
        flags,
        title: "t",
        column: "wide",
        hostScript: false,
        isolation,
      });
      return (snippet.match(/sandbox="([^"]*)"/)?.[1] ?? "").split(" ");
    };
    expect(sandboxOf("default")).toContain("allow-same-origin");
    expect(sandboxOf("default")).toContain("allow-scripts");
    // Strict isolation: an opaque origin, so the app's server must send CORS headers.
    expect(sandboxOf("strict")).not.toContain("allow-same-origin");
    expect(sandboxOf("strict")).toEqual(
      expect.arrayContaining(["allow-scripts", "allow-popups", "allow-downloads"]),
    );
  });

  it("leaves the script out when asked, and the frame then keeps its fixed height", () => {
    const snippet = embedSnippet({
      appUrl: "https://x.example/",
      view,
      flags,
      title: "t",
      column: "phone",
      hostScript: false,
      isolation: "default",
    });
    expect(snippet).not.toContain("<script");
    expect(snippet).toContain('height="400"');
  });
});
