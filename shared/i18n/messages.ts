/**
 * Messages as codes: the core stores and sends `{ code, params }` (never a sentence), and each
 * side renders it in the reader's language at display time. A param may itself be a message
 * (`{ t: code, params }`, e.g. an outcome name) or a list of them (`{ list: [...] }`, joined
 * with ", "); numbers stay numbers and are formatted by the catalogue string (`{v, pct}`).
 */
import type { TFn } from './i18n';

export type MsgParam = string | number | null | { t: string; params?: MsgParams } | { list: Msg[] };
export type MsgParams = Record<string, MsgParam>;
export interface Msg {
  code: string;
  params?: MsgParams;
}

const isMsg = (v: unknown): v is { t: string; params?: MsgParams } => typeof v === 'object' && v !== null && 't' in v;
const isList = (v: unknown): v is { list: Msg[] } => typeof v === 'object' && v !== null && 'list' in v;

/** One param as text (a nested message rendered, a list joined). */
export function renderParam(t: TFn, v: MsgParam): string {
  if (isMsg(v)) return renderMsg(t, { code: v.t, params: v.params });
  if (isList(v)) return v.list.map((x) => renderMsg(t, x)).join(', ');
  return v === null ? '' : String(v);
}

/** The message in the language of `t`; an unknown code comes back as `fallback` (or the code). */
export function renderMsg(t: TFn, m: Msg, fallback?: string): string {
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.params ?? {})) {
    params[k] = isMsg(v) ? renderMsg(t, { code: v.t, params: v.params }) : isList(v) ? v.list.map((x) => renderMsg(t, x)).join(', ') : v;
  }
  const out = t(m.code, params);
  return out === m.code && fallback !== undefined ? fallback : out;
}

/** An outcome name as a message param: Draw → Nul, Over 2.5 → Plus de 2,5, a team as typed. */
export function outcomeParam(name: string, point: number | null): MsgParam {
  const n = name.trim().toLowerCase();
  if (n === 'draw' || n === 'x' || n === 'nul') return { t: 'outcome.draw' };
  if (n === 'over') return point === null ? { t: 'outcome.over' } : { t: 'outcome.overPoint', params: { point } };
  if (n === 'under') return point === null ? { t: 'outcome.under' } : { t: 'outcome.underPoint', params: { point } };
  return point === null ? name : { t: 'outcome.withPoint', params: { name, point } };
}

/** A market key (and its line) as a message param: h2h → 1N2, totals 2.5 → Total 2,5. */
export function marketParam(market: string, point: number | null): MsgParam {
  const known = ['h2h', 'spreads', 'totals', 'outrights', 'h2h_lay'].includes(market);
  const m: MsgParam = known ? { t: `market.${market}` } : market;
  if (point === null) return m;
  return { t: market === 'spreads' ? 'market.linePoint' : 'market.totalPoint', params: { market: m, point } };
}
