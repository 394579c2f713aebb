/**
 * How an organisation's exports look. Every field has a default, so a workspace without a
 * branding section exports exactly as before.
 */
export type CoverLayout = 'classic' | 'banner' | 'minimal';

export type PublishBranding = {
  /** Main colour (six hex digits): headings, the title rule, table headers. */
  readonly colour: string;
  readonly headingFont: string;
  readonly bodyFont: string;
  readonly coverLayout: CoverLayout;
  /** Replaces the organisation name on the left of the running header; empty keeps the default. */
  readonly headerText: string;
  /** Printed in the running footer above the document ID line; empty prints nothing. */
  readonly footerText: string;
  /** Adds "Uncontrolled when printed" to every footer. */
  readonly uncontrolledNote: boolean;
  /** Adds an approval block (approver, date, signature line) after the revision history. */
  readonly approvalBlock: boolean;
};

export const DEFAULT_BRANDING: PublishBranding = {
  colour: '1F3864',
  headingFont: 'Calibri',
  bodyFont: 'Calibri',
  coverLayout: 'classic',
  headerText: '',
  footerText: '',
  uncontrolledNote: false,
  approvalBlock: false,
};

export const UNCONTROLLED_NOTE = 'Uncontrolled when printed';

const clamp = (n: number) => Math.max(0, Math.min(255, Math.round(n)));
const hex = (n: number) => clamp(n).toString(16).padStart(2, '0').toUpperCase();

/** The colour mixed towards white by `amount` (0 = unchanged, 1 = white). */
export const tint = (colour: string, amount: number): string => {
  const value = Number.parseInt(colour, 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return channels.map((c) => hex(c + (255 - c) * amount)).join('');
};

/** The colours derived from the brand colour, so one choice restyles every accent. */
export const brandPalette = (colour: string) => ({
  accent: colour.toUpperCase(),
  accentMid: tint(colour, 0.15),
  accentSoft: tint(colour, 0.5),
  headerFill: tint(colour, 0.88),
  labelFill: tint(colour, 0.94),
});
