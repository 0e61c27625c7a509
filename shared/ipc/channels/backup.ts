/** Channels of the backup domain: list the backups, back up now, restore one (Settings → Sauvegardes). */
import { z } from 'zod';

const empty = z.object({}).strict();

/** Request schemas of this domain (zod), one per channel named `backup:verb-noun`. */
export const backupRequests = {
  'backup:list': empty,
  'backup:create': empty,
  /** Restores a backup of the backups folder, by its file name (never a path). */
  'backup:restore': z
    .object({
      name: z.string().regex(/^[a-z0-9_]+-(auto|manual)-\d{8}T\d{6}(\d{3})?Z\.sqlite$/, 'the name of a file of the backups folder'),
    })
    .strict(),
} as const;

/** One backup file. */
export interface BackupInfo {
  name: string;
  /** auto = the daily job (rotated: 7 daily + 4 weekly); manual = "back up now" (kept). */
  kind: 'auto' | 'manual';
  /** When it was taken, UTC ms. */
  takenAt: number;
  sizeBytes: number;
}

export interface BackupList {
  /** The backups folder. */
  dir: string;
  /** The database these backups are of (monps.sqlite or demo.sqlite). */
  database: string;
  backups: BackupInfo[];
  /** When the next automatic backup is due (null: no automatic backup in demo mode). */
  nextAutoAt: number | null;
}

export interface RestoreInfo {
  restoredFrom: string;
  /** Where the database that was replaced is kept. */
  keptAs: string | null;
  schemaVersion: number;
  /** The backup's older schema version when it was migrated, else null. */
  migratedFrom: number | null;
  at: number;
}

/** Response type of each request channel of this domain. */
export interface BackupResponses {
  'backup:list': BackupList;
  'backup:create': BackupInfo;
  'backup:restore': RestoreInfo;
}

/** Pushed events of this domain and their payloads. */
export interface BackupEvents {
  /** A backup was restored: every view must reload its data. */
  'backup:restored': RestoreInfo;
}

/** Every event name of this domain (the record makes a missing one fail to compile). */
export const backupEventNames: Record<keyof BackupEvents, 1> = { 'backup:restored': 1 };
