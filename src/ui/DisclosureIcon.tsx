/**
 * The ▸/▾ of an expandable row, drawn rather than typed: Noto Sans SC has no glyph for those
 * characters, so as text they made the browser fetch a 40 kB font chunk on every first load.
 */
export function DisclosureIcon({ open }: { open: boolean }) {
  return (
    <svg className="disclosure-icon" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <path d={open ? "M1 3h8L5 8z" : "M3 1v8l5-4z"} fill="currentColor" />
    </svg>
  );
}
