// The card's markup: a labelled, non-modal dialog describing one mention. Every data or page string
// goes through JSX text (never HTML) and carries dir="auto" so right-to-left text shows correctly.
import type { MarkLook } from '../../core/personal-mark';
import type { JSX } from 'preact';
import { t, uiLanguage } from '../i18n';
import { statusClass, statusIcon, statusWord } from '../status';
import { basisMessage, basisStatesStatus, type CardModel, type OfficialInfo, type TimelineEntry } from './card-model';
import type { ClaimStatus, Reported } from '../../core/types';

// What the sentence does with the claim, in the reader's words: a sentence that reports a denial is
// not itself false.
const REPORTED_KEYS: Record<Reported, string> = {
  asserted: 'cardReportedAsserted',
  denied: 'cardReportedDenied',
  confirmed: 'cardReportedConfirmed',
  mentioned: 'cardReportedMentioned',
};

export const TITLE_ID = 'claimlens-card-title';

/** "RU" -> "Russia" in the UI language; anything else is shown as written. */
export function countryName(code: string | undefined): string | undefined {
  if (!code || !/^[A-Z]{2}$/.test(code)) return code;
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function Status({ status, wordless }: { status: ClaimStatus; wordless?: boolean }): JSX.Element {
  return (
    <span class={statusClass(status)}>
      <span class="claimlens-icon" aria-hidden="true">
        {statusIcon(status)}
      </span>
      {!wordless && statusWord(status)}
    </span>
  );
}

/** "Denied by X", "Claimed by X", "Rated “False” by X", "Overtaken by events": what the entry rests on. */
function basisText(e: TimelineEntry): string | undefined {
  const m = basisMessage(e);
  return m && t(m.key, m.subs);
}

function Entry({ e }: { e: TimelineEntry }): JSX.Element {
  const basis = basisText(e);
  return (
    <li>
      <span class="claimlens-when">{e.date}</span>
      <Status status={e.status} wordless={basisStatesStatus(e)} />
      {basis && <span dir="auto"> · {basis}</span>}
      {e.via && !(e.kind === 'fact-check' && !e.by) && <span dir="auto"> · {t('cardVia', e.via)}</span>}
      {e.quote && (
        <p class="claimlens-quote" dir="auto">
          “{e.quote}”
        </p>
      )}
      {e.note && <p dir="auto">{e.note}</p>}
      {e.url && (
        <p>
          <a href={e.url} target="_blank" rel="noopener noreferrer" title={t('cardOpensNewTab')}>
            {t('cardSource')}
            <span aria-hidden="true"> ↗</span>
          </a>
        </p>
      )}
    </li>
  );
}

/** The claim's headline: "Denied · Denied by X on 2024-03-19 via Reuters". */
function Verdict({ status, e }: { status: ClaimStatus; e?: TimelineEntry }): JSX.Element {
  const basis = e && basisText(e);
  return (
    <p dir="auto">
      <Status status={status} />
      {e && basis && (
        <span>
          {' · '}
          {basis} {t('cardOnDate', e.date)}
          {e.via && !(e.kind === 'fact-check' && !e.by) && <> {t('cardVia', e.via)}</>}
        </span>
      )}
    </p>
  );
}

function OfficialFacts({ o, who }: { o: OfficialInfo; who?: string }): JSX.Element {
  const country = countryName(o.country);
  return (
    <dl class="claimlens-dl">
      {who && (
        <>
          <dt>{who}</dt>
          <dd dir="auto">{o.name}</dd>
        </>
      )}
      <dt>{o.roleDate ? t('cardRoleOn', o.roleDate) : t('cardRoleCurrent')}</dt>
      <dd dir="auto">{o.role ?? t('cardRoleUnknown')}</dd>
      {o.currentRole && (
        <>
          <dt>{t('cardRoleNow')}</dt>
          <dd dir="auto">{o.currentRole}</dd>
        </>
      )}
      {country && (
        <>
          <dt>{t('cardCountry')}</dt>
          <dd dir="auto">{country}</dd>
        </>
      )}
    </dl>
  );
}

const KIND_KEYS = { claim: 'cardKindClaim', official: 'cardKindOfficial', attribution: 'cardKindAttribution' };

export function CardView({
  model,
  mark,
  onClose,
}: {
  model: CardModel;
  /** The reader's personal mark: a card without it was not drawn by ClaimLens. */
  mark?: MarkLook;
  onClose: () => void;
}): JSX.Element {
  return (
    <>
      <div class="claimlens-head">
        {mark && (
          <span class="claimlens-mark" style={{ color: mark.colour }} title={t('markTitle')}>
            {mark.glyph}
          </span>
        )}
        <div style="flex: 1">
          <p class="claimlens-kind">{t(KIND_KEYS[model.kind])}</p>
          <h2 class="claimlens-title" id={TITLE_ID} dir="auto" lang={model.kind === 'claim' ? 'en' : undefined}>
            {model.title}
          </h2>
          {model.translation && (
            <p class="claimlens-translation" lang={model.translation.lang} dir="auto">
              {model.translation.text}
            </p>
          )}
        </div>
        <button type="button" class="claimlens-close" aria-label={t('cardClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      {model.kind === 'claim' && (
        <>
          {model.status ? <Verdict status={model.status} e={model.verdict} /> : <p>{t('cardUnknown')}</p>}
          {model.claimants && <p dir="auto">{t('basisClaimedBy', model.claimants.join(', '))}</p>}
          {model.reported && <p class="claimlens-why">{t(REPORTED_KEYS[model.reported])}</p>}
          {model.official && (
            <p dir="auto">
              {t('cardSpeaker', model.official.name)}
              {model.official.role && <span class="claimlens-why"> ({model.official.role})</span>}
            </p>
          )}
          {model.history.length > 0 && (
            <section class="claimlens-section" aria-label={t('cardHistory')}>
              <h3>{t('cardHistory')}</h3>
              <ol class="claimlens-timeline">
                {model.history.map((e, i) => (
                  <Entry key={i} e={e} />
                ))}
              </ol>
            </section>
          )}
        </>
      )}

      {model.kind === 'official' && (model.official ? <OfficialFacts o={model.official} /> : <p>{t('cardUnknown')}</p>)}

      {model.kind === 'attribution' && (
        <>
          {model.official ? <OfficialFacts o={model.official} who={t('cardWho')} /> : <p>{t('cardUnknown')}</p>}
          {model.verb && (
            <dl class="claimlens-dl">
              <dt>{t('cardVerb')}</dt>
              <dd dir="auto">{model.verb}</dd>
            </dl>
          )}
        </>
      )}

      <section class="claimlens-section claimlens-why" aria-label={t('cardWhy')}>
        <h3>{t('cardWhy')}</h3>
        <p>
          {t('cardMatchedText')} <q dir="auto">{model.matched}</q>
        </p>
        {model.why.length > 0 && (
          <ul>
            {model.why.map((w, i) => (
              <li key={i} dir="auto">
                {w}
              </li>
            ))}
          </ul>
        )}
        <p>{t('cardScore', model.score.toFixed(2))}</p>
      </section>
      <p class="claimlens-foot">{t('cardDatasetVersion', model.datasetVersion)}</p>
    </>
  );
}
