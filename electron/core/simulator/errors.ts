/**
 * The Odds API v4 error bodies, with the status each one comes back with.
 * Body shape: {"message": "...", "error_code": "...", "details_url": "..."}.
 */

const DETAILS = 'https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html';

/** An error answer ready to send. */
export interface ApiError {
  status: number;
  body: { message: string; error_code: string; details_url: string };
}

function err(status: number, code: string, message: string): ApiError {
  return { status, body: { message, error_code: code, details_url: DETAILS } };
}

/** Factories for every error the simulator produces. */
export const Errors = {
  missingKey: () => err(401, 'MISSING_KEY', 'API key is missing'),
  invalidKey: () => err(401, 'INVALID_KEY', 'API key is not valid. Get an API key at https://the-odds-api.com'),
  outOfCredits: () => err(401, 'OUT_OF_USAGE_CREDITS', 'Usage quota has been reached. See usage plans at https://the-odds-api.com'),
  historicalUnavailable: () =>
    err(401, 'HISTORICAL_UNAVAILABLE_ON_FREE_USAGE_PLAN', 'Historical odds are only available on paid usage plans.'),
  unknownSport: () => err(404, 'UNKNOWN_SPORT', 'Unknown sport'),
  eventNotFound: () => err(404, 'EVENT_NOT_FOUND', 'Event not found. The event may have expired or the event id is invalid.'),
  notFound: () => err(404, 'NOT_FOUND', 'Not found'),
  invalidMarket: (keys: string[]) => err(422, 'INVALID_MARKET', `Markets not supported by this endpoint: ${keys.join(', ')}`),
  invalidRegion: () => err(422, 'INVALID_REGION', 'One or more regions invalid'),
  missingRegion: () => err(422, 'MISSING_REGION', 'Missing regions. Specify the regions or bookmakers parameter.'),
  invalidBookmakers: () => err(422, 'INVALID_BOOKMAKERS', 'One or more bookmakers invalid'),
  invalidCommenceTimeFrom: () =>
    err(422, 'INVALID_COMMENCE_TIME_FROM', 'Invalid commenceTimeFrom parameter. The format must be YYYY-MM-DDTHH:MM:SSZ'),
  invalidCommenceTimeTo: () =>
    err(422, 'INVALID_COMMENCE_TIME_TO', 'Invalid commenceTimeTo parameter. The format must be YYYY-MM-DDTHH:MM:SSZ'),
  invalidCommenceTimeRange: () => err(422, 'INVALID_COMMENCE_TIME_RANGE', 'commenceTimeTo must be later than commenceTimeFrom'),
  invalidOddsFormat: () => err(422, 'INVALID_ODDS_FORMAT', 'Invalid oddsFormat. Valid values are decimal and american'),
  invalidDateFormat: () => err(422, 'INVALID_DATE_FORMAT', 'Invalid dateFormat. Valid values are iso and unix'),
  invalidDaysFrom: () => err(422, 'INVALID_SCORES_DAYS_FROM', 'Invalid daysFrom parameter. Valid values are integers from 1 to 3'),
  invalidEventIds: () => err(422, 'INVALID_EVENT_IDS', 'One or more eventIds invalid'),
  invalidEventId: () => err(422, 'INVALID_EVENT_ID', 'Invalid event id'),
  invalidAll: () => err(422, 'INVALID_ALL_SPORTS_PARAM', 'Invalid all parameter. Valid values are true and false'),
  freqLimit: () => err(429, 'EXCEEDED_FREQ_LIMIT', 'Requests are exceeding the frequency limit. Space requests out over several seconds.'),
};
