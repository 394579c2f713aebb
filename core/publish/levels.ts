/**
 * Risk levels shade their table cells in both exports, so a risk matrix or heat map reads at a
 * glance. A cell qualifies when its whole text is a level ("High") or a score and a level
 * ("15 High", "15 (High)"); a sentence that merely mentions a level is left alone.
 */
const SHADES: Readonly<Record<string, string>> = {
  'very low': 'DDEFD5',
  low: 'C6EFCE',
  medium: 'FFEB9C',
  high: 'FFC7CE',
  'very high': 'F4A6A6',
  critical: 'F4A6A6',
};

const LEVEL_CELL = /^(?:\d{1,3}\s+)?\(?(very low|low|medium|high|very high|critical)\)?$/i;

export const levelShade = (cellText: string): string | null => {
  const match = LEVEL_CELL.exec(cellText.replace(/\s+/g, ' ').trim());
  return match?.[1] ? (SHADES[match[1].toLowerCase()] ?? null) : null;
};
