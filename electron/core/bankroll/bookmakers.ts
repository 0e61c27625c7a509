/** Bookmakers of a bet: a known key is used as is; an unknown name is accepted and created. */
import type { WritableDb } from '../db/open-database';

/** "Betclic FR" → "betclic_fr": the key form The Odds API uses. */
export function toBookmakerKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
}

/** Finds a bookmaker by key or title (case-insensitive), or creates it; returns its key. */
export function ensureBookmaker(db: WritableDb, name: string): { key: string; created: boolean } {
  const found = db
    .prepare(`SELECT key FROM bookmakers WHERE key = ? OR lower(title) = lower(?) ORDER BY key = ? DESC LIMIT 1`)
    .get(toBookmakerKey(name), name.trim(), toBookmakerKey(name)) as { key: string } | undefined;
  if (found) return { key: found.key, created: false };
  const key = toBookmakerKey(name) || 'unknown';
  db.prepare(`INSERT INTO bookmakers (key, title, is_exchange) VALUES (?, ?, 0)`).run(key, name.trim());
  return { key, created: true };
}

/** Every known bookmaker, by title (the form's suggestions). */
export function listBookmakers(db: WritableDb): { key: string; title: string }[] {
  return db.prepare(`SELECT key, title FROM bookmakers ORDER BY title COLLATE NOCASE`).all() as { key: string; title: string }[];
}
