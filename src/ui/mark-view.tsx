// The reader's personal mark as extension pages show it (popup, options): the same glyph and colour
// every real badge and card carries.
import type { JSX } from 'preact';
import { MARK_COLOURS, MARK_GLYPHS, type PersonalMark } from '../core/personal-mark';
import { t } from './i18n';

/** The mark, with its colour named for screen readers and for readers who do not tell colours apart. */
export function MarkView({ mark }: { mark: PersonalMark }): JSX.Element {
  const colour = MARK_COLOURS[mark.colour];
  return (
    <span class="claimlens-mark-view">
      <span aria-hidden="true" style={{ color: colour.hex, fontWeight: 700, fontSize: '1.3em' }}>
        {MARK_GLYPHS[mark.glyph]}
      </span>{' '}
      <span class="claimlens-muted">({t(colour.key)})</span>
    </span>
  );
}

/** Radio groups to choose the mark's glyph and colour. */
export function MarkPicker({
  mark,
  onChange,
}: {
  mark: PersonalMark;
  onChange: (m: PersonalMark) => void;
}): JSX.Element {
  return (
    <div class="claimlens-mark-picker">
      <fieldset>
        <legend>{t('optMarkGlyph')}</legend>
        {MARK_GLYPHS.map((g, i) => (
          <label key={g} class="claimlens-mark-choice">
            <input
              type="radio"
              name="claimlens-mark-glyph"
              checked={mark.glyph === i}
              onChange={() => onChange({ ...mark, glyph: i })}
            />
            <span style={{ color: MARK_COLOURS[mark.colour].hex, fontWeight: 700 }}>{g}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optMarkColour')}</legend>
        {MARK_COLOURS.map((c, i) => (
          <label key={c.key} class="claimlens-mark-choice">
            <input
              type="radio"
              name="claimlens-mark-colour"
              checked={mark.colour === i}
              onChange={() => onChange({ ...mark, colour: i })}
            />
            <span style={{ color: c.hex, fontWeight: 700 }}>{MARK_GLYPHS[mark.glyph]}</span> {t(c.key)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
