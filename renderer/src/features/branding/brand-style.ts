import type { CSSProperties } from 'react';
import type { Branding } from '../../../../core/model/branding';
import { brandPalette } from '../../../../core/publish/branding';

type BrandLook = Pick<Branding, 'colour' | 'headingFont' | 'bodyFont'>;

/** A font name as a CSS family, falling back to the app's own sans-serif stack. */
const family = (font: string) => `'${font.replace(/'/g, '')}', var(--font-sans)`;

/**
 * CSS variables for the organisation's look, from the same palette the Word and PDF exports
 * derive from the brand colour, so the preview shows what the export prints.
 */
export const brandStyle = (branding: BrandLook): CSSProperties => {
  const palette = brandPalette(branding.colour);
  return {
    '--brand-accent': `#${palette.accent}`,
    '--brand-accent-mid': `#${palette.accentMid}`,
    '--brand-accent-soft': `#${palette.accentSoft}`,
    '--brand-header-fill': `#${palette.headerFill}`,
    '--brand-heading-font': family(branding.headingFont),
    '--brand-body-font': family(branding.bodyFont),
  } as CSSProperties;
};
