import type { WritableDb } from '../handles';

/** The bets logged from each opportunity (a half-placed surebet is told from its placed legs). */
export function up(db: WritableDb): void {
  db.exec(`CREATE INDEX bets_opportunity ON bets (opportunity_id) WHERE opportunity_id IS NOT NULL`);
}
