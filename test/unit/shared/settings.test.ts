import { isPersonalMark, MARK_COLOURS, MARK_GLYPHS, randomMark } from '../../../src/core/personal-mark';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, parseSettings, withSiteEnabled } from '../../../src/shared/settings';

describe('settings', () => {
  it('falls back to defaults for missing or corrupt storage', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    const s = parseSettings({
      layers: { denied: false, officials: 'yes', bogus: true },
      never: ['Example.COM.', 42, 'not a host!'],
    });
    expect(s.layers.denied).toBe(false);
    expect(s.layers.officials).toBe(true);
    expect(s.layers).not.toHaveProperty('bogus');
    expect(s.never).toEqual(['example.com']);
  });

  it('matches a host pattern on the host and its subdomains, never on look-alikes', () => {
    const s = parseSettings({ never: ['example.com'] });
    expect(isSiteEnabled(s, 'example.com')).toBe(false);
    expect(isSiteEnabled(s, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(s, 'badexample.com')).toBe(true);
  });

  it('lets never win over always, and annotateByDefault decide the rest', () => {
    const s = parseSettings({ annotateByDefault: false, always: ['lemonde.fr'], never: ['live.lemonde.fr'] });
    expect(isSiteEnabled(s, 'www.lemonde.fr')).toBe(true);
    expect(isSiteEnabled(s, 'live.lemonde.fr')).toBe(false);
    expect(isSiteEnabled(s, 'bbc.co.uk')).toBe(false);
  });

  it('flips one site on and off through the per-site switch', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'www.bbc.co.uk', false);
    expect(isSiteEnabled(off, 'www.bbc.co.uk')).toBe(false);
    expect(isSiteEnabled(off, 'www.cnn.com')).toBe(true);
    const on = withSiteEnabled(off, 'www.bbc.co.uk', true);
    expect(isSiteEnabled(on, 'www.bbc.co.uk')).toBe(true);
    expect(on.never).toEqual([]);
    const optIn = withSiteEnabled({ ...DEFAULT_SETTINGS, annotateByDefault: false }, 'ria.ru', true);
    expect(optIn.always).toEqual(['ria.ru']);
  });

  it('keeps a personal mark only when it names one of the glyphs and colours', () => {
    expect(parseSettings({ mark: { glyph: 3, colour: 5 } }).mark).toEqual({ glyph: 3, colour: 5 });
    for (const bad of [
      { glyph: MARK_GLYPHS.length, colour: 0 },
      { glyph: 0, colour: MARK_COLOURS.length },
      { glyph: -1, colour: 0 },
      { glyph: 1.5, colour: 0 },
      { glyph: '1', colour: 0 },
      'mark',
      null,
    ])
      expect(parseSettings({ mark: bad }).mark).toBeUndefined();
    expect(parseSettings({}).markExplained).toBe(false);
    expect(parseSettings({ markExplained: true }).markExplained).toBe(true);
  });

  it('draws marks across every glyph and colour', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const m = randomMark();
      expect(isPersonalMark(m)).toBe(true);
      seen.add(`${m.glyph}:${m.colour}`);
    }
    // 96 marks: a page guessing one is right about once in a hundred.
    expect(seen.size).toBe(MARK_GLYPHS.length * MARK_COLOURS.length);
  });
});
