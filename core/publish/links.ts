/**
 * Whether a link target may become a clickable hyperlink in an exported document: a complete
 * http(s) address or a mailto address, with none of the characters that show it was cut out of
 * markup (quotes, angle brackets, spaces). Anything else prints as text only.
 */
const HOST = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?`;
const PATH = String.raw`[^\s"'<>\\^\x60{|}]*`;
const WEB = new RegExp(String.raw`^https?://${HOST}(?::\d{1,5})?(?:[/?#]${PATH})?$`, 'i');
const MAIL = new RegExp(
  String.raw`^mailto:[A-Za-z0-9._%+!$&*=^\x60{|}~-]+@${HOST}\.[A-Za-z]{2,}(?:\?${PATH})?$`,
  'i',
);

export const wellFormedLink = (href: string): string | null => {
  const target = href.trim();
  return WEB.test(target) || MAIL.test(target) ? target : null;
};
