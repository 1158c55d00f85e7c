// Layer names are a public contract (popup switches, CLI --layers, export): one definition here.
import type { ClaimStatus, Mention, MentionKind } from './types';

export interface LayerState {
  officials: boolean;
  claims: boolean;
  attributions: boolean;
  denied: boolean;
  confirmed: boolean;
  disputed: boolean;
  unverified: boolean;
}

export type LayerName = keyof LayerState;

export const KIND_LAYERS: readonly LayerName[] = ['officials', 'claims', 'attributions'];
export const STATUS_LAYERS: readonly ClaimStatus[] = ['denied', 'confirmed', 'disputed', 'unverified'];
export const ALL_LAYERS: readonly LayerName[] = [...KIND_LAYERS, ...STATUS_LAYERS];

export const DEFAULT_LAYERS: Readonly<LayerState> = Object.freeze({
  officials: true,
  claims: true,
  attributions: false,
  denied: true,
  confirmed: true,
  disputed: true,
  unverified: true,
});

export function kindLayer(kind: MentionKind): LayerName {
  return kind === 'official' ? 'officials' : kind === 'claim' ? 'claims' : 'attributions';
}

/** Whether a mention is shown under the given layers; claims also need their status layer on. */
export function isVisible(layers: LayerState, kind: MentionKind, status?: ClaimStatus): boolean {
  if (!layers[kindLayer(kind)]) return false;
  return kind !== 'claim' || status === undefined || layers[status];
}

export function visibleMentions<M extends Pick<Mention, 'kind'>>(
  layers: LayerState,
  mentions: readonly M[],
  statusOf: (m: M) => ClaimStatus | undefined,
): M[] {
  return mentions.filter((m) => isVisible(layers, m.kind, statusOf(m)));
}
