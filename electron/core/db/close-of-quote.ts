/**
 * The close of a quote — its last price observed before a time — read straight from the
 * stored history's index, never through the `price_history` view (a UNION ALL that SQLite
 * cannot seek into from a correlated subquery, so every lookup scanned the quote's history
 * twice and settlement grew with bets × history).
 *
 * A quote's history is its first observation (kept on the quote: `first_at`/`first_price`, or
 * `changed_at`/`price` while it never moved) then every row of `price_changes`, whose primary
 * key (quote_id, observed_at) is the index: "the last change before T" is one backward seek.
 * `q` must be the alias of `quotes` and `before` an SQL expression (a column or a parameter).
 */

/** First observation time of quote `q`. */
const firstAt = (q: string) => `coalesce(${q}.first_at, ${q}.changed_at)`;

/** SQL: the price of quote `q` in force just before `before` (null when first seen at or after it). */
export function closePriceSql(q: string, before: string): string {
  return `coalesce(
    (SELECT pc.price FROM price_changes pc WHERE pc.quote_id = ${q}.id AND pc.observed_at < ${before} ORDER BY pc.observed_at DESC LIMIT 1),
    CASE WHEN ${firstAt(q)} < ${before} THEN coalesce(${q}.first_price, ${q}.price) END)`;
}

/** SQL: when that price was observed (its last change before `before`), null as above. */
export function closeAtSql(q: string, before: string): string {
  return `coalesce(
    (SELECT max(pc.observed_at) FROM price_changes pc WHERE pc.quote_id = ${q}.id AND pc.observed_at < ${before}),
    CASE WHEN ${firstAt(q)} < ${before} THEN ${firstAt(q)} END)`;
}
