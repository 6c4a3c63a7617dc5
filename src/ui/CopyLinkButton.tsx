/** Copies the address of the current view (the URL holds all of it). */
import { useRef, useState } from "react";
import { copyText, selectOnMount } from "./clipboard";
import { useT } from "./useDerived";

export function CopyLinkButton() {
  const t = useT();
  const containerRef = useRef<HTMLSpanElement>(null);
  const [result, setResult] = useState<{ copied: boolean; link: string } | null>(null);

  const copy = async () => {
    if (!containerRef.current) return;
    const link = window.location.href;
    setResult({ copied: await copyText(link, containerRef.current), link });
  };

  return (
    <span className="copy-link" ref={containerRef}>
      <button type="button" onClick={() => void copy()} data-testid="copy-link">
        {t("copyLink")}
      </button>
      <span role="status" className="copy-link-status">
        {result?.copied ? t("linkCopied") : ""}
      </span>
      {result && !result.copied && (
        <span className="copy-link-fallback">
          <input ref={selectOnMount} readOnly value={result.link} aria-label={t("copyLink")} />
          <span>{t("copyManually")}</span>
        </span>
      )}
    </span>
  );
}
