import { useMemo, type MouseEvent, type RefObject } from 'react';
import { renderPreviewHtml } from './preview-html';
import { sanitisePreview } from './sanitiser';

type PreviewPaneProps = {
  markdown: string | null;
  error: string | null;
  onFieldClick: (field: string) => void;
  paneRef?: RefObject<HTMLElement | null>;
};

/** The rendered document: filled values marked subtly, unfilled ones prominently. */
export const PreviewPane = ({ markdown, error, onFieldClick, paneRef }: PreviewPaneProps) => {
  const html = useMemo(
    () => (markdown === null ? null : renderPreviewHtml(markdown, sanitisePreview)),
    [markdown],
  );
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const target = event.target instanceof Element ? event.target : null;
    // Links must never navigate the app window away from the editor.
    if (target?.closest('a')) event.preventDefault();
    const field = target?.closest('[data-field]')?.getAttribute('data-field');
    if (field) onFieldClick(field);
  };
  return (
    <section
      ref={paneRef}
      className="preview-pane"
      aria-label="Preview"
      data-testid="preview"
      tabIndex={0}
    >
      {error ? (
        <p className="preview-error" role="alert" data-testid="preview-error">
          {error}
        </p>
      ) : null}
      {html === null ? (
        <p className="muted preview-loading">Rendering…</p>
      ) : (
        <article
          className="document-preview"
          data-testid="preview-content"
          onClick={onClick}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </section>
  );
};
