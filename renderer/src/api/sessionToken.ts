/** The fragment the server's login callback appends when it returns to a Comune's site. */
const FRAGMENT = /(?:^#|&)modulo-session=([\w-]+)/;

/**
 * The citizen's session for `server` when the embed runs on another site: browsers block
 * third-party cookies, so after the login the server returns to the page with
 * `#modulo-session=<secret>` (an origin the ente allowed; a fragment never reaches a server).
 * It is taken out of the address at once and kept in this tab's `sessionStorage`, so a reload
 * keeps the session and closing the tab ends it. Sent as `X-Modulo-Session`.
 */
export function sessionToken(server: string): string | undefined {
  if (typeof location === 'undefined' || typeof sessionStorage === 'undefined') return undefined;
  const key = `modulo-session:${server}`;
  const found = FRAGMENT.exec(location.hash)?.[1];
  try {
    if (found) {
      sessionStorage.setItem(key, found);
      history.replaceState(history.state, '', location.href.replace(/#.*$/, ''));
    }
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    // Storage refused (privacy settings): the session lasts as long as the page.
    return found;
  }
}
