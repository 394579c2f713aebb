import { createStore, type Store } from '../../components/store';

export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];
const STORAGE_KEY = 'isms.theme';

/** The theme on screen for a preference, given whether the system prefers dark. */
export const resolveTheme = (preference: ThemePreference, systemDark: boolean): Theme =>
  preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;

export const parsePreference = (value: string | null): ThemePreference =>
  value === 'light' || value === 'dark' ? value : 'system';

/** Follows the system until the user picks a theme; applies it as `data-theme` on <html>. */
export type ThemeController = {
  readonly preference: Store<ThemePreference>;
  readonly theme: Store<Theme>;
  readonly setPreference: (preference: ThemePreference) => void;
  /** Switches to the opposite of what is on screen (the menu's "Toggle theme"). */
  readonly toggle: () => void;
};

export const createThemeController = (
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  media: MediaQueryList,
  root: HTMLElement,
): ThemeController => {
  const preference = createStore(parsePreference(storage.getItem(STORAGE_KEY)));
  const theme = createStore(resolveTheme(preference.get(), media.matches));
  const apply = () => {
    const next = resolveTheme(preference.get(), media.matches);
    root.dataset['theme'] = next;
    root.style.colorScheme = next;
    if (theme.get() !== next) theme.set(next);
  };
  media.addEventListener('change', apply);
  apply();
  const setPreference = (next: ThemePreference) => {
    storage.setItem(STORAGE_KEY, next);
    preference.set(next);
    apply();
  };
  return {
    preference,
    theme,
    setPreference,
    toggle: () => setPreference(theme.get() === 'dark' ? 'light' : 'dark'),
  };
};
