import type { ZodError } from 'zod';

/** "intervalMinutes: Too small: expected number to be >=1; markets.0: Invalid option…" */
export function formatZodError(err: ZodError): string {
  return err.issues.map((i) => `${i.path.length ? i.path.join('.') : 'request'}: ${i.message}`).join('; ');
}
