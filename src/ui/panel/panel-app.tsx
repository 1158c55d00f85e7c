// The side panel (Firefox: sidebar): every annotation of the current tab by layer, then by person or
// claim with its count, each mention in its sentence; filtered by status and text; a click brings the
// mention into view in the page; exports for researchers.
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimStatus, MentionKind } from '../../core/types';
import { CLAIM_STATUSES } from '../../core/types';
import { listen, sendToTab, type ExportFormat, type PageItem, type PagesApi } from '../../shared/messages';
import { downloadFile } from '../download';
import { t } from '../i18n';
import { usePageState } from '../page-state';
import { statusClass, statusIcon, statusWord } from '../status';

const GROUPS: { kind: MentionKind; key: string }[] = [
  { kind: 'official', key: 'layerOfficials' },
  { kind: 'claim', key: 'layerClaims' },
  { kind: 'attribution', key: 'layerAttributions' },
];

export type StatusFilter = 'all' | ClaimStatus;

/** Items passing the filters: a status filter keeps only claims of that status. */
export function filterItems(items: readonly PageItem[], status: StatusFilter, text: string): PageItem[] {
  const needle = text.trim().toLocaleLowerCase();
  return items.filter(
    (i) =>
      (status === 'all' || i.status === status) &&
      (!needle || [i.title, i.text, i.label].some((s) => s.toLocaleLowerCase().includes(needle))),
  );
}

/** One person, organisation or claim of a layer, with every mention of it, in page order. */
export interface PanelGroup {
  key: string;
  title: string;
  status?: ClaimStatus;
  items: PageItem[];
}

/** Mentions grouped by what they name (same kind and id), groups in the order of their first mention. */
export function groupItems(items: readonly PageItem[]): PanelGroup[] {
  const groups = new Map<string, PanelGroup>();
  for (const item of items) {
    const key = `${item.kind}:${item.id}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, title: item.title, status: item.status, items: [] }));
    g.items.push(item);
  }
  return [...groups.values()];
}

function StatusChip({ status }: { status: ClaimStatus }): JSX.Element {
  return (
    <span class={statusClass(status)}>
      <span aria-hidden="true">{statusIcon(status)} </span>
      {statusWord(status)}
    </span>
  );
}

function Mention({
  item,
  active,
  onFocus,
}: {
  item: PageItem;
  active: boolean;
  onFocus: (i: PageItem) => void;
}): JSX.Element {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <li>
      <button
        ref={ref}
        type="button"
        class={`claimlens-item${active ? ' claimlens-active' : ''}`}
        aria-current={active ? 'true' : undefined}
        onClick={() => onFocus(item)}
      >
        <span class="claimlens-item-text" dir="auto">
          {item.before}
          <mark>{item.text}</mark>
          {item.after}
        </span>
        {!item.visible && <span class="claimlens-muted">{t('panelHiddenByLayer')}</span>}
        {item.visible && item.drawn === false && <span class="claimlens-muted">{t('panelNotDrawn')}</span>}
      </button>
    </li>
  );
}

function Group({
  group,
  active,
  onFocus,
}: {
  group: PanelGroup;
  active: string;
  onFocus: (i: PageItem) => void;
}): JSX.Element {
  return (
    <li class="claimlens-group">
      <details open>
        <summary>
          <span class="claimlens-item-title" dir="auto">
            {group.title}
          </span>{' '}
          <span class="claimlens-muted">{t('panelMentions', String(group.items.length))}</span>
          {group.status && (
            <>
              {' '}
              <StatusChip status={group.status} />
            </>
          )}
        </summary>
        <ul class="claimlens-items">
          {group.items.map((item) => (
            <Mention key={item.key} item={item} active={item.key === active} onFocus={onFocus} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export function PanelApp({ search }: { search: string }): JSX.Element {
  const [page] = usePageState(search, true);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [text, setText] = useState('');
  const [notice, setNotice] = useState('');

  const items = page.kind === 'ready' ? page.snapshot.items : [];
  const outside = items.filter((i) => i.drawn === false).length;
  const shown = useMemo(() => filterItems(items, status, text), [items, status, text]);
  const tabId = page.kind === 'ready' ? page.tab.id : undefined;
  /** The entry of the badge the reader last opened on the page (see page/activated). */
  const [active, setActive] = useState('');
  useEffect(
    () =>
      listen<PagesApi>({
        'page/activated': ({ key }, sender) => {
          if (sender.tab?.id === tabId) setActive(key);
        },
      }),
    [tabId],
  );

  const focus = (item: PageItem): void => {
    if (tabId === undefined) return;
    setNotice('');
    sendToTab(tabId, 'page/focus', { key: item.key }).then(
      (ok) => !ok && setNotice(t('panelFocusFailed')),
      () => setNotice(t('panelFocusFailed')),
    );
  };

  const exportAs = (format: ExportFormat): void => {
    if (tabId === undefined) return;
    setNotice('');
    sendToTab(tabId, 'page/export', { format }).then(
      (file) => downloadFile(document, file),
      (e: unknown) => setNotice(t('panelExportFailed', e instanceof Error ? e.message : String(e))),
    );
  };

  return (
    <main class="claimlens-panel">
      <h1>{t('panelTitle')}</h1>
      {page.kind === 'loading' && <p class="claimlens-muted">{t('panelLoading')}</p>}
      {page.kind === 'unavailable' && <p class="claimlens-muted">{t('popupUnavailable')}</p>}
      {page.kind === 'ready' && (
        <>
          <p class="claimlens-muted" dir="auto">
            {t('panelSummary', [String(items.length), page.snapshot.host])}
          </p>
          {outside > 0 && <p class="claimlens-muted">{t('panelOutsideSummary', String(outside))}</p>}
          <div class="claimlens-row" role="group" aria-label={t('panelExport')}>
            <button
              type="button"
              class="claimlens-primary"
              onClick={() => exportAs('webanno')}
              disabled={!items.length}
            >
              {t('panelExportWebAnno')}
            </button>
            <button type="button" onClick={() => exportAs('csv')} disabled={!items.length}>
              {t('panelExportCsv')}
            </button>
          </div>
          <div class="claimlens-filters" role="search">
            <label for="claimlens-filter-status">{t('panelFilterStatus')}</label>
            <select
              id="claimlens-filter-status"
              value={status}
              onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as StatusFilter)}
            >
              <option value="all">{t('panelAllStatuses')}</option>
              {CLAIM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusWord(s)}
                </option>
              ))}
            </select>
            <label for="claimlens-filter-text">{t('panelFilterText')}</label>
            <input
              id="claimlens-filter-text"
              type="search"
              value={text}
              onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          {notice && (
            <p class="claimlens-error" role="alert">
              {notice}
            </p>
          )}
          {items.length === 0 && <p class="claimlens-muted">{t('panelEmpty')}</p>}
          {items.length > 0 && shown.length === 0 && <p class="claimlens-muted">{t('panelNoMatch')}</p>}
          {GROUPS.map(({ kind, key }) => {
            const groups = groupItems(shown.filter((i) => i.kind === kind));
            if (groups.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`claimlens-group-${kind}`}>
                <h2 id={`claimlens-group-${kind}`}>
                  {t(key)} <span class="claimlens-muted">({groups.length})</span>
                </h2>
                <ul class="claimlens-groups">
                  {groups.map((g) => (
                    <Group key={g.key} group={g} active={active} onFocus={focus} />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </main>
  );
}

export const PANEL_CSS = `
.claimlens-filters { display: grid; grid-template-columns: auto 1fr; gap: .4rem .6rem; align-items: center; margin: .8rem 0 .2rem; }
.claimlens-filters input, .claimlens-filters select { width: 100%; }
.claimlens-groups, .claimlens-items { list-style: none; margin: 0; padding: 0; }
.claimlens-group { margin: 0 0 .6rem; }
.claimlens-group summary { cursor: pointer; padding: .2rem 0; overflow-wrap: anywhere; }
.claimlens-group .claimlens-items { margin: .25rem 0 0 .9rem; }
.claimlens-item mark { background: #fff1a8; color: #1b1b1b; border-radius: 2px; padding: 0 1px; }
.claimlens-items li { margin: 0 0 .35rem; }
.claimlens-item { display: flex; flex-direction: column; align-items: flex-start; gap: .1rem; width: 100%; text-align: start;
  background: var(--claimlens-surface); border: 1px solid transparent; border-radius: 8px; padding: .45rem .6rem;
  overflow-wrap: anywhere; }
.claimlens-item:hover { border-color: var(--claimlens-border); filter: none; }
.claimlens-item.claimlens-active { border: 2px solid var(--claimlens-focus); }
.claimlens-item-title { font-weight: 600; }
.claimlens-item-text { font-size: .9em; }
`;
