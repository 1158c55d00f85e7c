// Every text colour of both themes against the backgrounds it is drawn on: WCAG contrast >= 4.5:1.
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, TEXT_PAIRS, type Palette } from '../../src/ui/theme';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
] as [string, Palette][])('%s theme', (_name, palette) => {
  it.each(TEXT_PAIRS.map(([fg, bg]) => [fg, bg]))('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(palette[fg as keyof Palette], palette[bg as keyof Palette])).toBeGreaterThanOrEqual(4.5);
  });
  it('draws controls borders visibly (3:1 against the background)', () => {
    expect(contrast(palette.border, palette.bg)).toBeGreaterThanOrEqual(3);
  });
});

it('computes contrast like WCAG (black on white is 21:1)', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
});
