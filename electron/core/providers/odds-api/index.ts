/** The Odds API v4 provider: client, errors, wire schemas and helpers. See README.md. */
export {
  createOddsApiClient,
  estimateOddsCost,
  formatCommenceTime,
  type EventOddsQuery,
  type EventsQuery,
  type OddsApiClient,
  type OddsApiClientOptions,
  type OddsApiLogger,
  type OddsCostInput,
  type OddsQuery,
  type ScoresQuery,
} from './client';
export { OddsApiError, classifyHttpError, type OddsApiErrorCode, type OddsApiErrorInit } from './errors';
export { redactSecret, redactUrl, REDACTED } from './redact';
export { priceToDecimal, type OddsFormat } from './normalize';
