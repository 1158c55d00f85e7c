import { afterEach, describe, expect, it, vi } from 'vitest';
import { URL_POLL_MS, watchNavigation } from '../../src/dom/navigation';

describe('watchNavigation', () => {
  afterEach(() => vi.useRealTimers());

  it('reports a new path, not a new hash, and stops when its signal aborts', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const ac = new AbortController();
    const watch = watchNavigation(window, () => seen.push(location.pathname), ac.signal);
    watch.listen();
    history.pushState({}, '', '#section-2');
    vi.advanceTimersByTime(URL_POLL_MS * 2);
    expect(seen).toEqual([]);
    history.pushState({}, '', '/next-article');
    // The page's own pushState is seen by the poll (the isolated world gets no event for it)...
    vi.advanceTimersByTime(URL_POLL_MS);
    expect(seen).toEqual(['/next-article']);
    // ...and by check() at once; a URL is reported once.
    history.pushState({}, '', '/third');
    watch.check();
    watch.check();
    expect(seen).toEqual(['/next-article', '/third']);
    ac.abort();
    history.pushState({}, '', '/fourth');
    vi.advanceTimersByTime(URL_POLL_MS * 2);
    window.dispatchEvent(new PopStateEvent('popstate'));
    watch.check();
    expect(seen).toEqual(['/next-article', '/third']);
  });
});
