// A small SVG line chart (log-log) of annotation time against page size and against dataset size,
// written by hand so the benchmark needs no plotting library.

export interface Series {
  label: string;
  color: string;
  points: { x: number; y: number }[];
}

export interface Panel {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  /** Optional dashed reference line (e.g. the 5 ms target). */
  reference?: { y: number; label: string };
}

const W = 460;
const H = 320;
const M = { left: 64, right: 16, top: 36, bottom: 48 };

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
}

function fmt(v: number): string {
  if (v >= 1e6) return `${v / 1e6}M`;
  if (v >= 1e3) return `${v / 1e3}k`;
  return String(v);
}

function panel(p: Panel, dx: number): string {
  const pts = p.series.flatMap((s) => s.points).filter((q) => q.x > 0 && q.y > 0);
  const ys = pts.map((q) => q.y).concat(p.reference ? [p.reference.y] : []);
  const xs = pts.map((q) => q.x);
  const xTicks = decades(Math.min(...xs), Math.max(...xs));
  const yTicks = decades(Math.min(...ys), Math.max(...ys));
  const [x0, x1] = [Math.log10(xTicks[0]), Math.log10(xTicks[xTicks.length - 1])];
  const [y0, y1] = [Math.log10(yTicks[0]), Math.log10(yTicks[yTicks.length - 1])];
  const px = (x: number) => dx + M.left + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * (W - M.left - M.right);
  const py = (y: number) => H - M.bottom - ((Math.log10(y) - y0) / (y1 - y0 || 1)) * (H - M.top - M.bottom);
  const parts: string[] = [];
  parts.push(`<text x="${dx + W / 2}" y="20" text-anchor="middle" font-weight="bold">${esc(p.title)}</text>`);
  for (const t of xTicks) {
    parts.push(`<line x1="${px(t)}" y1="${M.top}" x2="${px(t)}" y2="${H - M.bottom}" stroke="#ddd"/>`);
    parts.push(`<text x="${px(t)}" y="${H - M.bottom + 16}" text-anchor="middle">${fmt(t)}</text>`);
  }
  for (const t of yTicks) {
    parts.push(`<line x1="${dx + M.left}" y1="${py(t)}" x2="${dx + W - M.right}" y2="${py(t)}" stroke="#ddd"/>`);
    parts.push(`<text x="${dx + M.left - 6}" y="${py(t) + 4}" text-anchor="end">${fmt(t)}</text>`);
  }
  parts.push(`<text x="${dx + W / 2}" y="${H - 10}" text-anchor="middle">${esc(p.xLabel)}</text>`);
  parts.push(
    `<text transform="translate(${dx + 14} ${H / 2}) rotate(-90)" text-anchor="middle">${esc(p.yLabel)}</text>`,
  );
  if (p.reference) {
    const y = py(p.reference.y);
    parts.push(
      `<line x1="${dx + M.left}" y1="${y}" x2="${dx + W - M.right}" y2="${y}" stroke="#b3261e" stroke-dasharray="4 3"/>`,
    );
    parts.push(
      `<text x="${dx + W - M.right - 2}" y="${y - 4}" text-anchor="end" fill="#b3261e">${esc(p.reference.label)}</text>`,
    );
  }
  p.series.forEach((s, i) => {
    const ok = s.points.filter((q) => q.x > 0 && q.y > 0);
    parts.push(
      `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${ok.map((q) => `${px(q.x).toFixed(1)},${py(q.y).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const q of ok)
      parts.push(`<circle cx="${px(q.x).toFixed(1)}" cy="${py(q.y).toFixed(1)}" r="3" fill="${s.color}"/>`);
    parts.push(`<rect x="${dx + M.left + 8}" y="${M.top + 6 + i * 16}" width="10" height="10" fill="${s.color}"/>`);
    parts.push(`<text x="${dx + M.left + 22}" y="${M.top + 15 + i * 16}">${esc(s.label)}</text>`);
  });
  return parts.join('\n');
}

/** Panels side by side in one SVG document. */
export function chartSvg(panels: Panel[], caption: string): string {
  const width = W * panels.length;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H + 24}" viewBox="0 0 ${width} ${H + 24}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...panels.map((p, i) => panel(p, i * W)),
    `<text x="8" y="${H + 16}" fill="#555">${esc(caption)}</text>`,
    `</svg>`,
    '',
  ].join('\n');
}
