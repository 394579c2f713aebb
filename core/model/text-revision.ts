/**
 * A short, stable revision tag of a text (two 32-bit FNV-1a style hashes and the length). A
 * client keeps the tag of the text it read and sends it back with its next save, so a save over
 * a file that another program changed in between can be refused instead of overwriting it.
 */
export const textRevision = (text: string): string => {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length.toString(36)}`;
};
