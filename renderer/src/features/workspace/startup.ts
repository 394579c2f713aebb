/** The workspace folder named by `?workspace=<dir>` in the page address, if any. */
export const workspaceFromSearch = (search: string): string | null => {
  const dir = new URLSearchParams(search).get('workspace');
  return dir && dir.trim() ? dir.trim() : null;
};

/** The address with `?workspace=` set to dir (or removed), other parameters kept. */
export const searchWithWorkspace = (search: string, dir: string | null): string => {
  const params = new URLSearchParams(search);
  if (dir) params.set('workspace', dir);
  else params.delete('workspace');
  const text = params.toString();
  return text ? `?${text}` : '';
};
