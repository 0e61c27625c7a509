/**
 * Editing rules and e-mail settings as text, validated as you type: every numeric field is
 * parsed from what the user typed ("12,5" is accepted, "abc" is "not a number"), and the
 * errors name what is wrong. Pure; the main side validates again with the shared zod schemas.
 */
import type { AlertRule, AlertRuleKind } from '../../../../shared/domain/alerts';
import type { DictKey } from '../../i18n/fr';

export interface FieldErr {
  key: DictKey;
  vars?: Record<string, string | number>;
}

/** A rule with its numbers as typed. `repeatH` empty = once. */
export interface RuleDraft extends Omit<AlertRule, 'threshold' | 'minSettled' | 'forMs' | 'keepFiringForMs' | 'repeatMs'> {
  threshold: string;
  minSettled: string;
  forMin: string;
  keepMin: string;
  repeatH: string;
}

export type RuleField = 'name' | 'threshold' | 'minSettled' | 'forMin' | 'keepMin' | 'repeatH' | 'sport';

const MIN = 60_000;
const HOUR = 60 * MIN;
const txt = (n: number) => String(Math.round(n * 1000) / 1000);

/** Parses a typed number ("12,5" or "12.5"); returns the number or an error in words. */
export function parseNum(
  raw: string,
  o: { min?: number; max?: number; integer?: boolean; optional?: boolean } = {},
): { value: number | null; error: FieldErr | null } {
  const s = raw.trim().replace(',', '.');
  if (s === '') return o.optional ? { value: null, error: null } : { value: null, error: { key: 'alerts.err.required' } };
  const n = Number(s);
  if (!/^-?\d*\.?\d+$/.test(s) || !Number.isFinite(n))
    return { value: null, error: { key: 'alerts.err.number', vars: { value: raw.trim() } } };
  if (o.integer && !Number.isInteger(n)) return { value: null, error: { key: 'alerts.err.integer' } };
  if (o.min !== undefined && n < o.min) return { value: null, error: { key: 'alerts.err.min', vars: { min: o.min } } };
  if (o.max !== undefined && n > o.max) return { value: null, error: { key: 'alerts.err.max', vars: { max: o.max } } };
  return { value: n, error: null };
}

export function toDraft(r: AlertRule): RuleDraft {
  const { threshold, minSettled, forMs, keepFiringForMs, repeatMs, ...rest } = r;
  return {
    ...rest,
    threshold: txt(threshold),
    minSettled: String(minSettled),
    forMin: txt(forMs / MIN),
    keepMin: txt(keepFiringForMs / MIN),
    repeatH: repeatMs === null ? '' : txt(repeatMs / HOUR),
  };
}

/** The rule, or the errors of each bad field. */
export function fromDraft(d: RuleDraft): { rule: AlertRule | null; errors: Partial<Record<RuleField, FieldErr>> } {
  const errors: Partial<Record<RuleField, FieldErr>> = {};
  const take = (f: RuleField, r: { value: number | null; error: FieldErr | null }) => {
    if (r.error) errors[f] = r.error;
    return r.value;
  };
  const threshold = take('threshold', parseNum(d.threshold, { min: -1_000_000, max: 10_000_000 }));
  const minSettled = take('minSettled', parseNum(d.minSettled, { min: 0, integer: true, max: 100_000 }));
  const forMin = take('forMin', parseNum(d.forMin, { min: 0, max: 7 * 24 * 60 }));
  const keepMin = take('keepMin', parseNum(d.keepMin, { min: 0, max: 7 * 24 * 60 }));
  const repeatH = take('repeatH', parseNum(d.repeatH, { min: 1 / 60, max: 30 * 24, optional: true }));
  if (!d.name.trim()) errors.name = { key: 'alerts.err.required' };
  if (d.sport !== null && d.sport !== '' && !/^[a-z0-9_]{2,80}$/.test(d.sport)) errors.sport = { key: 'alerts.err.host' };
  if (Object.keys(errors).length) return { rule: null, errors };
  const { forMin: _f, keepMin: _k, repeatH: _r, ...rest } = d;
  return {
    rule: {
      ...rest,
      name: d.name.trim(),
      sport: d.sport ? d.sport : null,
      threshold: threshold as number,
      minSettled: minSettled as number,
      forMs: Math.round((forMin as number) * MIN),
      keepFiringForMs: Math.round((keepMin as number) * MIN),
      repeatMs: repeatH === null ? null : Math.round(repeatH * HOUR),
    },
    errors,
  };
}

const DEFAULT_THRESHOLD: Record<AlertRuleKind, number> = {
  bankroll: 950,
  roi: 0,
  winRate: 50,
  collectorDown: 2,
  noData: 4,
  opportunity: 3,
  quota: 20,
  emailFailing: 3,
};

/** A new user rule of a kind, with a unique id. */
export function newRule(kind: AlertRuleKind, existing: readonly { id: string }[]): RuleDraft {
  let i = 1;
  while (existing.some((r) => r.id === `${kind.toLowerCase()}-${i}`)) i++;
  return toDraft({
    id: `${kind.toLowerCase()}-${i}`,
    kind,
    name: `${kind} ${i}`,
    severity: 'warning',
    enabled: true,
    threshold: DEFAULT_THRESHOLD[kind],
    minSettled: kind === 'roi' || kind === 'winRate' ? 20 : 0,
    sport: null,
    forMs: 0,
    keepFiringForMs: 0,
    repeatMs: kind === 'opportunity' ? null : 24 * HOUR,
    desktop: true,
    email: 'digest',
  });
}
