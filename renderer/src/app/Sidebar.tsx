import { Icon, type IconName } from '../components/Icon';
import type { View } from './navigation';

type NavItem = { view: Exclude<View['name'], 'editor'>; label: string; icon: IconName };

const ITEMS: readonly NavItem[] = [
  { view: 'documents', label: 'Documents', icon: 'documents' },
  { view: 'templates', label: 'Templates', icon: 'templates' },
  { view: 'organisation', label: 'Organisation', icon: 'organisation' },
  { view: 'readiness', label: 'Readiness', icon: 'readiness' },
];

const COMING: readonly { label: string; icon: IconName }[] = [
  { label: 'Registers', icon: 'registers' },
];

const isCurrent = (item: View['name'], current: View['name']) =>
  item === current || (item === 'documents' && current === 'editor');

/** The main navigation; the editor counts as part of Documents. */
export const Sidebar = ({
  current,
  onNavigate,
}: {
  current: View['name'];
  onNavigate: (view: View) => void;
}) => {
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
      <ul className="nav-list">{ITEMS.map(link)}</ul>
      <p className="nav-group-title" id="nav-coming">
        Coming soon
      </p>
      <ul className="nav-list" aria-labelledby="nav-coming">
        {COMING.map((item) => (
          <li key={item.label}>
            <button
              type="button"
              className="nav-link"
              disabled
              aria-disabled="true"
              data-testid={`nav-${item.label.toLowerCase()}`}
            >
              <Icon name={item.icon} />
              {item.label}
              <span className="badge badge-muted">Soon</span>
            </button>
          </li>
        ))}
      </ul>
      <ul className="nav-list nav-bottom">
        {link({ view: 'settings', label: 'Settings', icon: 'settings' })}
      </ul>
    </nav>
  );
};
