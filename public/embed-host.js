/*
 * Host-page helper for embeds of the Shanxi networks explorer (optional; no dependencies).
 *
 *   <iframe data-shanxi-networks src="…?embed=1" …></iframe>
 *   <script src="…/embed-host.js" async></script>
 *
 * Gives every iframe marked data-shanxi-networks a fallback height for its width (650, 575 or
 * 400 px), then the height its content reports. Height messages in the AMP shape
 * {sentinel: "amp", type: "embed-size", height} and Datawrapper's {"datawrapper-height": {id: h}}
 * are applied only to the iframe whose window sent them (event.source): two embeds of the same app
 * share an origin (and with strict isolation it is opaque), so only the window tells them apart, and
 * another frame cannot resize ours.
 */
(() => {
  if (window.shanxiNetworksHost) return;
  const SELECTOR = "iframe[data-shanxi-networks]";
  const MIN_HEIGHT = 150;
  const MAX_HEIGHT = 10000;
  const sized = new WeakSet();

  const fallbackHeight = (width) => (width >= 800 ? 650 : width >= 480 ? 575 : 400);

  const applyFallbacks = () => {
    for (const frame of document.querySelectorAll(SELECTOR)) {
      if (!sized.has(frame)) frame.style.height = `${fallbackHeight(frame.getBoundingClientRect().width)}px`;
    }
  };

  const reportedHeight = (data) => {
    if (!data || typeof data !== "object") return null;
    if (data.sentinel === "amp" && data.type === "embed-size") return data.height;
    const datawrapper = data["datawrapper-height"];
    if (datawrapper && typeof datawrapper === "object") return Object.values(datawrapper)[0];
    return null;
  };

  const onMessage = (event) => {
    const height = Number(reportedHeight(event.data));
    if (!Number.isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    for (const frame of document.querySelectorAll(SELECTOR)) {
      if (frame.contentWindow === event.source) {
        sized.add(frame);
        frame.style.height = `${Math.ceil(height)}px`;
      }
    }
  };

  window.addEventListener("message", onMessage);
  window.addEventListener("resize", applyFallbacks);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", applyFallbacks);
  else applyFallbacks();
  window.shanxiNetworksHost = { fallbackHeight };
})();
