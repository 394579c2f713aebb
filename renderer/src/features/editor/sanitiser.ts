import DOMPurify from 'dompurify';
import { PREVIEW_CLASSES, PURIFY_CONFIG, type Sanitise } from './preview-html';

let configured = false;

const configure = () => {
  if (configured) return;
  configured = true;
  DOMPurify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'class') {
      data.attrValue = data.attrValue
        .split(/\s+/)
        .filter((name) => PREVIEW_CLASSES.has(name))
        .join(' ');
      if (!data.attrValue) data.keepAttr = false;
    }
    if (data.attrName === 'src' && !data.attrValue.startsWith('data:image/')) data.keepAttr = false;
  });
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'INPUT') {
      // Task-list checkboxes are display only.
      node.setAttribute('disabled', '');
      if (node.getAttribute('type') !== 'checkbox') node.remove();
    }
  });
};

/** DOMPurify with the preview's allow-list; needs a DOM (the renderer or a test DOM). */
export const sanitisePreview: Sanitise = (html) => {
  configure();
  return DOMPurify.sanitize(html, PURIFY_CONFIG);
};
