/**
 * `monps export alerts`: one CSV with every state change (rule, labels, from → to, time) and
 * every notification (channel, time, result). Each cell passes the redactor: no secret leaves.
 */
import { stringify } from 'csv-stringify/sync';
import type { ReadableDb } from '../db/open-database';
import { redact } from '../util/logger';
import { writeFileAtomicSync } from '../export/atomic-file';
import { SAFE_CSV_CAST } from '../export/csv-cells';

export const ALERT_COLUMNS = [
  'record',
  'at',
  'rule',
  'labels',
  'from_state',
  'to_state',
  'summary',
  'channel',
  'status',
  'error',
  'firing',
  'resolved',
];

const iso = (ms: number) => new Date(ms).toISOString();

/** The rows, oldest first (state changes and notifications interleaved by time). */
export function alertCsvRows(db: ReadableDb): string[][] {
  const t = db.prepare(`SELECT rule_id, labels, from_state, to_state, summary, at FROM alert_transitions`).all() as {
    rule_id: string;
    labels: string;
    from_state: string;
    to_state: string;
    summary: string;
    at: number;
  }[];
  const n = db.prepare(`SELECT channel, group_key, subject, at, status, error, firing, resolved FROM alert_notifications`).all() as {
    channel: string;
    group_key: string;
    subject: string;
    at: number;
    status: string;
    error: string | null;
    firing: number;
    resolved: number;
  }[];
  const rows: [number, string[]][] = [
    ...t.map((r): [number, string[]] => [
      r.at,
      ['state', iso(r.at), r.rule_id, r.labels, r.from_state, r.to_state, r.summary, '', '', '', '', ''],
    ]),
    ...n.map((r): [number, string[]] => [
      r.at,
      [
        'notification',
        iso(r.at),
        r.group_key,
        '',
        '',
        '',
        r.subject,
        r.channel,
        r.status,
        r.error ?? '',
        String(r.firing),
        String(r.resolved),
      ],
    ]),
  ];
  return rows.sort((a, b) => a[0] - b[0]).map(([, r]) => r.map(redact));
}

/** Writes the CSV atomically (atomic-file.ts; a FileError on failure); returns the number of rows. */
export function exportAlertsCsv(db: ReadableDb, out: string): number {
  const rows = alertCsvRows(db);
  writeFileAtomicSync(out, stringify(rows, { header: true, columns: ALERT_COLUMNS, cast: SAFE_CSV_CAST }));
  return rows.length;
}
