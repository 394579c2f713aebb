import {
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type MouseEvent,
  type RefObject,
} from 'react';
import type { Store } from '../../components/store';
import { useBrandStyle } from '../branding/use-brand-style';
import { blockKey, blockNode, createBlockSanitiser, patchBlocks } from './preview-blocks';
import { placeEcho, type EchoPatch } from './preview-echo';
import { sanitisePreview } from './sanitiser';
import type { EchoChannel } from './use-preview';

type PreviewPaneProps = {
  /** The rendered document's top-level blocks as unsanitised HTML; null while it first renders. */
  blocks: Store<readonly string[] | null>;
  /** Keystrokes the page rendered itself, shown before the worker's answer (which replaces them). */
  echoes: EchoChannel;
  error: string | null;
  onFieldClick: (field: string) => void;
  paneRef?: RefObject<HTMLElement | null>;
};

/**
 * The rendered document: filled values marked subtly, unfilled ones prominently. Memoised, and
 * fed by a store: a keystroke patches the changed blocks without rendering any React component.
 */
export const PreviewPane = memo(function PreviewPane({
  blocks,
  echoes,
  error,
  onFieldClick,
  paneRef,
}: PreviewPaneProps) {
  const sanitiseBlocks = useMemo(() => createBlockSanitiser(sanitisePreview), []);
  const article = useRef<HTMLElement | null>(null);
  const blockKeys = useRef(new WeakMap<Element, string>());
  const brand = useBrandStyle();
  const rendered = useSyncExternalStore(blocks.subscribe, () => blocks.get() !== null);

  // The DOM is patched block by block instead of re-setting innerHTML, so typing in a long
  // document only re-creates the paragraph being edited.
  useLayoutEffect(() => {
    // The unsanitised blocks on screen, in order, echoes included.
    let shown: readonly string[] = [];
    const patch = () => {
      const next = blocks.get();
      if (next === null || article.current === null) return;
      patchBlocks(article.current, sanitiseBlocks(next), blockKeys.current);
      shown = next;
    };
    const showEcho = (echo: EchoPatch): boolean => {
      const at = placeEcho(shown, echo);
      const old = at === null ? null : article.current?.children[at];
      if (at === null || !old) return false;
      const block = { key: blockKey(0, echo.after), html: sanitiseBlocks.one(echo.after) };
      old.replaceWith(blockNode(block, blockKeys.current));
      shown = shown.map((html, i) => (i === at ? echo.after : html));
      return true;
    };
    patch();
    echoes.listen(showEcho);
    const unsubscribe = blocks.subscribe(patch);
    return () => {
      echoes.listen(null);
      unsubscribe();
    };
  }, [blocks, echoes, sanitiseBlocks]);

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
      {!rendered && !error ? <p className="muted preview-loading">Rendering…</p> : null}
      <article
        ref={article}
        className={brand ? 'document-preview branded' : 'document-preview'}
        style={brand}
        data-testid="preview-content"
        hidden={!rendered}
        onClick={onClick}
      />
    </section>
  );
});
