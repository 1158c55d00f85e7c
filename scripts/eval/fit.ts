// Fits the claim-from-text score (a logistic regression over featureVector) on the tuning halves of
// CheckThat! posts and corpus pages, and picks the thresholds by page length (textClaimThreshold: one
// for short pages such as a post, one for long pages, log-interpolated between): the pair with the
// most posts found whose best-per-post badges keep precision >= 0.97 and <= 0.025 badges per tuning
// page (margins under the 0.95 and 0.05 asked: see below). Prints constants to paste into src/core/match/claim-text.ts
// (CALIBRATION, TEXT_CLAIM_THRESHOLDS). `npm run eval -- --fit`.
import { createMatcher } from '../../src/core/match';
import {
  DEBUG,
  featureVector,
  TEXT_CLAIM_THRESHOLDS,
  textClaimThreshold,
  type TextFeatures,
} from '../../src/core/match/claim-text';
import { createPageParser } from '../../src/cli/page-text';
import { checkthatDataset, corpusPages, loadPosts, textKey } from './checkthat';

interface Row {
  post?: string;
  ok: boolean;
  x: number[];
  /** Length of the page text the candidate was found on. */
  chars: number;
}

export function fitCalibration(): string {
  const dataset = checkthatDataset();
  // Every verified candidate, whatever its score: the threshold is what we are choosing.
  const matcher = createMatcher(dataset, { textThreshold: Infinity });
  const parser = createPageParser();
  const rows: Row[] = [];
  DEBUG.on = true;
  const collect = (post: string | undefined, gold: string | undefined, chars: number) => {
    for (const a of DEBUG.accepts)
      rows.push({
        post,
        ok: gold !== undefined && textKey(dataset.claims[a.claim].text) === gold,
        x: featureVector(a.features as TextFeatures),
        chars,
      });
    DEBUG.accepts = [];
  };
  const posts = loadPosts().filter((p) => p.split === 'tune');
  for (const p of posts) {
    DEBUG.accepts = [];
    const text = parser.text(`<p>${p.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    matcher.match(text);
    collect(p.id, textKey(dataset.claims.find((c) => c.id === p.gold)?.text ?? p.gold), text.length);
  }
  const pages = corpusPages().filter((p) => p.split === 'tune');
  for (const p of pages) {
    DEBUG.accepts = [];
    const text = parser.text(p.html);
    matcher.match(text);
    collect(undefined, undefined, text.length);
  }
  DEBUG.on = false;
  void parser.close();

  const n = rows[0]?.x.length ?? 0;
  const mean = Array.from({ length: n }, (_, j) => rows.reduce((a, r) => a + r.x[j], 0) / rows.length);
  const sd = Array.from(
    { length: n },
    (_, j) => Math.sqrt(rows.reduce((a, r) => a + (r.x[j] - mean[j]) ** 2, 0) / rows.length) + 1e-9,
  );
  const z = rows.map((r) => r.x.map((v, j) => (v - mean[j]) / sd[j]));
  // Page candidates weigh more: a wrong badge on an ordinary page is the costlier error, and they are
  // few (a handful of strong ones among 64 pages) beside thousands of wrong candidates of posts.
  const weight = rows.map((r) => (r.post === undefined ? 16 : 1));
  const w = new Array<number>(n).fill(0);
  let bias = 0;
  const prob = (i: number) => 1 / (1 + Math.exp(-(bias + z[i].reduce((a, v, j) => a + v * w[j], 0))));
  for (let it = 0; it < 3000; it++) {
    const g = new Array<number>(n).fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      const e = (prob(i) - (rows[i].ok ? 1 : 0)) * weight[i];
      for (let j = 0; j < n; j++) g[j] += e * z[i][j];
      gb += e;
    }
    for (let j = 0; j < n; j++) w[j] -= (0.5 * g[j]) / rows.length + 0.5e-3 * w[j];
    bias -= (0.5 * gb) / rows.length;
  }
  const p = rows.map((_, i) => prob(i));
  const lines: string[] = [];
  const grid: number[] = [];
  // Finer steps at the low end, where the score of a short post with few shared words falls.
  for (let t = 1; t <= 95; t += t < 10 ? 1 : 5) grid.push(t / 100);
  const evaluate = (short: number, long: number) => {
    const th = { ...TEXT_CLAIM_THRESHOLDS, short, long };
    const best = new Map<string, { ok: boolean; p: number }>();
    let pageBadges = 0;
    rows.forEach((r, i) => {
      if (p[i] < textClaimThreshold(r.chars, th)) return;
      if (r.post === undefined) {
        pageBadges++;
        return;
      }
      const b = best.get(r.post);
      if (!b || p[i] > b.p) best.set(r.post, { ok: r.ok, p: p[i] });
    });
    const hits = [...best.values()].filter((b) => b.ok).length;
    return {
      recall: hits / posts.length,
      precision: best.size ? hits / best.size : 1,
      perPage: pageBadges / pages.length,
    };
  };
  let chosen: { short: number; long: number; recall: number; perPage: number } | undefined;
  for (const short of grid)
    for (const long of grid) {
      if (long < short) continue;
      const e = evaluate(short, long);
      if (short === long)
        lines.push(
          `t=${short.toFixed(2)} recall ${e.recall.toFixed(3)} precision ${e.precision.toFixed(3)} page badges/page ${e.perPage.toFixed(3)}`,
        );
      // Precision 0.97 on the tuning posts, a margin over the 0.95 asked of the held-out ones; half the
      // page budget (0.05 per page): on 64 pages one badge is 0.016, and the held-out pages showed that
      // the count moves by a few badges between fits that look alike on the tuning pages.
      if (e.precision < 0.97 || e.perPage > 0.025) continue;
      // The most posts found; then the fewest badges on the tuning pages; then the lowest threshold for
      // long pages (a news article that repeats a claim is a long page too).
      const better =
        !chosen ||
        e.recall > chosen.recall + 1e-9 ||
        (Math.abs(e.recall - chosen.recall) < 1e-9 &&
          (e.perPage < chosen.perPage - 1e-9 || (Math.abs(e.perPage - chosen.perPage) < 1e-9 && long < chosen.long)));
      if (better) chosen = { short, long, recall: e.recall, perPage: e.perPage };
    }
  if (chosen) {
    const e = evaluate(chosen.short, chosen.long);
    lines.push(
      `by page length: short ${chosen.short.toFixed(2)}, long ${chosen.long.toFixed(2)}: recall ${e.recall.toFixed(3)} precision ${e.precision.toFixed(3)} page badges/page ${e.perPage.toFixed(3)}`,
    );
  }
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return [
    ...lines,
    `candidates: ${rows.length} (${rows.filter((x) => x.ok).length} right), tuning posts ${posts.length}, tuning pages ${pages.length}`,
    `CALIBRATION = ${JSON.stringify({ mean: mean.map(r), sd: sd.map(r), weights: w.map(r), bias: r(bias) })}`,
    chosen
      ? `TEXT_CLAIM_THRESHOLDS = ${JSON.stringify({ ...TEXT_CLAIM_THRESHOLDS, short: chosen.short, long: chosen.long })}`
      : 'TEXT_CLAIM_THRESHOLDS: none meets the constraints',
  ].join('\n');
}
