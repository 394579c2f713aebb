import { z } from 'zod';

/** A logo's kind and size in pixels, however its bytes travel. */
export const logoImageFields = {
  type: z.enum(['png', 'jpg']),
  widthPx: z.number(),
  heightPx: z.number(),
};

/** A logo with its bytes in base64: the branding preview, a frozen document's snapshot. */
export const base64LogoSchema = z.object({ ...logoImageFields, base64: z.string() });
