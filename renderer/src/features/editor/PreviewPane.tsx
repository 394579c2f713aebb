import { useMemo, type MouseEvent } from 'react';
import { renderPreviewHtml } from './preview-html';
import { sanitisePreview } from './sanitiser';

type PreviewPaneProps = {
  markdown: string | null;
  error: string | null;
  onFieldClick: (field: string) => void;
};

/** The rendered document: filled values marked subtly, unfilled ones prominently. */
export const PreviewPane = ({ markdown, error, onFieldClick }: PreviewPaneProps) => {
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
    <section className="preview-pane" aria-label="Preview" data-testid="preview">
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
