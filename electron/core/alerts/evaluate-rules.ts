/**
 * The Prometheus alert state machine as a pure function: rules + each rule's active series +
 * the previous instances + now → the next instances and the transitions. inactive → pending →
 * firing → resolved (kept RESOLVED_RETENTION_MS) → dropped; one false evaluation deletes a
 * pending alert; `keepFiringForMs` holds a firing alert after its condition stops.
 */
import type { AlertInstance, AlertRule, AlertState, AlertTransition } from '../../../shared/domain/alerts';
import type { Series } from './conditions';
import { RESOLVED_RETENTION_MS } from './default-rules';
import { fingerprint } from './fingerprint';

/** A state change produced by one evaluation (the history row, minus its id). */
export type Transition = Omit<AlertTransition, 'id'>;

export interface EvalResult {
  next: Map<string, AlertInstance>;
  transitions: Transition[];
}

/**
 * One evaluation. `samples.get(rule.id)` null/undefined = the rule cannot be evaluated now:
 * its instances keep their state untouched.
 */
export function evaluateRules(
  rules: readonly AlertRule[],
  samples: ReadonlyMap<string, Series[] | null>,
  prev: ReadonlyMap<string, AlertInstance>,
  now: number,
): EvalResult {
  const next = new Map<string, AlertInstance>();
  const transitions: Transition[] = [];
  const move = (a: AlertInstance, from: AlertState | 'inactive', to: AlertState | 'inactive') =>
    transitions.push({
      fingerprint: a.fingerprint,
      ruleId: a.ruleId,
      labels: a.labels,
      summary: a.summary,
      message: a.message ?? null,
      from,
      to,
      at: now,
    });
  const active = new Map(rules.filter((r) => r.enabled).map((r) => [r.id, r]));

  for (const rule of active.values()) {
    const series = samples.get(rule.id);
    if (!series) continue;
    for (const s of series) {
      const fp = fingerprint(rule.id, s.labels);
      const old = prev.get(fp);
      const base = {
        ruleName: rule.name,
        kind: rule.kind,
        severity: rule.severity,
        summary: s.summary,
        ...(s.message ? { message: s.message } : {}),
        value: s.value,
        lastTrueAt: now,
        startsAt: s.startsAt ?? old?.startsAt ?? null,
        muted: null,
      };
      if (!old || old.state === 'resolved') {
        const a: AlertInstance = {
          ...base,
          fingerprint: fp,
          ruleId: rule.id,
          labels: s.labels,
          state: 'pending',
          activeAt: now,
          firedAt: null,
          resolvedAt: null,
        };
        if (rule.forMs <= 0) {
          a.state = 'firing';
          a.firedAt = now;
        }
        move(a, old ? 'resolved' : 'inactive', a.state);
        next.set(fp, a);
      } else if (old.state === 'pending') {
        const a: AlertInstance = { ...old, ...base };
        if (now - old.activeAt >= rule.forMs) {
          a.state = 'firing';
          a.firedAt = now;
          move(a, 'pending', 'firing');
        }
        next.set(fp, a);
      } else {
        next.set(fp, { ...old, ...base });
      }
    }
  }

  // instances whose condition no longer holds (or whose rule is gone or disabled)
  for (const [fp, old] of prev) {
    if (next.has(fp)) continue;
    const rule = active.get(old.ruleId);
    if (rule && !samples.get(rule.id)) {
      next.set(fp, old); // cannot evaluate: keep the last state
      continue;
    }
    if (old.state === 'pending') {
      move(old, 'pending', 'inactive');
    } else if (old.state === 'firing') {
      const keep = rule?.keepFiringForMs ?? 0;
      if (rule && now - old.lastTrueAt < keep) {
        next.set(fp, old);
      } else {
        const a: AlertInstance = { ...old, state: 'resolved', resolvedAt: now };
        move(a, 'firing', 'resolved');
        next.set(fp, a);
      }
    } else if (old.resolvedAt !== null && now - old.resolvedAt < RESOLVED_RETENTION_MS) {
      next.set(fp, old);
    }
  }
  return { next, transitions };
}
