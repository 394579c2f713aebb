import { z } from 'zod';
import { lazySchema } from './lazy-schema';

const colour = lazySchema(() =>
  z
    .string()
    .regex(/^[0-9A-Fa-f]{6}$/, 'a colour is six hexadecimal digits, such as 1F3864')
    .transform((value) => value.toUpperCase()),
);

/** Font names as Word knows them; a name with markup characters could break styles.xml. */
const fontName = lazySchema(() =>
  z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[A-Za-z0-9 ._-]+$/, 'a font name has letters, digits, spaces, dots or hyphens only'),
);

export const COVER_LAYOUTS = ['classic', 'banner', 'minimal'] as const;

/**
 * The organisation's look for exported documents. Every field is defaulted, so a workspace
 * written before branding existed loads unchanged and exports as before.
 */
export const brandingSchema = lazySchema(() =>
  z.object({
    colour: colour.default('1F3864'),
    headingFont: fontName.default('Calibri'),
    bodyFont: fontName.default('Calibri'),
    coverLayout: z.enum(COVER_LAYOUTS).default('classic'),
    headerText: z.string().max(120).default(''),
    footerText: z.string().max(160).default(''),
    uncontrolledNote: z.boolean().default(false),
    approvalBlock: z.boolean().default(false),
    /** A .docx inside the workspace whose styles the Word export adopts (pandoc's reference-doc). */
    referenceDocx: z.string().nullable().default(null),
  }),
);

export type Branding = z.output<typeof brandingSchema>;

/**
 * A change to some branding choices. The fields carry no defaults (unlike the stored section),
 * so a patch naming one field changes only that field.
 */
export const brandingPatchSchema = lazySchema(() =>
  z
    .object({
      colour,
      headingFont: fontName,
      bodyFont: fontName,
      coverLayout: z.enum(COVER_LAYOUTS),
      headerText: z.string().max(120),
      footerText: z.string().max(160),
      uncontrolledNote: z.boolean(),
      approvalBlock: z.boolean(),
    })
    .partial()
    .strict(),
);

export type BrandingPatch = z.output<typeof brandingPatchSchema>;
