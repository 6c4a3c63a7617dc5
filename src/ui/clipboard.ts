/**
 * Copies text for the reader. The Clipboard API is refused in some places (a sandboxed iframe whose
 * host did not delegate clipboard-write, an insecure origin), so the old way is tried next: a
 * selected, off-screen field inside `container` (inside an open modal dialog, so not inert).
 * False when both are refused: the caller then shows the text selected for the reader to copy.
 */
export async function copyText(text: string, container: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement("textarea");
    field.value = text;
    field.readOnly = true;
    field.className = "visually-hidden";
    container.append(field);
    field.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}

/** Ref callback for the field that shows the text when copying was refused. */
export const selectOnMount = (field: HTMLInputElement | HTMLTextAreaElement | null) => {
  field?.focus();
  field?.select();
};
