import type { BrandingView } from './use-branding';
import { brandStyle } from './brand-style';

type Props = { view: BrandingView; organisation: string };

const logoSource = (image: NonNullable<BrandingView['logo']['image']>) =>
  `data:image/${image.type === 'jpg' ? 'jpeg' : 'png'};base64,${image.base64}`;

/** With no document yet, a sample that says it is one: a draft, never "Approved". */
const SAMPLE = {
  documentId: 'SAMPLE-001',
  title: 'Information Security Policy',
  version: '0.1',
  status: 'Draft',
  classification: 'Internal',
};

/**
 * A cover and a first page drawn with the current choices: what the exports will look like. The
 * cover describes a real document of the workspace as it stands (ID, version, state).
 */
export const BrandPreview = ({ view, organisation }: Props) => {
  const { branding, logo } = view;
  const doc = view.sample ?? SAMPLE;
  const summary = [doc.documentId, `Version ${doc.version}`, doc.status, doc.classification].join(
    ' · ',
  );
  const footer = [
    branding.footerText.trim(),
    branding.uncontrolledNote ? 'Uncontrolled when printed' : '',
  ]
    .filter(Boolean)
    .join('  ·  ');
  return (
    <div className="brand-preview" style={brandStyle(branding)} data-testid="brand-preview">
      <p className="muted brand-preview-caption" data-testid="brand-preview-caption">
        {view.sample
          ? `Preview of ${view.sample.documentId} as it stands.`
          : 'Sample document: the workspace has no documents yet, so the cover shows a made-up draft.'}
      </p>
      <section
        className={`brand-page brand-cover cover-${branding.coverLayout}`}
        aria-label="Cover preview"
        data-testid="brand-cover"
      >
        {logo.image ? (
          <img
            className="brand-logo"
            src={logoSource(logo.image)}
            alt={`Logo of ${organisation}`}
          />
        ) : null}
        <div className="brand-cover-title">
          <p className="brand-cover-organisation">{organisation}</p>
          <p className="brand-cover-heading" data-testid="brand-title">
            {doc.title}
          </p>
        </div>
        <p className="brand-cover-summary" data-testid="brand-cover-summary">
          {summary}
        </p>
      </section>
      <section className="brand-page" aria-label="Page preview">
        <p className="brand-running-header">
          <span>{branding.headerText.trim() || organisation}</span>
          <span>{doc.title}</span>
        </p>
        <h3 className="brand-heading" data-testid="brand-heading">
          1 Purpose
        </h3>
        <p className="brand-body">
          This policy sets out how {organisation} protects the information it holds.
        </p>
        <table className="brand-table">
          <thead>
            <tr>
              <th>Role</th>
              <th>Responsibility</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>ISMS Manager</td>
              <td>Maintains the ISMS</td>
            </tr>
          </tbody>
        </table>
        <p className="brand-running-footer">
          {footer ? <span className="brand-footer-note">{footer}</span> : null}
          <span>
            {[doc.documentId, `Version ${doc.version}`, doc.classification].join(' · ')} · Page 2 of
            9
          </span>
        </p>
      </section>
    </div>
  );
};
