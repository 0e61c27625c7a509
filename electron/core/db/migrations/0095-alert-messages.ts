import type { WritableDb } from '../handles';

/**
 * An alert transition keeps its summary as a catalogue message (code + params, JSON), so the
 * history is shown in the reader's language; rows written before keep their text only.
 */
export function up(db: WritableDb): void {
  db.exec(`ALTER TABLE alert_transitions ADD COLUMN message TEXT`);
}
