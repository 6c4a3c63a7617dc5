/*
 * Scrollytelling for embed-example.html: each paragraph (.step) carries the view it wants in
 * data-step; when a paragraph reaches the middle of the screen its view is sent to the embed.
 *
 * The embed is sandboxed without allow-same-origin, so its origin is opaque ("null") and cannot be
 * named as a target origin: commands go to "*", addressed by window (iframe.contentWindow). Replies
 * are trusted only when event.source is that window.
 */
(() => {
  const NS = "shanxi-networks:v1:";
  const frame = document.getElementById("networks");
  const caption = document.getElementById("step-caption");
  const steps = [...document.querySelectorAll(".step")];
  let ready = false;
  let wanted = null;
  let lang = "en";

  const send = (type, body = {}) => frame.contentWindow?.postMessage({ type: NS + type, ...body }, "*");

  const apply = (step) => {
    const view = JSON.parse(step.dataset.step);
    if (view.reset) send("reset");
    if (view.filters) send("setFilters", { filters: view.filters });
    send("select", { id: view.select ?? null });
    const nextLang = view.lang ?? "en";
    if (nextLang !== lang) send("setLanguage", { lang: nextLang });
    lang = nextLang;
  };

  window.addEventListener("message", (event) => {
    if (event.source !== frame.contentWindow) return;
    const { type, state } = event.data ?? {};
    if (type === `${NS}ready`) {
      ready = true;
      if (wanted) apply(wanted);
    }
    if ((type === `${NS}stateChange` || type === `${NS}ready`) && state) {
      caption.textContent = `${state.visibleIds.length} enterprises shown`;
    }
  });

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        for (const step of steps) step.classList.toggle("is-active", step === entry.target);
        wanted = entry.target;
        if (ready) apply(wanted);
      }
    },
    { rootMargin: "-45% 0px -45% 0px" },
  );
  for (const step of steps) observer.observe(step);
})();
