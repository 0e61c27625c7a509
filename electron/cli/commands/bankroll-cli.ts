/** Shared helpers of the bankroll commands: call a channel through the same validation as the UI. */
import type { Channel, ReqInput, Res } from '../../../shared/ipc/contract';
import { dispatch } from '../../core/handlers/dispatch';
import type { createHeadlessCore } from '../../headless/create-headless-core';
import { CliError } from '../cli-context';

type Core = Awaited<ReturnType<typeof createHeadlessCore>>;

/** Calls a bankroll channel; a refused request becomes a CliError (exit 2 for bad input). */
export async function callChannel<K extends Channel>(core: Core, channel: K, req: ReqInput<K>): Promise<Res<K>> {
  const r = await dispatch(core.handlers, channel, req);
  if (!r.ok) throw new CliError(r.error.message, r.error.code === 'INVALID_REQUEST' ? 2 : 1);
  return r.value as Res<K>;
}

/** "2026-06-11T19:00:00Z" → ms, or a CliError naming the option. */
export function parseIso(option: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const t = /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v) : NaN;
  if (Number.isNaN(t)) throw new CliError(`${option} ${v}: expected an ISO 8601 date like 2026-06-11 or 2026-06-11T19:00:00Z`, 2);
  return t;
}

export const euros = (cents: number): string => `${(cents / 100).toFixed(2)} €`;
