import { useState } from 'react';
import { EVERY_REGISTER } from '../../../../core/registers/registry';
import type { RegisterName } from '../../../../core/registers/types';
import { Icon } from '../../components/Icon';
import './registers.css';

/** Short names for the sidebar, where the declarations' full titles would wrap. */
const NAV_LABELS: Partial<Record<RegisterName, string>> = {
  'context-issues': 'Context issues',
  'legal-requirements': 'Legal requirements',
  assets: 'Assets',
  risks: 'Risks',
  treatments: 'Risk treatment plan',
  soa: 'Applicability (SoA)',
  objectives: 'Objectives',
  competence: 'Competence',
  acknowledgements: 'Acknowledgements',
  incidents: 'Incidents',
  audits: 'Internal audits',
  findings: 'Audit findings',
  nonconformities: 'Nonconformities',
  improvements: 'Improvements',
};

// Where the sidebar scrolls (a low window), the open register's link stays in sight.
const showCurrent = (link: HTMLButtonElement | null) => link?.scrollIntoView({ block: 'nearest' });

/** The Registers group of the sidebar: one link per register, folded until needed. */
export const RegistersNav = ({
  current,
  onOpen,
}: {
  current: RegisterName | null;
  onOpen: (name: RegisterName) => void;
}) => {
  const [open, setOpen] = useState(current !== null);
  const expanded = open || current !== null;
  return (
    <li>
      <button
        type="button"
        className="nav-link"
        aria-expanded={expanded}
        aria-controls="nav-registers"
        data-testid="nav-registers"
        onClick={() => setOpen(!expanded)}
      >
        <Icon name="registers" />
        Registers
        <span className="nav-caret" aria-hidden="true">
          {expanded ? '▾' : '▸'}
        </span>
      </button>
      {expanded ? (
        <ul className="nav-list nav-sublist" id="nav-registers">
          {EVERY_REGISTER.map((register) => (
            <li key={register.name}>
              <button
                type="button"
                className="nav-link nav-sublink"
                data-testid={`nav-register-${register.name}`}
                aria-current={current === register.name ? 'page' : undefined}
                title={NAV_LABELS[register.name] ?? register.title}
                ref={current === register.name ? showCurrent : undefined}
                onClick={() => onOpen(register.name)}
              >
                <span className="nav-sublink-text">
                  {NAV_LABELS[register.name] ?? register.title}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
};
