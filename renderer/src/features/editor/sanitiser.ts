import createPurifier, { type DOMPurify } from 'dompurify';
import { PREVIEW_CLASSES, PURIFY_CONFIG, type Sanitise } from './preview-html';

/**
 * A DOMPurify of the preview's own, with its allow-list and rules: the allow-list is read once
 * (`setConfig`), not again on every block, and no other code on the page shares its hooks.
 */
const createPreviewPurifier = (): DOMPurify => {
  const purify = createPurifier(window);
  purify.setConfig(PURIFY_CONFIG);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'class') {
      data.attrValue = data.attrValue
        .split(/\s+/)
        .filter((name) => PREVIEW_CLASSES.has(name))
        .join(' ');
      if (!data.attrValue) data.keepAttr = false;
    }
    if (data.attrName === 'src' && !data.attrValue.startsWith('data:image/')) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'INPUT') {
      // Task-list checkboxes are display only.
      node.setAttribute('disabled', '');
      if (node.getAttribute('type') !== 'checkbox') node.remove();
    }
  });
  return purify;
};

let purifier: DOMPurify | null = null;

/** DOMPurify with the preview's allow-list; needs a DOM (the renderer or a test DOM). */
export const sanitisePreview: Sanitise = (html) => {
  purifier ??= createPreviewPurifier();
  return purifier.sanitize(html);
};
