/**
 * The one path every request takes, whichever host received it: validate against the
 * contract's schema, run the handler, wrap the answer in the IpcResult envelope. A bad payload
 * gets INVALID_REQUEST naming the field; an unexpected error gets INTERNAL with a redacted text.
 */
import { requestSchemas, type Channel, type Handlers } from '../../../shared/ipc/contract';
import { AppError, fail, ok, type IpcResult } from '../../../shared/ipc/result';
import { redact, type Logger } from '../util/logger';
import { formatZodError } from '../util/zod-error';

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(requestSchemas, name);
}

export async function dispatch(handlers: Handlers, channel: unknown, raw: unknown, log?: Logger): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return fail('INVALID_REQUEST', `Unknown channel ${String(channel).slice(0, 80)}`);
  const parsed = requestSchemas[channel].safeParse(raw ?? {});
  if (!parsed.success) return fail('INVALID_REQUEST', formatZodError(parsed.error));
  try {
    const handler = handlers[channel] as (req: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (e) {
    if (e instanceof AppError) return fail(e.code, redact(e.message));
    const message = redact(e instanceof Error ? e.message : String(e));
    log?.error(`handler ${channel} failed`, { message });
    return fail('INTERNAL', message);
  }
}
