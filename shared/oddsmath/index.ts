/**
 * Pure odds mathematics for MON_PS: conversion, implied probability, margin removal, value,
 * Kelly, arbitrage and stake splitting, hedging, CLV and ledger statistics.
 * No I/O and no dependencies; every function validates its input and throws {@link OddsMathError}
 * rather than returning NaN or Infinity. Definitions: ../shared/reference/odds-math.md.
 */
export { OddsMathError, type OddsMathErrorCode } from './errors';
export { toDecimal, fromDecimal, ODDS_FORMATS, type OddsFormat } from './convert';
export { impliedProbabilities, booksum, overround, hold, rawBooksum, rawOverround } from './implied';
export { devig, DEVIG_METHODS, type DevigMethod, type DevigResult, type DevigOptions } from './devig';
export { expectedValue, edge, consensusProbability } from './value';
export { kelly, kellyMutuallyExclusive, expectedLogGrowth, type MutuallyExclusiveKelly } from './kelly';
export { arbitrage, type ArbitrageResult, type QuoteCell } from './arbitrage';
export { equalPayoutStakes, effectiveOdds, type EqualPayoutOptions, type EqualPayoutStakes } from './stakes';
export { backLayHedge, hedgePosition, type BackLayInput, type BackLayHedge, type PositionHedge } from './hedge';
export { middleOutcomes, type MiddleInput, type MiddleOutcomes } from './middle';
export { clv, priceClv, pointsClv, type ClvResult } from './clv';
export { ledgerStats, BET_RESULTS, type BetResult, type LedgerBet, type LedgerStats } from './ledger';
