/** Local simulator of The Odds API v4 (demo mode and integration tests). */
export { startSimulator, truthNow } from './server';
export type { Fault, LoggedRequest, Simulator, SimulatorOptions, TruthFair, TruthSurebet } from './server';
