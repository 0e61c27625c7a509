/**
 * The opportunities' lifecycle table (migration 0020): one record per key (kind, event, market,
 * line, legs). A scan opens or refreshes the records it found, closes as "gone" the open ones of
 * the events it scanned that it did not find, and as "started" those whose event kicked off.
 * A reopened opportunity is the same record (its `openings` grows); nothing is stored twice.
 */
import type { Opportunity, OpportunityKind, OpportunityStatus, SuspiciousReason } from '../../../shared/domain/opportunities';
import type { WritableDb } from '../db/open-database';
import type { Found } from './types';

type Row = {
  id: number;
  kind: OpportunityKind;
  event_id: string;
  sport_key: string;
  sport_title: string;
  commence_time: number;
  home_team: string;
  away_team: string;
  market: Opportunity['market'];
  point: number | null;
  legs: string;
  math: string;
  edge: number;
  peak_edge: number;
  first_seen_at: number;
  last_seen_at: number;
  status: OpportunityStatus;
  openings: number;
  suspicious: SuspiciousReason | null;
  bet: number;
  placed: string | null;
};

const SELECT = `SELECT o.id, o.kind, e.id AS event_id, e.sport_key, s.title AS sport_title, e.commence_time, e.home_team, e.away_team,
  o.market, o.point, o.legs, o.math, o.edge, o.peak_edge, o.first_seen_at, o.last_seen_at, o.status, o.openings, o.suspicious, o.bet,
  (SELECT json_group_array(json_object('selection', b.selection, 'bookmaker', b.bookmaker, 'odds', b.odds, 'stakeCents', b.stake_cents))
     FROM bets b WHERE b.opportunity_id = o.id) AS placed
  FROM opportunities o JOIN events e ON e.ref = o.event_ref JOIN sports s ON s.key = e.sport_key`;

function toOpportunity(r: Row): Opportunity {
  const legs = JSON.parse(r.legs) as Opportunity['legs'];
  // an open record's legs come from the latest collection of its event, which last_seen_at is
  // (a scan that finds an unchanged event again only moves last_seen_at, see `touch`)
  if (r.status === 'open') for (const l of legs) l.seenAt = Math.max(l.seenAt, r.last_seen_at);
  return {
    id: r.id,
    kind: r.kind,
    eventId: r.event_id,
    sportKey: r.sport_key,
    sportTitle: r.sport_title,
    homeTeam: r.home_team,
    awayTeam: r.away_team,
    commenceTime: r.commence_time,
    market: r.market,
    point: r.point,
    legs,
    edge: r.edge,
    peakEdge: r.peak_edge,
    firstSeenAt: r.first_seen_at,
    lastSeenAt: r.last_seen_at,
    status: r.status,
    openings: r.openings,
    suspicious: r.suspicious,
    bet: r.bet === 1,
    math: JSON.parse(r.math),
    placed: r.placed ? (JSON.parse(r.placed) as Opportunity['placed']) : [],
  };
}

export type LifecycleRepo = ReturnType<typeof createLifecycleRepo>;

export function createLifecycleRepo(db: WritableDb) {
  const st = {
    byKey: db.prepare(`SELECT id FROM opportunities WHERE key = ?`).pluck(),
    insert: db
      .prepare(
        `INSERT INTO opportunities (key, kind, event_ref, market, point, books, legs, math, edge, peak_edge, first_seen_at, last_seen_at, status, suspicious)
       VALUES (@key, @kind, @ref, @market, @point, @books, @legs, @math, @edge, @edge, @now, @now, 'open', @suspicious) RETURNING id`,
      )
      .pluck(),
    update: db.prepare(
      `UPDATE opportunities SET legs = @legs, math = @math, edge = @edge, peak_edge = max(peak_edge, @edge), last_seen_at = @now,
         openings = openings + (status <> 'open'), status = 'open', suspicious = @suspicious WHERE id = @id`,
    ),
    openInScope: db
      .prepare(
        `SELECT id FROM opportunities WHERE status = 'open' AND (@scope IS NULL OR event_ref IN (SELECT value FROM json_each(@scope)))`,
      )
      .pluck(),
    close: db.prepare(`UPDATE opportunities SET status = 'gone' WHERE id = ?`),
    seenAgain: db.prepare(`UPDATE opportunities SET last_seen_at = ? WHERE id = ?`),
    started: db
      .prepare(
        `UPDATE opportunities SET status = 'started' WHERE status = 'open'
         AND event_ref IN (SELECT ref FROM events WHERE commence_time <= ?) RETURNING id`,
      )
      .pluck(),
    aged: db.prepare(`UPDATE opportunities SET status = 'gone' WHERE status = 'open' AND last_seen_at < ? RETURNING id`).pluck(),
    byIds: db.prepare(`${SELECT} WHERE o.id IN (SELECT value FROM json_each(?))`),
    list: db.prepare(
      `${SELECT} WHERE (@all = 1 OR o.status = 'open') AND (@kinds IS NULL OR o.kind IN (SELECT value FROM json_each(@kinds)))
       ORDER BY o.last_seen_at DESC, o.id DESC LIMIT @limit`,
    ),
    setBet: db.prepare(`UPDATE opportunities SET bet = ? WHERE id = ?`),
    // an unchanged event seen again: its open records (and so their legs, see toOpportunity) were seen now
    touch: db
      .prepare(
        `UPDATE opportunities SET last_seen_at = @now
       WHERE status = 'open' AND event_ref IN (SELECT value FROM json_each(@refs)) RETURNING id`,
      )
      .pluck(),
    openByKind: db.prepare(`SELECT kind, count(*) FROM opportunities WHERE status = 'open' GROUP BY kind`).raw(true),
  };

  /**
   * What the last full write of each open record said (edge, prices, stake): a record found
   * again unchanged only has its sighting moved, without rewriting its legs and math.
   */
  const openWritten = new Map<number, string>();
  /** Record ids by key: a key's record is never deleted, so its id never changes. */
  const idByKey = new Map<string, number>();
  const idOf = (key: string): number | undefined => {
    let id = idByKey.get(key);
    if (id === undefined) {
      id = st.byKey.get(key) as number | undefined;
      if (id !== undefined) idByKey.set(key, id);
    }
    return id;
  };
  const signatureOf = (f: Found): string =>
    `${f.edge}|${f.suspicious ?? ''}|${f.legs.map((l) => l.price).join(',')}|${(f.math as { kellyStake?: number }).kellyStake ?? ''}`;

  const applyTx = db.transaction((found: Found[], scopeRefs: number[] | null, now: number, maxAgeMs: number): number[] => {
    const changed = new Set<number>();
    const seen = new Set<number>();
    const keys = new Set<string>();
    for (const f of found) {
      if (keys.has(f.key)) continue;
      keys.add(f.key);
      const id = idOf(f.key);
      const sig = signatureOf(f);
      if (id !== undefined && openWritten.get(id) === sig) {
        st.seenAgain.run(now, id);
        seen.add(id);
        changed.add(id);
        continue;
      }
      const p = {
        legs: JSON.stringify(f.legs),
        math: JSON.stringify(f.math),
        edge: f.edge,
        now,
        suspicious: f.suspicious,
      };
      if (id === undefined) {
        const nid = st.insert.get({
          ...p,
          key: f.key,
          kind: f.kind,
          ref: f.event.ref,
          market: f.market,
          point: f.point,
          books: [...new Set(f.legs.map((l) => l.bookmaker))].sort().join(','),
        }) as number;
        idByKey.set(f.key, nid);
        openWritten.set(nid, sig);
        seen.add(nid);
        changed.add(nid);
      } else {
        st.update.run({ ...p, id });
        openWritten.set(id, sig);
        seen.add(id);
        changed.add(id);
      }
    }
    const closed = (id: number) => {
      openWritten.delete(id);
      changed.add(id);
    };
    // kicked off first, so a started event's records say "started", not "gone"
    for (const id of st.started.all(now) as number[]) closed(id);
    for (const id of st.openInScope.all({ scope: scopeRefs ? JSON.stringify(scopeRefs) : null }) as number[]) {
      if (seen.has(id)) continue;
      st.close.run(id);
      closed(id);
    }
    for (const id of st.aged.all(now - maxAgeMs) as number[]) closed(id);
    return [...changed];
  });

  return {
    /**
     * Records one scan: `found` opens or refreshes records; open records of the scanned events
     * (`scopeRefs`, null = all) that were not found become gone; open ones whose event started
     * become started; open ones not seen for `maxAgeMs` become gone. Returns the changed ids.
     */
    apply(found: Found[], scopeRefs: number[] | null, now: number, maxAgeMs: number): number[] {
      try {
        return applyTx(found, scopeRefs, now, maxAgeMs);
      } catch (e) {
        // rolled back: the memos may name rows that no longer exist
        idByKey.clear();
        openWritten.clear();
        throw e;
      }
    },
    byIds(ids: number[]): Opportunity[] {
      if (ids.length === 0) return [];
      return (st.byIds.all(JSON.stringify(ids)) as Row[]).map(toOpportunity);
    },
    list(q: { status: 'open' | 'all'; kinds?: OpportunityKind[]; limit: number }): Opportunity[] {
      return (
        st.list.all({ all: q.status === 'all' ? 1 : 0, kinds: q.kinds ? JSON.stringify(q.kinds) : null, limit: q.limit }) as Row[]
      ).map(toOpportunity);
    },
    /** Open records per kind. */
    openByKind(): Record<OpportunityKind, number> {
      const out: Record<OpportunityKind, number> = { surebet: 0, value: 0, drop: 0, gap: 0, middle: 0 };
      for (const [k, n] of st.openByKind.all() as [OpportunityKind, number][]) out[k] = n;
      return out;
    },
    /** Events scanned again with nothing changed: their open records were seen at `now`. Returns their ids. */
    touch(refs: number[], now: number): number[] {
      if (refs.length === 0) return [];
      return st.touch.all({ refs: JSON.stringify(refs), now }) as number[];
    },
    /** Sets the bet flag; returns the record, or null when no record has this id. */
    setBet(id: number, bet: boolean): Opportunity | null {
      if (st.setBet.run(bet ? 1 : 0, id).changes !== 1) return null;
      return this.byIds([id])[0] ?? null;
    },
  };
}
