// Same-document navigations (single-page sites): tells when the page's URL, without its hash, changes.
// The isolated world cannot see the page's own history.pushState calls, so three signals are combined:
// popstate, the Navigation API's events where the browser has them, and a slow poll for the rest.
// Everything stops when `signal` aborts.

/** How often the URL is polled where no event reports a navigation. */
export const URL_POLL_MS = 500;

export interface NavigationWatch {
  /** Compares the URL with the last one seen, now (a caller that is awake anyway saves the poll's wait). */
  check(): void;
  /** Starts listening: events, then the poll. */
  listen(): void;
}

export function watchNavigation(win: Window, onNavigate: () => void, signal: AbortSignal): NavigationWatch {
  // Following an in-page anchor changes only the hash: not a new page.
  const pageUrl = () => win.location.href.split('#')[0];
  let href = pageUrl();
  const check = (): void => {
    if (signal.aborted || pageUrl() === href) return;
    href = pageUrl();
    onNavigate();
  };
  return {
    check,
    listen() {
      if (signal.aborted) return;
      win.addEventListener('popstate', check, { signal });
      const nav = (win as { navigation?: EventTarget }).navigation;
      nav?.addEventListener?.('navigatesuccess', check, { signal });
      // The entry changes before the new URL is current everywhere: look once the event is over.
      nav?.addEventListener?.('currententrychange', () => setTimeout(check, 0), { signal });
      const poll = setInterval(check, URL_POLL_MS);
      signal.addEventListener('abort', () => clearInterval(poll), { once: true });
    },
  };
}
