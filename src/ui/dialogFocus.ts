/** Shared by the lazily loaded modal dialogs (export, embed). */

const FOCUSABLE =
  "button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex='-1'])";

/**
 * A modal <dialog> keeps the page inert, but Tab past its last control still leaves for the
 * browser's own toolbar; wrap round instead, as the APG dialog pattern asks.
 */
export function keepFocusInside(
  dialog: HTMLDialogElement,
  event: { shiftKey: boolean; preventDefault(): void },
) {
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.offsetParent !== null,
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
