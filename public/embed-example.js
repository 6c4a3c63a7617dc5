/*
 * Scrollytelling for embed-example.html: each paragraph (.step) carries the view it wants in
 * data-step; when a paragraph reaches the middle of the screen its view is sent to the embed.
 *
 * Commands go to the embed's window (iframe.contentWindow), addressed to the app's origin, so they are
 * not delivered if the frame has navigated elsewhere. With strict isolation (a sandbox without
 * allow-same-origin) the embed's origin is opaque and cannot be named: commands then go to "*". Replies
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

  const target = frame.sandbox.contains("allow-same-origin") ? new URL(frame.src, location.href).origin : "*";
  const send = (type, body = {}) => frame.contentWindow?.postMessage({ type: NS + type, ...body }, target);

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
