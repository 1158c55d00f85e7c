// The toolbar popup: layer switches, the per-site switch and this tab's counts, and the ways to the
// side panel and the options. Every change is saved at once; content scripts apply it live.
import { MarkView } from '../mark-view';
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { KIND_LAYERS, STATUS_LAYERS, type LayerName } from '../../core/layers';
import { platform } from '../../platform';
import { isSiteEnabled, withSiteEnabled, type Settings } from '../../shared/settings';
import { loadSettings, watchSettings } from '../../shared/store';
import { queueSettingsChange as updateSettings } from '../settings-queue';
import { Switch } from '../components/switch';
import { t } from '../i18n';
import { usePageState } from '../page-state';
import { statusIcon } from '../status';

export const LAYER_LABEL_KEYS: Record<LayerName, string> = {
  officials: 'layerOfficials',
  claims: 'layerClaims',
  attributions: 'layerAttributions',
  denied: 'statusDenied',
  confirmed: 'statusConfirmed',
  disputed: 'statusDisputed',
  unverified: 'statusUnverified',
};

export function PopupApp({ search }: { search: string }): JSX.Element {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [page] = usePageState(search, false);
  const [error, setError] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const save = (change: (s: Settings) => Settings): void => {
    if (settings) setSettings(change(settings)); // show the change at once; storage confirms it
    updateSettings(change).then(setSettings, (e: unknown) => setError(String(e)));
  };

  const setLayer = (name: LayerName, on: boolean): void => save((s) => ({ ...s, layers: { ...s.layers, [name]: on } }));

  const snapshot = page.kind === 'ready' ? page.snapshot : undefined;
  const count = (name: LayerName): string | false => (snapshot ? String(snapshot.counts[name]) : false);
  const countText = (name: LayerName): string | undefined =>
    snapshot ? t('popupFoundCount', String(snapshot.counts[name])) : undefined;

  const openPanel = (): void => {
    const tab = page.kind === 'loading' ? {} : (page.tab ?? {});
    platform.openPanel(tab).then(
      () => window.close(),
      (e: unknown) => setError(t('popupPanelFailed', String(e instanceof Error ? e.message : e))),
    );
  };

  return (
    <main class="claimlens-popup">
      <h1>{t('extName')}</h1>
      {settings?.mark && !settings.markExplained && (
        <section class="claimlens-note" aria-labelledby="claimlens-mark-note">
          <p id="claimlens-mark-note">
            <strong>{t('popupMarkIntro')}</strong> <MarkView mark={settings.mark} /> {t('popupMarkNote')}
          </p>
          <div class="claimlens-row">
            <button type="button" onClick={() => save((s) => ({ ...s, markExplained: true }))}>
              {t('popupMarkOk')}
            </button>
            <button
              type="button"
              onClick={() => {
                save((s) => ({ ...s, markExplained: true }));
                void browser.runtime.openOptionsPage().then(() => window.close());
              }}
            >
              {t('popupMarkChange')}
            </button>
          </div>
        </section>
      )}
      {page.kind === 'unavailable' && <p class="claimlens-muted">{t('popupUnavailable')}</p>}
      {snapshot && (
        <>
          <p class="claimlens-muted" dir="auto">
            {t('popupHost', snapshot.host)}
          </p>
          <Switch
            id="claimlens-site"
            label={t('popupSite')}
            checked={settings ? isSiteEnabled(settings, snapshot.host) : snapshot.siteEnabled}
            disabled={!settings}
            onChange={(on) => save((s) => withSiteEnabled(s, snapshot.host, on))}
          />
          {!snapshot.active && snapshot.siteEnabled && <p class="claimlens-muted">{t('popupHiddenOnTab')}</p>}
        </>
      )}
      {settings && (
        <>
          <section aria-labelledby="claimlens-layers">
            <h2 id="claimlens-layers">{t('popupLayers')}</h2>
            {KIND_LAYERS.map((name) => (
              <Switch
                key={name}
                id={`claimlens-layer-${name}`}
                label={t(LAYER_LABEL_KEYS[name])}
                checked={settings.layers[name]}
                extra={count(name)}
                extraText={countText(name)}
                onChange={(on) => setLayer(name, on)}
              />
            ))}
          </section>
          <section aria-labelledby="claimlens-statuses">
            <h2 id="claimlens-statuses">{t('popupStatuses')}</h2>
            {STATUS_LAYERS.map((name) => (
              <Switch
                key={name}
                id={`claimlens-layer-${name}`}
                label={t(LAYER_LABEL_KEYS[name])}
                checked={settings.layers[name]}
                extra={
                  <>
                    <span class={`claimlens-status claimlens-status-${name}`} aria-hidden="true">
                      {statusIcon(name)}
                    </span>{' '}
                    {count(name) || ''}
                  </>
                }
                extraText={countText(name)}
                onChange={(on) => setLayer(name, on)}
              />
            ))}
          </section>
          <section aria-labelledby="claimlens-research">
            <h2 id="claimlens-research">{t('popupResearch')}</h2>
            <Switch
              id="claimlens-whole-page"
              label={t('popupWholePage')}
              checked={settings.wholePage}
              onChange={(on) => save((s) => ({ ...s, wholePage: on }))}
            />
            <Switch
              id="claimlens-panel-only"
              label={t('popupPanelOnly')}
              checked={settings.panelOnly}
              onChange={(on) => save((s) => ({ ...s, panelOnly: on }))}
            />
            {settings.panelOnly && <p class="claimlens-muted">{t('popupPanelOnlyHelp')}</p>}
          </section>
        </>
      )}
      {error && (
        <p class="claimlens-error" role="alert">
          {error}
        </p>
      )}
      <nav class="claimlens-row claimlens-links">
        <button type="button" class="claimlens-primary" onClick={openPanel}>
          {t('popupOpenPanel')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
          {t('popupOpenOptions')}
        </button>
      </nav>
    </main>
  );
}
