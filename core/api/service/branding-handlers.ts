import { base64ToBytes, bytesToBase64 } from '../base64';
import type { z } from 'zod';
import { AppError } from '../../errors';
import { brandingSchema, type BrandingPatch } from '../../model/branding';
import type { Workspace } from '../../model/workspace';
import type { brandingViewSchema } from '../contract-branding';
import type { Handlers } from '../dispatch';
import type { WorkspaceFiles } from '../ports';
import { readReference } from './brand-assets';
import { readReferenceDocxLazily } from './word-build-lazily';
import { readLogo } from './export-input';
import { checkLogo } from './logo-check';
import type { WorkspaceSessions } from './workspace-sessions';

type BrandingView = z.infer<typeof brandingViewSchema>;
type BrandingHandlers = Pick<
  Handlers,
  | 'branding.get'
  | 'branding.update'
  | 'branding.setLogo'
  | 'branding.removeLogo'
  | 'branding.setReferenceDocx'
  | 'branding.removeReferenceDocx'
>;

const REFERENCE_FILE = 'reference.docx';

/** Paragraph style names a reference defines, so the user sees what it will change. */
const paragraphStyleNames = (styles: string): string[] =>
  [...styles.matchAll(/<w:style [^>]*w:type="paragraph"[^>]*>\s*<w:name w:val="([^"]+)"/g)]
    .map((m) => m[1]!)
    .slice(0, 60);

const withoutField = (message: string, field: string) => message.replace(`${field}: `, '');

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The preview's cover document: the first live policy by ID, else the first live document. */
const sampleDocument = (workspace: Workspace): BrandingView['sample'] => {
  const live = workspace.documents
    .filter((d) => d.status !== 'obsolete' && d.withdrawnAt === null)
    .sort((a, b) => a.id.localeCompare(b.id));
  const meta = live.find((d) => d.kind === 'policy') ?? live[0];
  if (!meta) return null;
  return {
    documentId: meta.id,
    title: meta.title,
    version: meta.version,
    // As the exported cover prints it.
    status: capitalise(meta.status),
    classification: meta.classification,
  };
};

/** The branding section with what the logo and reference .docx look like right now. */
export const brandingView = async (
  workspace: Workspace,
  files: WorkspaceFiles,
): Promise<BrandingView> => {
  const [{ logo, warning }, { reference, warning: refWarning }] = await Promise.all([
    readLogo(workspace, files.readFile),
    readReference(workspace, files.readFile),
  ]);
  return {
    branding: workspace.branding,
    logo: {
      path: workspace.organisation.logo,
      problem: warning ? withoutField(warning.message, 'organisation.logo') : null,
      image: logo && {
        type: logo.type,
        widthPx: logo.widthPx,
        heightPx: logo.heightPx,
        base64: bytesToBase64(logo.data),
      },
    },
    referenceDocx: {
      path: workspace.branding.referenceDocx,
      problem: refWarning ? withoutField(refWarning.message, 'branding.referenceDocx') : null,
      styleNames: reference ? paragraphStyleNames(reference.styles) : [],
    },
    sample: sampleDocument(workspace),
  };
};

export const createBrandingHandlers = ({
  sessions,
}: {
  readonly sessions: WorkspaceSessions;
}): BrandingHandlers => {
  const change = async (dir: string, edit: (workspace: Workspace) => Workspace) => {
    const saved = await sessions.update(dir, (workspace) => Promise.resolve(edit(workspace)));
    return brandingView(saved, await sessions.files(dir));
  };
  const setBranding = (dir: string, patch: BrandingPatch & { referenceDocx?: string | null }) =>
    change(dir, (w) => ({ ...w, branding: brandingSchema.parse({ ...w.branding, ...patch }) }));
  const setLogoPath = (dir: string, logo: string | null) =>
    change(dir, (w) => ({ ...w, organisation: { ...w.organisation, logo } }));

  return {
    'branding.get': async ({ dir }) =>
      brandingView(await sessions.read(dir), await sessions.files(dir)),
    'branding.update': ({ dir, patch }) => setBranding(dir, patch),
    'branding.setLogo': async ({ dir, fileName, data }) => {
      const image = checkLogo(base64ToBytes(data), fileName);
      const files = await sessions.files(dir);
      const path = await files.writeAsset(`logo.${image.type}`, image.data);
      return setLogoPath(dir, path);
    },
    'branding.removeLogo': ({ dir }) => setLogoPath(dir, null),
    'branding.setReferenceDocx': async ({ dir, fileName, data }) => {
      if (!/\.docx$/i.test(fileName)) {
        throw new AppError('invalid-input', `${fileName} is not a Word (.docx) file.`, {
          field: 'branding.referenceDocx',
          file: fileName,
        });
      }
      const bytes = base64ToBytes(data);
      await readReferenceDocxLazily(bytes, fileName);
      const path = await (await sessions.files(dir)).writeAsset(REFERENCE_FILE, bytes);
      return setBranding(dir, { referenceDocx: path });
    },
    'branding.removeReferenceDocx': ({ dir }) => setBranding(dir, { referenceDocx: null }),
  };
};
