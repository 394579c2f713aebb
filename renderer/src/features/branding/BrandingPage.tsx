import { COVER_LAYOUTS, type Branding } from '../../../../core/model/branding';
import { pdfFontNote } from '../../../../core/publish/pdf-fonts';
import { useSession } from '../../app/navigation';
import { describeError } from '../../components/errors';
import { BrandPreview } from './BrandPreview';
import { ColourField, CommitText } from './BrandingFields';
import { useBranding, type BrandingView } from './use-branding';
import './branding.css';

const LAYOUT_LABELS: Readonly<Record<Branding['coverLayout'], string>> = {
  classic: 'Classic: title low on the page under a rule',
  banner: 'Banner: title on a band of the colour',
  minimal: 'Minimal: title at the top',
};

/**
 * Fonts Word users commonly have; any installed font name can be typed. The first five have an
 * open metric twin the PDF embeds (see core/publish/pdf-fonts.ts).
 */
const FONT_SUGGESTIONS = [
  'Calibri',
  'Cambria',
  'Arial',
  'Times New Roman',
  'Georgia',
  'Garamond',
  'Aptos',
  'Segoe UI',
  'Verdana',
];

type Actions = ReturnType<typeof useBranding>;

const Assets = ({ view, actions }: { view: BrandingView; actions: Actions }) => (
  <>
    <fieldset className="fieldset">
      <legend>Logo</legend>
      <p className="muted" data-testid="logo-path">
        {view.logo.path ?? 'No logo: covers show the organisation name only.'}
      </p>
      {view.logo.problem ? (
        <p className="asset-problem" role="alert" data-testid="logo-problem">
          {view.logo.problem}
        </p>
      ) : null}
      <div className="asset-row">
        <button
          type="button"
          className="button"
          data-testid="choose-logo"
          onClick={() => void actions.chooseLogo()}
        >
          Choose logo…
        </button>
        {view.logo.path ? (
          <button
            type="button"
            className="button button-ghost"
            onClick={() => void actions.removeLogo()}
          >
            Remove
          </button>
        ) : null}
      </div>
      <p className="field-hint">A PNG or JPEG up to 2 MB; it is copied into the workspace.</p>
    </fieldset>
    <fieldset className="fieldset">
      <legend>Reference Word document</legend>
      <p className="muted" data-testid="reference-path">
        {view.referenceDocx.path
          ? `${view.referenceDocx.path}: ${view.referenceDocx.styleNames.length} paragraph styles`
          : 'None: the built-in styles with the choices above.'}
      </p>
      {view.referenceDocx.problem ? (
        <p className="asset-problem" role="alert" data-testid="reference-problem">
          {view.referenceDocx.problem}
        </p>
      ) : null}
      <div className="asset-row">
        <button
          type="button"
          className="button"
          data-testid="choose-reference"
          onClick={() => void actions.chooseReference()}
        >
          Choose .docx…
        </button>
        {view.referenceDocx.path ? (
          <button
            type="button"
            className="button button-ghost"
            onClick={() => void actions.removeReference()}
          >
            Remove
          </button>
        ) : null}
      </div>
      <p className="field-hint">
        Word exports adopt its styles (Normal, Heading 1, Title…) and theme; styles it does not
        define keep the choices above.
      </p>
    </fieldset>
  </>
);

type TextKey = 'headingFont' | 'bodyFont' | 'headerText' | 'footerText';
type FlagKey = 'uncontrolledNote' | 'approvalBlock';

/** The text choices in screen order; fonts offer suggestions and say what the PDF embeds. */
const TEXT_FIELDS: readonly {
  key: TextKey;
  label: string;
  testId: string;
  fonts?: true;
  hint?: string;
  group: 'look' | 'running';
}[] = [
  {
    key: 'headingFont',
    label: 'Heading font',
    testId: 'brand-heading-font',
    fonts: true,
    group: 'look',
  },
  { key: 'bodyFont', label: 'Body font', testId: 'brand-body-font', fonts: true, group: 'look' },
  {
    key: 'headerText',
    label: 'Header text',
    testId: 'brand-header-text',
    hint: 'Left of the running header; empty shows the organisation name.',
    group: 'running',
  },
  {
    key: 'footerText',
    label: 'Footer note',
    testId: 'brand-footer-text',
    hint: 'Printed above the document ID line in every footer.',
    group: 'running',
  },
];

const FLAG_FIELDS: readonly { key: FlagKey; label: string; testId: string }[] = [
  {
    key: 'uncontrolledNote',
    label: '\u201CUncontrolled when printed\u201D in every footer',
    testId: 'brand-uncontrolled',
  },
  {
    key: 'approvalBlock',
    label: 'Approval block (approver, date, signature line) after the revision history',
    testId: 'brand-approval-block',
  },
];

/** Word uses the font named; the hint says which open font the PDF embeds when it differs. */
const fontHint = (font: string): string =>
  pdfFontNote(font) ?? `The PDF embeds ${font.trim()} itself.`;

const TextFields = ({
  group,
  branding,
  update,
}: {
  group: 'look' | 'running';
  branding: Branding;
  update: Actions['update'];
}) =>
  TEXT_FIELDS.filter((f) => f.group === group).map((field) => (
    <CommitText
      key={field.key}
      label={field.label}
      value={branding[field.key]}
      testId={field.testId}
      {...(field.fonts ? { list: 'brand-fonts' } : {})}
      hint={field.fonts ? fontHint(branding[field.key]) : field.hint}
      onCommit={(value) => update({ [field.key]: value })}
    />
  ));

const Choices = ({ view, actions }: { view: BrandingView; actions: Actions }) => {
  const b = view.branding;
  const { update } = actions;
  return (
    <>
      <fieldset className="fieldset">
        <legend>Look</legend>
        <ColourField value={b.colour} onCommit={(colour) => update({ colour })} />
        <datalist id="brand-fonts">
          {FONT_SUGGESTIONS.map((font) => (
            <option key={font} value={font} />
          ))}
        </datalist>
        <TextFields group="look" branding={b} update={update} />
        <div className="radio-list" role="radiogroup" aria-label="Cover layout">
          {COVER_LAYOUTS.map((layout) => (
            <label key={layout} className="radio-option">
              <input
                type="radio"
                name="cover-layout"
                value={layout}
                checked={b.coverLayout === layout}
                data-testid={`cover-${layout}`}
                onChange={() => void update({ coverLayout: layout })}
              />
              {LAYOUT_LABELS[layout]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Header and footer</legend>
        <TextFields group="running" branding={b} update={update} />
        {FLAG_FIELDS.map((field) => (
          <label key={field.key} className="checkbox-option">
            <input
              type="checkbox"
              checked={b[field.key]}
              data-testid={field.testId}
              onChange={(event) => void update({ [field.key]: event.target.checked })}
            />
            {field.label}
          </label>
        ))}
      </fieldset>
    </>
  );
};

/** The organisation's look for every export, with a preview that follows each choice. */
export const BrandingPage = () => {
  const { workspace } = useSession();
  const actions = useBranding();
  const view = actions.data;
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Branding</h1>
          <p className="muted">How exported Word and PDF documents and the preview look.</p>
        </div>
      </div>
      {actions.error && !view ? (
        <p role="alert" className="field-error">
          {describeError(actions.error)}
        </p>
      ) : null}
      {view ? (
        <div className="branding-layout">
          <div className="branding-form">
            <Choices view={view} actions={actions} />
            <Assets view={view} actions={actions} />
          </div>
          <BrandPreview view={view} organisation={workspace.name} />
        </div>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </div>
  );
};
