import { COVER_LAYOUTS, type Branding } from '../../../../core/model/branding';
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

/** Fonts Word users commonly have; any installed font name can be typed. */
const FONT_SUGGESTIONS = [
  'Calibri',
  'Aptos',
  'Arial',
  'Cambria',
  'Georgia',
  'Garamond',
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
        <CommitText
          label="Heading font"
          value={b.headingFont}
          list="brand-fonts"
          testId="brand-heading-font"
          onCommit={(headingFont) => update({ headingFont })}
        />
        <CommitText
          label="Body font"
          value={b.bodyFont}
          list="brand-fonts"
          testId="brand-body-font"
          onCommit={(bodyFont) => update({ bodyFont })}
          hint="Word uses the font named; the PDF embeds Carlito (Calibri's metrics) whatever is chosen."
        />
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
        <CommitText
          label="Header text"
          value={b.headerText}
          testId="brand-header-text"
          hint="Left of the running header; empty shows the organisation name."
          onCommit={(headerText) => update({ headerText })}
        />
        <CommitText
          label="Footer note"
          value={b.footerText}
          testId="brand-footer-text"
          hint="Printed above the document ID line in every footer."
          onCommit={(footerText) => update({ footerText })}
        />
        <label className="checkbox-option">
          <input
            type="checkbox"
            checked={b.uncontrolledNote}
            data-testid="brand-uncontrolled"
            onChange={(event) => void update({ uncontrolledNote: event.target.checked })}
          />
          “Uncontrolled when printed” in every footer
        </label>
        <label className="checkbox-option">
          <input
            type="checkbox"
            checked={b.approvalBlock}
            data-testid="brand-approval-block"
            onChange={(event) => void update({ approvalBlock: event.target.checked })}
          />
          Approval block (approver, date, signature line) after the revision history
        </label>
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
