import { useLayoutEffect, useMemo, useRef, type MouseEvent, type RefObject } from 'react';
import { useBrandStyle } from '../branding/use-brand-style';
import { createBlockSanitiser, patchBlocks } from './preview-blocks';
import { sanitisePreview } from './sanitiser';

type PreviewPaneProps = {
  /** The rendered document's top-level blocks as unsanitised HTML; null while it first renders. */
  blocks: readonly string[] | null;
  error: string | null;
  onFieldClick: (field: string) => void;
  paneRef?: RefObject<HTMLElement | null>;
};

/** The rendered document: filled values marked subtly, unfilled ones prominently. */
export const PreviewPane = ({ blocks, error, onFieldClick, paneRef }: PreviewPaneProps) => {
  const sanitiseBlocks = useMemo(() => createBlockSanitiser(sanitisePreview), []);
  const article = useRef<HTMLElement | null>(null);
  const blockKeys = useRef(new WeakMap<Element, string>());
  const brand = useBrandStyle();

  // The DOM is patched block by block instead of re-setting innerHTML, so typing in a long
  // document only re-creates the paragraph being edited.
  useLayoutEffect(() => {
    if (blocks === null || article.current === null) return;
    patchBlocks(article.current, sanitiseBlocks(blocks), blockKeys.current);
  }, [blocks, sanitiseBlocks]);

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
      {blocks === null && !error ? <p className="muted preview-loading">Rendering…</p> : null}
      <article
        ref={article}
        className={brand ? 'document-preview branded' : 'document-preview'}
        style={brand}
        data-testid="preview-content"
        hidden={blocks === null}
        onClick={onClick}
      />
    </section>
  );
};
