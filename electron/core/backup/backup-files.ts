/**
 * Backup file names, listing and rotation. A backup is one self-contained SQLite file in
 * `<dataDir>/backups/`, named `<db>-<kind>-<UTC time>.sqlite` (db = monps | demo,
 * kind = auto | manual), e.g. `monps-auto-20261125T030000Z.sqlite`. Times come from the name
 * (the app's clock), never from the file system.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** auto = the daily job (rotated), manual = on request (kept). */
export type BackupKind = 'auto' | 'manual';

/** One backup file of the folder, as parsed from its name. */
export interface BackupFile {
  name: string;
  path: string;
  /** monps (real data) or demo. */
  db: string;
  kind: BackupKind;
  /** When it was taken, UTC ms. */
  takenAt: number;
  sizeBytes: number;
}

const NAME = /^([a-z0-9_]+)-(auto|manual)-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z\.sqlite$/;

/** `<dataDir>/backups`: where automatic and manual backups go. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** The file name of a backup of `db` taken at `at`. */
export function backupName(db: string, kind: BackupKind, at: number): string {
  const iso = new Date(at).toISOString(); // 2026-11-25T03:00:00.123Z
  const stamp = iso.slice(0, 19).replace(/[-:]/g, '') + iso.slice(20, 23);
  return `${db}-${kind}-${stamp}Z.sqlite`;
}

/** Parses a backup name; null when it is not one of ours. */
export function parseBackupName(name: string): { db: string; kind: BackupKind; takenAt: number } | null {
  const r = NAME.exec(name);
  if (!r) return null;
  const [y, mo, d, h, mi, s] = r.slice(3, 9).map(Number);
  return { db: r[1], kind: r[2] as BackupKind, takenAt: Date.UTC(y, mo - 1, d, h, mi, s, Number(r[9] ?? 0)) };
}

/** Every backup in the folder, newest first (other files are ignored). */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupFile[] = [];
  for (const name of names) {
    const p = parseBackupName(name);
    if (!p) continue;
    try {
      out.push({ ...p, name, path: join(dir, name), sizeBytes: statSync(join(dir, name)).size });
    } catch {
      // removed meanwhile
    }
  }
  return out.sort((a, b) => b.takenAt - a.takenAt || b.name.localeCompare(a.name));
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** A Monday, 00:00 UTC: weeks run Monday to Sunday (UTC). */
const MONDAY = Date.UTC(1970, 0, 5);

/** How many daily and weekly automatic backups the rotation keeps. */
export interface Retention {
  daily: number;
  weekly: number;
}

/** 7 daily + 4 weekly. */
export const DEFAULT_RETENTION: Retention = { daily: 7, weekly: 4 };

/**
 * Which automatic backups to keep: the newest of each of the `daily` most recent UTC days,
 * then, among the older ones, the newest of each of the `weekly` most recent weeks — so after
 * a few weeks exactly 7 daily + 4 weekly remain. Manual backups are never rotated.
 */
export function selectKept(backups: readonly { takenAt: number }[], r: Retention = DEFAULT_RETENTION): Set<number> {
  const sorted = backups.map((b, i) => ({ i, t: b.takenAt })).sort((a, b) => b.t - a.t);
  const keep = new Set<number>();
  const days = new Set<number>();
  let oldestDailyDay = Infinity;
  for (const b of sorted) {
    const day = Math.floor(b.t / DAY);
    if (days.has(day)) continue;
    if (days.size === r.daily) break;
    days.add(day);
    keep.add(b.i);
    oldestDailyDay = day;
  }
  const weeks = new Set<number>();
  for (const b of sorted) {
    if (Math.floor(b.t / DAY) >= oldestDailyDay) continue;
    const week = Math.floor((b.t - MONDAY) / WEEK);
    if (weeks.has(week)) continue;
    if (weeks.size === r.weekly) break;
    weeks.add(week);
    keep.add(b.i);
  }
  return keep;
}
