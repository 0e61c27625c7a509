/** football-data.co.uk league codes (the `Div` column) → The Odds API sport keys and titles. */

/** A league as MON_PS stores it. */
export interface League {
  sportKey: string;
  /** The title The Odds API gives the sport (used only when the sport is new). */
  title: string;
}

/** Every league code MON_PS imports; another code refuses the file (never a guessed sport). */
export const LEAGUES: Readonly<Record<string, League>> = {
  E0: { sportKey: 'soccer_epl', title: 'EPL' },
  E1: { sportKey: 'soccer_efl_champ', title: 'Championship' },
  E2: { sportKey: 'soccer_england_league1', title: 'League 1' },
  E3: { sportKey: 'soccer_england_league2', title: 'League 2' },
  F1: { sportKey: 'soccer_france_ligue_one', title: 'Ligue 1 - France' },
  F2: { sportKey: 'soccer_france_ligue_two', title: 'Ligue 2 - France' },
  D1: { sportKey: 'soccer_germany_bundesliga', title: 'Bundesliga - Germany' },
  D2: { sportKey: 'soccer_germany_bundesliga2', title: 'Bundesliga 2 - Germany' },
  I1: { sportKey: 'soccer_italy_serie_a', title: 'Serie A - Italy' },
  I2: { sportKey: 'soccer_italy_serie_b', title: 'Serie B - Italy' },
  SP1: { sportKey: 'soccer_spain_la_liga', title: 'La Liga - Spain' },
  SP2: { sportKey: 'soccer_spain_segunda_division', title: 'La Liga 2 - Spain' },
  N1: { sportKey: 'soccer_netherlands_eredivisie', title: 'Dutch Eredivisie' },
  P1: { sportKey: 'soccer_portugal_primeira_liga', title: 'Primeira Liga - Portugal' },
  B1: { sportKey: 'soccer_belgium_first_div', title: 'Belgium First Div' },
  SC0: { sportKey: 'soccer_spl', title: 'Premiership - Scotland' },
  T1: { sportKey: 'soccer_turkey_super_league', title: 'Turkey Super League' },
  G1: { sportKey: 'soccer_greece_super_league', title: 'Super League - Greece' },
};
