// The reader's personal mark: a glyph and a colour picked at random when ClaimLens is installed (the
// options page lets the reader choose another), drawn on every real badge and card. It lives in the
// extension's storage and inside closed shadow roots, so a page can neither read it nor copy it: a
// badge or card without the reader's mark was drawn by the page, not by ClaimLens.

/** Distinct at badge size, none used by the badges' own icons (◆ ” ✓ ✕ ! ?). */
export const MARK_GLYPHS = ['✦', '❖', '✿', '☘', '♞', '⚑', '☂', '✈', '♫', '⚓', '☀', '❄'] as const;

/** Colours readable on the badges' light and dark backgrounds, each with its message key. */
export const MARK_COLOURS = [
  { hex: '#0f766e', key: 'markTeal' },
  { hex: '#7c3aed', key: 'markViolet' },
  { hex: '#c2410c', key: 'markOrange' },
  { hex: '#be185d', key: 'markPink' },
  { hex: '#1d4ed8', key: 'markBlue' },
  { hex: '#4d7c0f', key: 'markGreen' },
  { hex: '#a16207', key: 'markGold' },
  { hex: '#475569', key: 'markSlate' },
] as const;

export interface PersonalMark {
  glyph: number;
  colour: number;
}

/** What a badge or card draws. */
export interface MarkLook {
  glyph: string;
  colour: string;
}

export function isPersonalMark(x: unknown): x is PersonalMark {
  if (!x || typeof x !== 'object') return false;
  const { glyph, colour } = x as Record<string, unknown>;
  return (
    Number.isInteger(glyph) &&
    Number.isInteger(colour) &&
    (glyph as number) >= 0 &&
    (glyph as number) < MARK_GLYPHS.length &&
    (colour as number) >= 0 &&
    (colour as number) < MARK_COLOURS.length
  );
}

/** A mark drawn from the browser's cryptographic random source (a page cannot predict it). */
export function randomMark(): PersonalMark {
  const r = new Uint32Array(2);
  crypto.getRandomValues(r);
  return { glyph: r[0] % MARK_GLYPHS.length, colour: r[1] % MARK_COLOURS.length };
}

export function markLook(m: PersonalMark | undefined): MarkLook | undefined {
  return m && isPersonalMark(m) ? { glyph: MARK_GLYPHS[m.glyph], colour: MARK_COLOURS[m.colour].hex } : undefined;
}
