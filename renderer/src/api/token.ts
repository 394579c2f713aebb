/** The parts of `window.location` the token lookup reads. */
export type LocationLike = { pathname: string; search: string; hash: string };
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem'>;

const STORAGE_KEY = 'isms.token';

/**
 * Takes the session token from a `#token=...` fragment once, keeps it in session storage and
 * removes it from the address bar; later loads read it back from storage.
 */
export const takeToken = (
  location: LocationLike,
  storage: TokenStorage,
  replaceUrl: (url: string) => void,
): string | null => {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (!fromHash) return storage.getItem(STORAGE_KEY);
  storage.setItem(STORAGE_KEY, fromHash);
  params.delete('token');
  const rest = params.toString();
  replaceUrl(`${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return fromHash;
};
