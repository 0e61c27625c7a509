/** Alert instance identity: the rule and its sorted labels (annotations never count). */
import { createHash } from 'node:crypto';

/** A stable 16-hex fingerprint of (ruleId, labels). */
export function fingerprint(ruleId: string, labels: Record<string, string>): string {
  const sorted = Object.keys(labels)
    .sort()
    .map((k) => [k, labels[k]]);
  return createHash('sha1')
    .update(JSON.stringify([ruleId, sorted]))
    .digest('hex')
    .slice(0, 16);
}
