import { useState } from 'react';
import { FieldFrame } from '../../components/Field';

/** A text input that saves when it loses focus or on Enter, not on every keystroke. */
export const CommitText = ({
  label,
  value,
  onCommit,
  hint,
  list,
  testId,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => Promise<boolean>;
  hint?: string;
  list?: string;
  testId: string;
}) => {
  const [draft, setDraft] = useState(value);
  // A saved value from elsewhere replaces the draft (React's state-from-props pattern).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft === value) return;
    void onCommit(draft).then((saved) => {
      if (!saved) setDraft(value);
    });
  };
  return (
    <FieldFrame label={label} hint={hint}>
      {({ id, describedBy }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          value={draft}
          list={list}
          data-testid={testId}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
    </FieldFrame>
  );
};

const HEX = /^#?([0-9a-fA-F]{6})$/;

/** The brand colour: a colour picker and its hex value, either one saves. */
export const ColourField = ({
  value,
  onCommit,
}: {
  value: string;
  onCommit: (hex: string) => Promise<boolean>;
}) => {
  const [draft, setDraft] = useState(`#${value}`);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(`#${value}`);
  }
  const commit = (text: string) => {
    const hex = HEX.exec(text.trim())?.[1]?.toUpperCase();
    if (!hex) return setDraft(`#${value}`);
    if (hex !== value) void onCommit(hex);
  };
  return (
    <FieldFrame label="Colour" hint="Headings, the title rule and table headers.">
      {({ id, describedBy }) => (
        <div className="colour-row">
          <input
            type="color"
            aria-label="Pick the colour"
            value={HEX.test(draft) ? draft : `#${value}`}
            data-testid="brand-colour-picker"
            onChange={(event) => {
              setDraft(event.target.value);
              commit(event.target.value);
            }}
          />
          <input
            id={id}
            aria-describedby={describedBy}
            value={draft}
            size={9}
            data-testid="brand-colour"
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => commit(draft)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commit(draft);
            }}
          />
        </div>
      )}
    </FieldFrame>
  );
};
