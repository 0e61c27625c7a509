/**
 * Static catalogue of the simulated provider: sports (with real Odds API keys and titles),
 * participants, regions and bookmakers (real keys/titles, with margin, lag and coverage).
 */

/** Modelling family of a sport: decides the score model and which markets exist. */
export type SportKind = 'soccer' | 'basketball' | 'hockey' | 'tennis';

/** One sport key as listed by /v4/sports, plus the simulator's schedule parameters. */
export interface SportDef {
  key: string;
  group: string;
  title: string;
  description: string;
  active: boolean;
  has_outrights: boolean;
  kind: SportKind;
  /** Participants, strongest first (their rank drives the team ratings). */
  teams: string[];
  /** One event per slot of this length on a rolling schedule (ms). */
  slotMs: number;
  /** Match duration: live from kick-off to kick-off + durationMs, then completed. */
  durationMs: number;
  /** Kick-offs fall in this UTC window of the slot's day, in hours (may exceed 24: next day). */
  kickoffHours: [number, number];
}

const H = 3_600_000;
const MIN = 60_000;

const EPL = [
  'Manchester City',
  'Liverpool',
  'Arsenal',
  'Chelsea',
  'Newcastle United',
  'Tottenham Hotspur',
  'Aston Villa',
  'Manchester United',
  'Brighton and Hove Albion',
  'West Ham United',
  'Crystal Palace',
  'Fulham',
  'Brentford',
  'Bournemouth',
  'Wolverhampton Wanderers',
  'Everton',
  'Nottingham Forest',
  'Leicester City',
  'Ipswich Town',
  'Southampton',
];
const LIGUE1 = [
  'Paris Saint Germain',
  'Marseille',
  'Monaco',
  'Lille',
  'Lyon',
  'Nice',
  'Lens',
  'Rennes',
  'Brest',
  'Strasbourg',
  'Toulouse',
  'Reims',
  'Nantes',
  'Montpellier',
  'Auxerre',
  'Angers',
  'Le Havre',
  'Saint Etienne',
];
const UCL = [
  'Real Madrid',
  'Manchester City',
  'Bayern Munich',
  'Inter Milan',
  'Arsenal',
  'Barcelona',
  'Liverpool',
  'Paris Saint Germain',
  'Bayer Leverkusen',
  'Borussia Dortmund',
  'Atletico Madrid',
  'AC Milan',
  'Juventus',
  'Benfica',
  'Sporting Lisbon',
  'PSV Eindhoven',
  'Celtic',
  'Club Brugge',
  'Feyenoord',
  'Shakhtar Donetsk',
  'Red Bull Salzburg',
  'Young Boys',
  'Sparta Prague',
  'Dinamo Zagreb',
];
const NBA = [
  'Boston Celtics',
  'Oklahoma City Thunder',
  'Denver Nuggets',
  'Cleveland Cavaliers',
  'Minnesota Timberwolves',
  'New York Knicks',
  'Milwaukee Bucks',
  'Dallas Mavericks',
  'Phoenix Suns',
  'Los Angeles Lakers',
  'Golden State Warriors',
  'Philadelphia 76ers',
  'Memphis Grizzlies',
  'Sacramento Kings',
  'Indiana Pacers',
  'Orlando Magic',
  'Miami Heat',
  'Los Angeles Clippers',
  'Houston Rockets',
  'New Orleans Pelicans',
  'Atlanta Hawks',
  'Chicago Bulls',
  'Toronto Raptors',
  'Brooklyn Nets',
  'Utah Jazz',
  'San Antonio Spurs',
  'Charlotte Hornets',
  'Portland Trail Blazers',
  'Detroit Pistons',
  'Washington Wizards',
];
const EUROLEAGUE = [
  'Real Madrid',
  'Panathinaikos',
  'Olympiacos',
  'Fenerbahce',
  'AS Monaco',
  'Barcelona',
  'Anadolu Efes',
  'Partizan Belgrade',
  'Crvena Zvezda',
  'Maccabi Tel Aviv',
  'Virtus Bologna',
  'Olimpia Milano',
  'Baskonia',
  'Bayern Munich',
  'ASVEL Villeurbanne',
  'Alba Berlin',
  'Zalgiris Kaunas',
  'Paris Basketball',
];
const ATP = [
  'Jannik Sinner',
  'Carlos Alcaraz',
  'Alexander Zverev',
  'Novak Djokovic',
  'Daniil Medvedev',
  'Taylor Fritz',
  'Casper Ruud',
  'Alex de Minaur',
  'Andrey Rublev',
  'Grigor Dimitrov',
  'Stefanos Tsitsipas',
  'Tommy Paul',
  'Holger Rune',
  'Hubert Hurkacz',
  'Ugo Humbert',
  'Arthur Fils',
  'Ben Shelton',
  'Frances Tiafoe',
  'Sebastian Korda',
  'Lorenzo Musetti',
  'Jack Draper',
  'Karen Khachanov',
  'Felix Auger-Aliassime',
  'Alexei Popyrin',
];
const NHL = [
  'Florida Panthers',
  'Edmonton Oilers',
  'Dallas Stars',
  'Colorado Avalanche',
  'New York Rangers',
  'Carolina Hurricanes',
  'Winnipeg Jets',
  'Vegas Golden Knights',
  'Toronto Maple Leafs',
  'Tampa Bay Lightning',
  'Boston Bruins',
  'Vancouver Canucks',
  'Los Angeles Kings',
  'Nashville Predators',
  'New Jersey Devils',
  'Minnesota Wild',
  'St Louis Blues',
  'Washington Capitals',
  'Detroit Red Wings',
  'Pittsburgh Penguins',
  'New York Islanders',
  'Calgary Flames',
  'Seattle Kraken',
  'Ottawa Senators',
  'Philadelphia Flyers',
  'Buffalo Sabres',
  'Montréal Canadiens',
  'Utah Hockey Club',
  'Anaheim Ducks',
  'Columbus Blue Jackets',
  'Chicago Blackhawks',
  'San Jose Sharks',
];

function sport(
  key: string,
  group: string,
  title: string,
  description: string,
  kind: SportKind,
  teams: string[],
  slotMs: number,
  durationMs: number,
  kickoffHours: [number, number],
  active = true,
): SportDef {
  return { key, group, title, description, active, has_outrights: false, kind, teams, slotMs, durationMs, kickoffHours };
}

/** All sports known to the simulator; inactive ones are only listed with /sports?all=true and have no events. */
export const SPORTS: SportDef[] = [
  sport(
    'basketball_euroleague',
    'Basketball',
    'Basketball Euroleague',
    'Basketball Euroleague',
    'basketball',
    EUROLEAGUE,
    21 * H,
    135 * MIN,
    [17, 19.5],
  ),
  sport('basketball_nba', 'Basketball', 'NBA', 'US Basketball', 'basketball', NBA, 16 * H, 150 * MIN, [23.5, 27]),
  sport('icehockey_nhl', 'Ice Hockey', 'NHL', 'US Ice Hockey', 'hockey', NHL, 16 * H, 160 * MIN, [23, 26.5]),
  sport('soccer_epl', 'Soccer', 'EPL', 'English Premier League', 'soccer', EPL, 19 * H, 115 * MIN, [12.5, 20]),
  sport('soccer_france_ligue_one', 'Soccer', 'Ligue 1 - France', 'French Soccer', 'soccer', LIGUE1, 20 * H, 115 * MIN, [15, 20]),
  sport(
    'soccer_uefa_champs_league',
    'Soccer',
    'UEFA Champions League',
    'European Champions League',
    'soccer',
    UCL,
    22 * H,
    115 * MIN,
    [17.5, 20],
  ),
  sport('tennis_atp_paris_masters', 'Tennis', 'ATP Paris Masters', "Men's Singles", 'tennis', ATP, 16 * H, 120 * MIN, [9, 20]),
  sport('americanfootball_nfl', 'American Football', 'NFL', 'US Football', 'soccer', [], 24 * H, 200 * MIN, [17, 23], false),
  sport('baseball_mlb', 'Baseball', 'MLB', 'Major League Baseball', 'soccer', [], 24 * H, 200 * MIN, [17, 23], false),
];

/** Looks a sport up by key. */
export function findSport(key: string): SportDef | undefined {
  return SPORTS.find((s) => s.key === key);
}

/** Region keys the real API accepts (books exist here only for eu, uk, fr, us). */
export const REGIONS = ['us', 'us2', 'uk', 'eu', 'au', 'fr', 'se', 'us_dfs', 'us_ex'];

/** Book family: the sharp reference, an exchange (back + lay, no margin) or a soft book. */
export type BookKind = 'sharp' | 'exchange' | 'soft';

export interface BookDef {
  key: string;
  title: string;
  regions: string[];
  kind: BookKind;
  /** Overround Σ1/price − 1 on every market it quotes (0 for exchanges). */
  margin: number;
  /** How the margin is spread over outcomes. */
  method: 'multiplicative' | 'power';
  /** The book refreshes every refreshMs (with a per-book phase)... */
  refreshMs: number;
  /** ...and each refresh quotes the true price of lagMs earlier. */
  lagMs: number;
  /** Sports this book never lists. */
  excludes?: string[];
}

const S = 1000;
const US_ONLY_EXCLUDES = ['soccer_france_ligue_one', 'basketball_euroleague'];

function book(
  key: string,
  title: string,
  regions: string[],
  kind: BookKind,
  margin: number,
  method: BookDef['method'],
  refreshMs: number,
  lagMs: number,
  excludes?: string[],
): BookDef {
  return { key, title, regions, kind, margin, method, refreshMs, lagMs, excludes };
}

/** The 23 simulated bookmakers, with real Odds API keys and titles. */
export const BOOKMAKERS: BookDef[] = [
  book('pinnacle', 'Pinnacle', ['eu'], 'sharp', 0.025, 'power', 60 * S, 60 * S),
  book('betfair_ex_eu', 'Betfair', ['eu'], 'exchange', 0, 'multiplicative', 20 * S, 0),
  book('betfair_ex_uk', 'Betfair', ['uk'], 'exchange', 0, 'multiplicative', 20 * S, 0),
  book('unibet_fr', 'Unibet (FR)', ['eu', 'fr'], 'soft', 0.062, 'multiplicative', 120 * S, 120 * S),
  book('betclic_fr', 'Betclic (FR)', ['eu', 'fr'], 'soft', 0.068, 'power', 150 * S, 90 * S),
  book('winamax_fr', 'Winamax (FR)', ['eu', 'fr'], 'soft', 0.06, 'multiplicative', 90 * S, 120 * S),
  book('pmu_fr', 'PMU (FR)', ['eu', 'fr'], 'soft', 0.072, 'power', 180 * S, 150 * S),
  book('williamhill', 'William Hill', ['eu', 'uk'], 'soft', 0.065, 'multiplicative', 120 * S, 90 * S),
  book('betsson', 'Betsson', ['eu'], 'soft', 0.058, 'power', 120 * S, 60 * S),
  book('marathonbet', 'Marathon Bet', ['eu'], 'soft', 0.059, 'multiplicative', 90 * S, 60 * S),
  book('onexbet', '1xBet', ['eu'], 'soft', 0.06, 'power', 60 * S, 120 * S),
  book('sport888', '888sport', ['eu', 'uk'], 'soft', 0.07, 'multiplicative', 150 * S, 120 * S),
  book('nordicbet', 'Nordic Bet', ['eu'], 'soft', 0.064, 'power', 120 * S, 90 * S),
  book('coolbet', 'Coolbet', ['eu'], 'soft', 0.061, 'multiplicative', 120 * S, 120 * S),
  book('tipico_de', 'Tipico (DE)', ['eu'], 'soft', 0.07, 'power', 180 * S, 120 * S),
  book('betway', 'Betway', ['uk'], 'soft', 0.066, 'multiplicative', 120 * S, 90 * S),
  book('paddypower', 'Paddy Power', ['uk'], 'soft', 0.071, 'power', 120 * S, 120 * S),
  book('skybet', 'Sky Bet', ['uk'], 'soft', 0.069, 'multiplicative', 150 * S, 90 * S),
  book('coral', 'Coral', ['uk'], 'soft', 0.068, 'power', 150 * S, 120 * S),
  book('draftkings', 'DraftKings', ['us'], 'soft', 0.063, 'power', 60 * S, 60 * S, US_ONLY_EXCLUDES),
  book('fanduel', 'FanDuel', ['us'], 'soft', 0.06, 'multiplicative', 60 * S, 90 * S, US_ONLY_EXCLUDES),
  book('betmgm', 'BetMGM', ['us'], 'soft', 0.067, 'power', 90 * S, 90 * S, US_ONLY_EXCLUDES),
  book('betonlineag', 'BetOnline.ag', ['us', 'eu'], 'soft', 0.062, 'multiplicative', 120 * S, 120 * S),
];

/** Looks a bookmaker up by key. */
export function findBook(key: string): BookDef | undefined {
  return BOOKMAKERS.find((b) => b.key === key);
}

/** Featured markets accepted by /odds. */
export const FEATURED_MARKETS = ['h2h', 'spreads', 'totals', 'outrights', 'h2h_lay', 'outrights_lay'];

/** Additional market keys that exist (event-odds only); none is simulated, so they come back absent. */
export const ADDITIONAL_MARKETS = [
  'alternate_spreads',
  'alternate_totals',
  'btts',
  'draw_no_bet',
  'double_chance',
  'h2h_3_way',
  'team_totals',
  'alternate_team_totals',
  'h2h_h1',
  'h2h_h2',
  'spreads_h1',
  'spreads_h2',
  'totals_h1',
  'totals_h2',
  'h2h_q1',
  'h2h_p1',
  'alternate_spreads_corners',
  'alternate_totals_corners',
  'alternate_totals_cards',
];

/** True for any market key the real API knows (featured, additional or a player prop). */
export function isKnownMarket(key: string): boolean {
  return FEATURED_MARKETS.includes(key) || ADDITIONAL_MARKETS.includes(key) || /^player_[a-z0-9_]+$/.test(key);
}
