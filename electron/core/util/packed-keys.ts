/**
 * The one way ids are packed into a number key for the in-memory maps of the board (the
 * ingest's quote cache, which the scanner's board reader also reads): bookmaker and market ids
 * get 12 bits each (ids below 4096). The limits are checked: an id past them is a clear error,
 * never a silent collision of two keys.
 */

/** Bookmaker and market ids must stay below this (tables of a few hundred rows). */
export const ID_LIMIT = 4096;

function tooLarge(what: string, value: number, limit: number): never {
  throw new RangeError(`${what} ${value} does not fit a packed key (must be an integer in 0…${limit - 1})`);
}

/** One number per (bookmaker, market). */
export function bookMarketKey(bookId: number, marketId: number): number {
  if (!(bookId >= 0 && bookId < ID_LIMIT && Number.isInteger(bookId))) tooLarge('bookmaker id', bookId, ID_LIMIT);
  if (!(marketId >= 0 && marketId < ID_LIMIT && Number.isInteger(marketId))) tooLarge('market id', marketId, ID_LIMIT);
  return bookId * ID_LIMIT + marketId;
}
