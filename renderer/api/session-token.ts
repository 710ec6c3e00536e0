// The HTTP host hands the page a per-launch token as `?token=…`. It is moved into
// sessionStorage and removed from the address bar so a reload keeps working while the
// token does not linger in history, bookmarks or screenshots of the URL.
const STORAGE_KEY = 'churn-cockpit.token';

export function takeSessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page load.
      return fromUrl;
    }
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
