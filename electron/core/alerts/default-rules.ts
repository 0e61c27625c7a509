/** The old stack's alert rules, as the defaults of a new installation. */
import type { AlertRule, AlertSettings } from '../../../shared/domain/alerts';
import { defaultRuleName } from './texts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const base = { enabled: true, minSettled: 0, sport: null, keepFiringForMs: 0, desktop: true } as const;

/**
 * Thresholds and durations of the legacy Prometheus rules (each one a setting). Names are
 * stored in French (the reference); `ruleDisplayName` shows an unedited default name in the
 * user's language.
 */
export const DEFAULT_RULES: AlertRule[] = [
  {
    ...base,
    id: 'bankroll-critical',
    kind: 'bankroll',
    name: defaultRuleName('bankroll-critical'),
    severity: 'critical',
    threshold: 900,
    forMs: 0,
    keepFiringForMs: HOUR,
    repeatMs: DAY,
    email: 'immediate',
  },
  {
    ...base,
    id: 'roi-negative',
    kind: 'roi',
    name: defaultRuleName('roi-negative'),
    severity: 'warning',
    threshold: 0,
    minSettled: 20,
    forMs: 10 * MIN,
    keepFiringForMs: HOUR,
    repeatMs: DAY,
    email: 'digest',
  },
  {
    ...base,
    id: 'winrate-low',
    kind: 'winRate',
    name: defaultRuleName('winrate-low'),
    severity: 'warning',
    threshold: 50,
    minSettled: 20,
    forMs: 30 * MIN,
    keepFiringForMs: HOUR,
    repeatMs: DAY,
    email: 'digest',
  },
  {
    ...base,
    id: 'collector-down',
    kind: 'collectorDown',
    name: defaultRuleName('collector-down'),
    severity: 'critical',
    threshold: 2,
    forMs: MIN,
    repeatMs: 30 * MIN,
    email: 'immediate',
  },
  {
    ...base,
    id: 'no-data',
    kind: 'noData',
    name: defaultRuleName('no-data'),
    severity: 'warning',
    threshold: 4,
    forMs: 0,
    repeatMs: DAY,
    email: 'digest',
  },
  {
    ...base,
    id: 'new-opportunity',
    kind: 'opportunity',
    name: defaultRuleName('new-opportunity'),
    severity: 'info',
    threshold: 2,
    forMs: 0,
    repeatMs: null,
    email: 'digest',
  },
  {
    ...base,
    id: 'quota-low',
    kind: 'quota',
    name: defaultRuleName('quota-low'),
    severity: 'warning',
    threshold: 10,
    forMs: 0,
    repeatMs: DAY,
    email: 'digest',
  },
  {
    ...base,
    id: 'email-failing',
    kind: 'emailFailing',
    name: defaultRuleName('email-failing'),
    severity: 'warning',
    threshold: 3,
    forMs: 0,
    repeatMs: DAY,
    email: 'off',
  },
];

/** Every alert setting's default. */
export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  rules: DEFAULT_RULES,
  evalIntervalSeconds: 30,
  desktop: { enabled: true, groupWaitSeconds: 5, groupIntervalSeconds: 60 },
  email: {
    enabled: true,
    host: '',
    port: 587,
    secure: false,
    user: '',
    from: '',
    to: '',
    digest: true,
    digestHour: 8,
    groupWaitSeconds: 30,
    groupIntervalSeconds: 900,
  },
  quotaPlanCredits: 500,
};

/** How long a resolved alert stays visible (Prometheus resolvedRetention). */
export const RESOLVED_RETENTION_MS = 15 * MIN;
/** A longer outage than this resets pending `for` clocks on start (for-outage-tolerance). */
export const OUTAGE_TOLERANCE_MS = HOUR;
/** A restored pending alert may not fire sooner than this after a start (for-grace-period). */
export const FOR_GRACE_MS = 10 * MIN;
