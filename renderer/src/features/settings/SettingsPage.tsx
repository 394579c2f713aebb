import { useSyncExternalStore } from 'react';
import { useServices } from '../../app/services';
import { THEME_PREFERENCES, type ThemePreference } from './theme';

const LABELS: Readonly<Record<ThemePreference, string>> = {
  system: 'Match the system',
  light: 'Light',
  dark: 'Dark',
};

/** App preferences kept on this computer (not in the workspace). */
export const SettingsPage = () => {
  const { theme, transport, platform } = useServices();
  const preference = useSyncExternalStore(theme.preference.subscribe, theme.preference.get);
  return (
    <div className="page page-narrow">
      <div className="page-header">
        <div>
          <h1>Settings</h1>
          <p className="muted">
            Preferences for this computer. Workspace data lives in the Organisation screen.
          </p>
        </div>
      </div>
      <fieldset className="fieldset">
        <legend>Appearance</legend>
        <div className="radio-list" role="radiogroup" aria-label="Theme">
          {THEME_PREFERENCES.map((value) => (
            <label key={value} className="radio-option">
              <input
                type="radio"
                name="theme"
                value={value}
                checked={preference === value}
                data-testid={`theme-${value}`}
                onChange={() => theme.setPreference(value)}
              />
              {LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>About</legend>
        <dl className="facts">
          <div>
            <dt>Running as</dt>
            <dd data-testid="runtime-kind">
              {platform.kind === 'electron' ? 'Desktop app' : 'Browser (local server)'}
            </dd>
          </div>
          <div>
            <dt>Connection</dt>
            <dd>{transport === 'ipc' ? 'In-app channel' : 'Loopback HTTP with a session token'}</dd>
          </div>
        </dl>
      </fieldset>
    </div>
  );
};
