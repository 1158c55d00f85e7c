// The options page: default layers, where ClaimLens runs, the keyboard shortcut, the bundled
// dataset's facts, and datasets a researcher loads (kept in storage.local, used beside the bundled one).
import { storeUserIndex } from '../../shared/user-index';
import { MarkPicker, MarkView } from '../mark-view';
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ALL_LAYERS } from '../../core/layers';
import type { CompiledDataset } from '../../core/types';
import { platform } from '../../platform';
import { CHECKED, parseUserDatasets, type UserDataset } from '../../shared/datasets';
import { isHostPattern, normaliseHost, USER_DATASETS_KEY, type Settings } from '../../shared/settings';
import { loadSettings, watchSettings } from '../../shared/store';
import { queueSettingsChange as updateSettings } from '../settings-queue';
import { Switch } from '../components/switch';
import { t } from '../i18n';
import { LAYER_LABEL_KEYS } from '../popup/popup-app';
import { formatProblem, loadDatasetFile } from './load-dataset';

const COMMAND = 'toggle-annotations';

export function counts(d: CompiledDataset): string {
  return t('optCounts', [String(d.claims.length), String(d.officials.length), String(d.sources.length)]);
}

function SiteList({ which, settings }: { which: 'always' | 'never'; settings: Settings }): JSX.Element {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const id = `claimlens-${which}`;
  const add = (e: Event): void => {
    e.preventDefault();
    // Read the field itself: a submit right after typing can precede the re-render with `draft`.
    const raw = (e.currentTarget as HTMLFormElement).querySelector('input')?.value ?? draft;
    const pattern = normaliseHost(raw);
    if (!isHostPattern(pattern)) return setError(t('optPatternInvalid', raw.trim() || ' '));
    setError('');
    setDraft('');
    void updateSettings((s) => ({
      ...s,
      // A host is either always or never annotated: adding it to one list takes it off the other.
      [which]: [...s[which].filter((p) => p !== pattern), pattern],
      [which === 'always' ? 'never' : 'always']: s[which === 'always' ? 'never' : 'always'].filter(
        (p) => p !== pattern,
      ),
    }));
  };
  const remove = (pattern: string): void =>
    void updateSettings((s) => ({ ...s, [which]: s[which].filter((p) => p !== pattern) }));
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t(which === 'always' ? 'optAlways' : 'optNever')}</h3>
      {settings[which].length === 0 ? (
        <p class="claimlens-muted">{t('optNoSites')}</p>
      ) : (
        <ul class="claimlens-sites">
          {settings[which].map((p) => (
            <li key={p} class="claimlens-row">
              <code>{p}</code>
              <button type="button" onClick={() => remove(p)} aria-label={t('optRemoveNamed', p)}>
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="claimlens-row" onSubmit={add}>
        <label for={`${id}-input`}>{t('optPatternLabel')}</label>
        <input
          id={`${id}-input`}
          type="text"
          value={draft}
          placeholder="example.com"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('optAdd')}</button>
      </form>
      {error && (
        <p id={`${id}-error`} class="claimlens-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function UserDatasets({ bundled }: { bundled: CompiledDataset }): JSX.Element {
  const [list, setList] = useState<UserDataset[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<string[]>([]);

  const read = async (): Promise<UserDataset[]> =>
    parseUserDatasets((await platform.datasetArea().get(USER_DATASETS_KEY))[USER_DATASETS_KEY]);
  const write = async (next: UserDataset[]): Promise<void> => {
    await platform.datasetArea().set({ [USER_DATASETS_KEY]: next });
    setList(next);
  };
  /** The merged matcher index, built once here so pages need not build it (see shared/user-index.ts). */
  const index = async (next: UserDataset[]): Promise<string[]> =>
    (await storeUserIndex(bundled, next).catch(() => false)) ? [] : [t('optUserIndexNotStored')];
  useEffect(() => {
    void read().then(setList);
  }, []);

  const onFile = async (e: Event): Promise<void> => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setProblems([]);
    setStatus([]);
    const result = loadDatasetFile(await file.text(), file.name);
    input.value = '';
    if (!result.ok) return setProblems(result.problems.map(formatProblem));
    // loadDatasetFile checked it whole (checkCompiled, or our own compiler's output): pages skip that.
    const entry: UserDataset = {
      name: file.name,
      addedAt: new Date().toISOString(),
      dataset: result.dataset,
      checked: CHECKED,
    };
    // Loading a file of the same name again replaces it. One storage write: it lands whole or not at
    // all (over the browser's quota, Chrome's 10 MB for extension storage, it is refused as a whole).
    try {
      await write([...(await read()).filter((u) => u.name !== file.name), entry]);
    } catch (err) {
      const mb = (new Blob([JSON.stringify(entry)]).size / 1024 / 1024).toFixed(1);
      return setProblems([t('optUserNotStored', [file.name, mb, err instanceof Error ? err.message : String(err)])]);
    }
    const notes = await index(await read());
    setStatus([t('optUserLoaded', [file.name, counts(result.dataset)]), ...result.notes, ...notes]);
  };

  const remove = async (name: string): Promise<void> => {
    const next = (await read()).filter((u) => u.name !== name);
    await write(next);
    setStatus([t('optUserRemoved', name), ...(await index(next))]);
  };

  return (
    <section aria-labelledby="claimlens-user-h">
      <h2 id="claimlens-user-h">{t('optUserHeading')}</h2>
      <p>{t('optUserHelp')}</p>
      <p class="claimlens-row">
        <label for="claimlens-user-file">{t('optUserFile')}</label>
        <input
          id="claimlens-user-file"
          type="file"
          accept=".json,.jsonld,.csv,.tsv,.tab,application/json,application/ld+json,text/csv,text/tab-separated-values"
          onChange={onFile}
        />
      </p>
      {problems.length > 0 && (
        <div role="alert" class="claimlens-error">
          <p>{t('optUserRejected')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i} dir="auto">
                {p}
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.length > 0 && (
        <div role="status">
          {status.map((s, i) => (
            <p key={i} dir="auto">
              {s}
            </p>
          ))}
        </div>
      )}
      {list.length === 0 ? (
        <p class="claimlens-muted">{t('optUserNone')}</p>
      ) : (
        <ul class="claimlens-datasets">
          {list.map((u) => (
            <li key={u.name} class="claimlens-row">
              <strong dir="auto">{u.name}</strong>
              <span class="claimlens-muted">
                {counts(u.dataset)} · {t('optUserAdded', u.addedAt.slice(0, 10))}
              </span>
              <button type="button" onClick={() => void remove(u.name)} aria-label={t('optRemoveNamed', u.name)}>
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OptionsApp({ bundled }: { bundled: CompiledDataset }): JSX.Element {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [shortcut, setShortcut] = useState<string | undefined>();

  useEffect(() => {
    void loadSettings().then(setSettings);
    void browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === COMMAND)?.shortcut ?? ''))
      .catch(() => setShortcut(''));
    return watchSettings(setSettings);
  }, []);

  const save = (change: (s: Settings) => Settings): void => {
    if (settings) setSettings(change(settings));
    void updateSettings(change).then(setSettings);
  };

  return (
    <main class="claimlens-options">
      <h1>{t('optionsTitle')}</h1>
      {settings && (
        <>
          <section aria-labelledby="claimlens-layers-h">
            <h2 id="claimlens-layers-h">{t('optLayersHeading')}</h2>
            <p class="claimlens-muted">{t('optLayersHelp')}</p>
            <div class="claimlens-grid">
              {ALL_LAYERS.map((name) => (
                <Switch
                  key={name}
                  id={`claimlens-layer-${name}`}
                  label={t(LAYER_LABEL_KEYS[name])}
                  checked={settings.layers[name]}
                  onChange={(on) => save((s) => ({ ...s, layers: { ...s.layers, [name]: on } }))}
                />
              ))}
            </div>
          </section>
          {settings.mark && (
            <section aria-labelledby="claimlens-mark-h">
              <h2 id="claimlens-mark-h">{t('optMarkHeading')}</h2>
              <p class="claimlens-muted">{t('optMarkHelp')}</p>
              <p>
                {t('optMarkCurrent')}: <MarkView mark={settings.mark} />
              </p>
              <MarkPicker
                mark={settings.mark}
                onChange={(mark) => save((s) => ({ ...s, mark, markExplained: true }))}
              />
            </section>
          )}
          <section aria-labelledby="claimlens-sites-h">
            <h2 id="claimlens-sites-h">{t('optSitesHeading')}</h2>
            <Switch
              id="claimlens-by-default"
              label={t('optAnnotateByDefault')}
              checked={settings.annotateByDefault}
              onChange={(on) => save((s) => ({ ...s, annotateByDefault: on }))}
            />
            <p class="claimlens-muted">{t('optSitesHelp')}</p>
            <SiteList which="always" settings={settings} />
            <SiteList which="never" settings={settings} />
          </section>
        </>
      )}
      <section aria-labelledby="claimlens-shortcut-h">
        <h2 id="claimlens-shortcut-h">{t('optShortcutHeading')}</h2>
        {shortcut !== undefined && (
          <p>
            {t('cmdToggle')}: <kbd>{shortcut || t('optShortcutNone')}</kbd>
          </p>
        )}
        <p class="claimlens-muted">{t('optShortcutHelp')}</p>
      </section>
      <section aria-labelledby="claimlens-dataset-h">
        <h2 id="claimlens-dataset-h">{t('optDatasetHeading')}</h2>
        <dl class="claimlens-facts">
          <dt>{t('optDatasetVersion')}</dt>
          <dd>{bundled.version}</dd>
          <dt>{t('optDatasetUpdated')}</dt>
          <dd>{bundled.updated}</dd>
          <dt>{t('optDatasetContents')}</dt>
          <dd>{counts(bundled)}</dd>
          <dt>{t('optDatasetLicense')}</dt>
          <dd>{bundled.license}</dd>
        </dl>
      </section>
      <UserDatasets bundled={bundled} />
    </main>
  );
}

export const OPTIONS_CSS = `
main { max-width: 46rem; margin: 0 auto; padding: 1.2rem 1.2rem 3rem; }
main > section { border-top: 1px solid var(--claimlens-border); padding-top: .4rem; margin-top: 1rem; }
.claimlens-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); column-gap: 2rem; }
.claimlens-sites, .claimlens-datasets { list-style: none; padding: 0; margin: .2rem 0 .5rem; }
.claimlens-sites li, .claimlens-datasets li { padding: .15rem 0; }
.claimlens-facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
.claimlens-facts dd { margin: 0; }
.claimlens-mark-picker fieldset { border: 1px solid var(--claimlens-border); border-radius: 6px; margin: .4rem 0; }
.claimlens-mark-choice { display: inline-flex; align-items: center; gap: .25rem; margin: .15rem .8rem .15rem 0; }
kbd { border: 1px solid var(--claimlens-border); border-radius: 4px; padding: 0 .3rem; background: var(--claimlens-surface); }
`;
