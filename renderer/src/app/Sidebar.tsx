import { lazy, Suspense, useEffect, useState } from 'react';
import { Icon, type IconName } from '../components/Icon';
import { afterFirstScreen } from './first-screen';
import type { View } from './navigation';

// The registers' names and titles come from their declarations, which carry their schemas: they
// load once the first screen has painted, behind a disabled Registers entry.
const RegistersNav = lazy(() =>
  import('../features/registers/RegistersNav').then((m) => ({ default: m.RegistersNav })),
);

const RegistersPlaceholder = () => (
  <li>
    <button type="button" className="nav-link" disabled>
      <Icon name="registers" />
      Registers
    </button>
  </li>
);

type NavItem = {
  view: Exclude<View['name'], 'editor' | 'register'>;
  label: string;
  icon: IconName;
};

const ITEMS: readonly NavItem[] = [
  { view: 'documents', label: 'Documents', icon: 'documents' },
  { view: 'templates', label: 'Templates', icon: 'templates' },
  { view: 'organisation', label: 'Organisation', icon: 'organisation' },
  { view: 'readiness', label: 'Readiness', icon: 'readiness' },
  { view: 'branding', label: 'Branding', icon: 'sparkle' },
];

const isCurrent = (item: View['name'], current: View['name']) =>
  item === current || (item === 'documents' && current === 'editor');

/** The main navigation; the editor counts as part of Documents. */
export const Sidebar = ({
  current,
  onNavigate,
  register = null,
}: {
  current: View['name'];
  onNavigate: (view: View) => void;
  register?: Extract<View, { name: 'register' }>['register'] | null;
}) => {
  const [registersWanted, setRegistersWanted] = useState(false);
  useEffect(() => afterFirstScreen(() => setRegistersWanted(true)), []);
  const link = (item: NavItem) => (
    <li key={item.view}>
      <button
        type="button"
        className="nav-link"
        data-testid={`nav-${item.view}`}
        aria-current={isCurrent(item.view, current) ? 'page' : undefined}
        onClick={() => onNavigate({ name: item.view })}
      >
        <Icon name={item.icon} />
        {item.label}
      </button>
    </li>
  );
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ◆
        </span>
        ISMS Workbench
      </div>
      <ul className="nav-list">
        {ITEMS.map(link)}
        {registersWanted || current !== 'documents' ? (
          <Suspense fallback={<RegistersPlaceholder />}>
            <RegistersNav
              current={register}
              onOpen={(name) => onNavigate({ name: 'register', register: name })}
            />
          </Suspense>
        ) : (
          <RegistersPlaceholder />
        )}
      </ul>
      <ul className="nav-list nav-bottom">
        {link({ view: 'settings', label: 'Settings', icon: 'settings' })}
      </ul>
    </nav>
  );
};
