import { z } from 'zod';
import { base64LogoSchema } from '../model/logo-image';
import { brandingPatchSchema, brandingSchema } from '../model/branding';
import { documentMetaSchema } from '../model/workspace';

const dir = z.string().min(1, 'a workspace folder is required');
/** A file the user picked: its name (for messages and the extension) and its bytes in base64. */
const pickedFile = {
  fileName: z.string().trim().min(1, 'a file name is required').max(255),
  data: z.string().min(1, 'the file is empty'),
};

export const brandingViewSchema = z.object({
  branding: brandingSchema,
  logo: z.object({
    /** organisation.logo: the image inside the workspace (assets/logo.png). */
    path: z.string().nullable(),
    /** Why the logo cannot be used (missing, not an image); null when it is fine or unset. */
    problem: z.string().nullable(),
    /** The image for the preview, in base64, with its kind and size. */
    image: base64LogoSchema.nullable(),
  }),
  referenceDocx: z.object({
    path: z.string().nullable(),
    problem: z.string().nullable(),
    /** The names of the paragraph styles the reference defines (Heading 1, Normal...). */
    styleNames: z.array(z.string()),
  }),
  /**
   * The document the preview's cover describes: the first policy (else the first document) as
   * it stands, so its state is true; null in a workspace without documents.
   */
  sample: z
    .object({
      documentId: z.string(),
      title: z.string(),
      version: z.string(),
      status: z.string(),
      classification: z.string(),
    })
    .nullable()
    .default(null),
});

const withView = <T extends z.ZodType>(input: T) => ({ input, output: brandingViewSchema });

/** The organisation's look for exports: branding choices, logo and reference .docx. */
export const brandingContract = {
  /** The branding choices, with the state of the logo and the reference .docx. */
  'branding.get': withView(z.object({ dir })),
  /** Changes branding choices (fonts, colour, cover layout, header and footer). */
  'branding.update': withView(z.object({ dir, patch: brandingPatchSchema })),
  /** Checks a PNG or JPEG logo (type, size, readable) and copies it into assets/. */
  'branding.setLogo': withView(z.object({ dir, ...pickedFile })),
  /** Stops using the logo (the file stays in the workspace). */
  'branding.removeLogo': withView(z.object({ dir })),
  /** Checks a .docx and copies it to assets/reference.docx; exports adopt its styles. */
  'branding.setReferenceDocx': withView(z.object({ dir, ...pickedFile })),
  /** Goes back to the built-in styles. */
  'branding.removeReferenceDocx': withView(z.object({ dir })),
} as const;

export const importReportSchema = z.object({
  /** What came across: headings, list items, tables, links. */
  kept: z.object({
    headings: z.number(),
    listItems: z.number(),
    tables: z.number(),
    links: z.number(),
  }),
  /** What could not be kept, one entry per kind with a count and a plain explanation. */
  dropped: z.array(z.object({ kind: z.string(), count: z.number(), detail: z.string() })),
});

export const importContract = {
  /** Imports a Word (.docx) file as a new draft document; the report lists what was dropped. */
  'documents.import': {
    input: z.object({
      dir,
      ...pickedFile,
      /** The template the document stands for (numbering, clauses, controls); optional. */
      templateId: z.string().trim().min(1).optional(),
    }),
    output: z.object({ document: documentMetaSchema, report: importReportSchema }),
  },
} as const;
