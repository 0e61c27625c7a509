/**
 * Texts the core and the renderer both need: markets, outcomes, opportunity kinds, error codes
 * (with what to do about them) and the tray. French reference; English typed on its keys.
 */
export const domainFr = {
  'market.h2h': '1N2',
  'market.spreads': 'Handicap',
  'market.totals': 'Total',
  'market.outrights': 'Vainqueur final',
  'market.h2h_lay': '1N2 (contre)',
  'market.linePoint': '{market} {point, signed}',
  'market.totalPoint': '{market} {point, num}',
  'outcome.over': 'Plus de',
  'outcome.under': 'Moins de',
  'outcome.draw': 'Nul',
  'outcome.overPoint': 'Plus de {point, num}',
  'outcome.underPoint': 'Moins de {point, num}',
  'outcome.withPoint': '{name} {point, signed}',
  'oppKind.surebet': 'Surebet',
  'oppKind.value': 'Value bet',
  'oppKind.drop': 'Chute de cote',
  'oppKind.gap': 'Écart de cote',
  'sum.opportunity': '{kind} {edge, pct} — {home} – {away} ({market}) : {legs}',
  'sum.opportunity.suspicious': '{kind} {edge, pct} (suspect) — {home} – {away} ({market}) : {legs}',
  'sum.leg': '{outcome} {price, price} @ {book}',

  'error.INSECURE_BASE_URL': 'Adresse de The Odds API non sécurisée (http://).',
  'error.MISSING_KEY': 'Aucune clé The Odds API.',
  'error.INVALID_KEY': 'Clé The Odds API refusée.',
  'error.DEACTIVATED_KEY': 'Clé The Odds API désactivée.',
  'error.OUT_OF_USAGE_CREDITS': 'Crédits The Odds API épuisés.',
  'error.QUOTA_RESERVE': 'Collecte suspendue pour garder une réserve de crédits.',
  'error.UNKNOWN_SPORT': 'Championnat inconnu de The Odds API.',
  'error.INVALID_MARKET': 'Marché refusé par The Odds API.',
  'error.INVALID_REGION': 'Région refusée par The Odds API.',
  'error.INVALID_PARAMETER': 'Paramètre refusé par The Odds API.',
  'error.EXCEEDED_FREQ_LIMIT': 'Trop de requêtes : The Odds API demande de ralentir.',
  'error.SERVER_ERROR': 'The Odds API est en panne (erreur serveur).',
  'error.TIMEOUT': 'The Odds API n’a pas répondu à temps.',
  'error.NETWORK': 'Réseau injoignable.',
  'error.ABORTED': 'Collecte interrompue.',
  'error.RESPONSE_TOO_LARGE': 'Réponse trop volumineuse : rien n’a été enregistré.',
  'error.MALFORMED_RESPONSE': 'Réponse illisible : rien n’a été enregistré.',
  'error.UNEXPECTED_STATUS': 'Réponse inattendue de The Odds API.',
  'error.HISTORICAL_UNAVAILABLE': 'Historique non disponible avec ce plan.',
  'error.EVENT_NOT_FOUND': 'Match introuvable.',
  'error.INTERRUPTED': 'Collecte interrompue par l’arrêt de l’application.',
  'error.INVALID_REQUEST': 'Demande refusée : {detail}',
  'error.NOT_FOUND': 'Introuvable : {detail}',
  'error.FORBIDDEN': 'Action non autorisée : {detail}',
  'error.CONFLICT': 'Conflit : {detail}',
  'error.UNAVAILABLE': 'L’hôte MON_PS ne répond pas.',
  'error.PROVIDER_ERROR': 'Erreur du fournisseur de cotes : {detail}',
  'error.INTERNAL': 'Erreur interne de l’hôte : {detail}',
  'action.INSECURE_BASE_URL': 'Utilisez une adresse https:// pour The Odds API dans Réglages (ou ODDS_API_BASE_URL).',
  'action.key': 'Ouvrez Réglages et vérifiez la clé.',
  'action.OUT_OF_USAGE_CREDITS': 'Attendez la remise à zéro mensuelle, ou réduisez sports, marchés ou fréquence dans Réglages.',
  'action.QUOTA_RESERVE': 'Réduisez les sports ou la fréquence dans Réglages.',
  'action.UNKNOWN_SPORT': 'Retirez ou corrigez ce championnat dans Réglages.',
  'action.params': 'Vérifiez marchés, régions et bookmakers dans Réglages.',
  'action.temporary': 'Passager : la prochaine collecte réessaie d’elle-même.',
  'action.ABORTED': 'La collecte a été arrêtée (arrêt, fermeture, changement de réglages ou délai dépassé) ; la suivante repart de zéro.',
  'action.damaged': 'La réponse était abîmée ; rien n’a été enregistré et la prochaine collecte réessaie.',
  'action.default': 'Voir les collectes sur la page État.',

  'tray.health.ok': 'ok',
  'tray.health.warning': 'attention',
  'tray.health.error': 'erreur',
  'tray.health.idle': 'en attente',
  'tray.paused': 'en pause',
  'tray.collecting': 'collecte en cours',
  'tray.demo': 'démo',
  'tray.last': 'dernière collecte {time}',
  'tray.noCollection': 'aucune collecte',
  'tray.open': 'Ouvrir MON_PS',
  'tray.collectNow': 'Collecter maintenant',
  'tray.pause': 'Mettre la collecte en pause',
  'tray.resume': 'Reprendre la collecte',
  'tray.snoozeAll': 'Suspendre les alertes 1 h',
  'tray.quit': 'Quitter',
};

export const domainEn: Record<keyof typeof domainFr, string> = {
  'market.h2h': '1X2',
  'market.spreads': 'Handicap',
  'market.totals': 'Total',
  'market.outrights': 'Outright winner',
  'market.h2h_lay': '1X2 (lay)',
  'market.linePoint': '{market} {point, signed}',
  'market.totalPoint': '{market} {point, num}',
  'outcome.over': 'Over',
  'outcome.under': 'Under',
  'outcome.draw': 'Draw',
  'outcome.overPoint': 'Over {point, num}',
  'outcome.underPoint': 'Under {point, num}',
  'outcome.withPoint': '{name} {point, signed}',
  'oppKind.surebet': 'Surebet',
  'oppKind.value': 'Value bet',
  'oppKind.drop': 'Price drop',
  'oppKind.gap': 'Price gap',
  'sum.opportunity': '{kind} {edge, pct} — {home} v {away} ({market}): {legs}',
  'sum.opportunity.suspicious': '{kind} {edge, pct} (suspicious) — {home} v {away} ({market}): {legs}',
  'sum.leg': '{outcome} {price, price} @ {book}',

  'error.INSECURE_BASE_URL': 'The Odds API address is not secure (http://).',
  'error.MISSING_KEY': 'No The Odds API key.',
  'error.INVALID_KEY': 'The Odds API key refused.',
  'error.DEACTIVATED_KEY': 'The Odds API key deactivated.',
  'error.OUT_OF_USAGE_CREDITS': 'The Odds API credits used up.',
  'error.QUOTA_RESERVE': 'Collection paused to keep a reserve of credits.',
  'error.UNKNOWN_SPORT': 'League unknown to The Odds API.',
  'error.INVALID_MARKET': 'Market refused by The Odds API.',
  'error.INVALID_REGION': 'Region refused by The Odds API.',
  'error.INVALID_PARAMETER': 'Parameter refused by The Odds API.',
  'error.EXCEEDED_FREQ_LIMIT': 'Too many requests: The Odds API asks to slow down.',
  'error.SERVER_ERROR': 'The Odds API is down (server error).',
  'error.TIMEOUT': 'The Odds API did not answer in time.',
  'error.NETWORK': 'Network unreachable.',
  'error.ABORTED': 'Collection stopped.',
  'error.RESPONSE_TOO_LARGE': 'Answer too large: nothing was stored.',
  'error.MALFORMED_RESPONSE': 'Unreadable answer: nothing was stored.',
  'error.UNEXPECTED_STATUS': 'Unexpected answer from The Odds API.',
  'error.HISTORICAL_UNAVAILABLE': 'History not available on this plan.',
  'error.EVENT_NOT_FOUND': 'Event not found.',
  'error.INTERRUPTED': 'Collection interrupted by the app shutting down.',
  'error.INVALID_REQUEST': 'Request refused: {detail}',
  'error.NOT_FOUND': 'Not found: {detail}',
  'error.FORBIDDEN': 'Not allowed: {detail}',
  'error.CONFLICT': 'Conflict: {detail}',
  'error.UNAVAILABLE': 'The MON_PS host does not answer.',
  'error.PROVIDER_ERROR': 'Odds provider error: {detail}',
  'error.INTERNAL': 'Host internal error: {detail}',
  'action.INSECURE_BASE_URL': 'Use an https:// address for The Odds API in Settings (or ODDS_API_BASE_URL).',
  'action.key': 'Open Settings and check the API key.',
  'action.OUT_OF_USAGE_CREDITS': 'Wait for the monthly reset, or reduce sports, markets or frequency in Settings.',
  'action.QUOTA_RESERVE': 'Reduce sports or frequency in Settings.',
  'action.UNKNOWN_SPORT': 'Remove or fix this league in Settings.',
  'action.params': 'Check the markets, regions and bookmakers in Settings.',
  'action.temporary': 'Temporary: the next run retries automatically.',
  'action.ABORTED': 'The run was stopped (stop, quit, a settings change or its time limit); the next run starts afresh.',
  'action.damaged': 'The answer was damaged; nothing was stored and the next run retries.',
  'action.default': 'See the collector runs on the Status page.',

  'tray.health.ok': 'ok',
  'tray.health.warning': 'warning',
  'tray.health.error': 'error',
  'tray.health.idle': 'idle',
  'tray.paused': 'paused',
  'tray.collecting': 'collecting',
  'tray.demo': 'demo',
  'tray.last': 'last collection {time}',
  'tray.noCollection': 'no collection yet',
  'tray.open': 'Open MON_PS',
  'tray.collectNow': 'Collect now',
  'tray.pause': 'Pause collection',
  'tray.resume': 'Resume collection',
  'tray.snoozeAll': 'Snooze all alerts 1 h',
  'tray.quit': 'Quit',
};

/** The catalogue key of what to do about an error code. */
export function actionKey(code: string): keyof typeof domainFr {
  switch (code) {
    case 'MISSING_KEY':
    case 'INVALID_KEY':
    case 'DEACTIVATED_KEY':
      return 'action.key';
    case 'INVALID_MARKET':
    case 'INVALID_REGION':
    case 'INVALID_PARAMETER':
      return 'action.params';
    case 'EXCEEDED_FREQ_LIMIT':
    case 'SERVER_ERROR':
    case 'TIMEOUT':
    case 'NETWORK':
      return 'action.temporary';
    case 'RESPONSE_TOO_LARGE':
    case 'MALFORMED_RESPONSE':
      return 'action.damaged';
    case 'INSECURE_BASE_URL':
    case 'OUT_OF_USAGE_CREDITS':
    case 'QUOTA_RESERVE':
    case 'UNKNOWN_SPORT':
    case 'ABORTED':
      return `action.${code}`;
    default:
      return 'action.default';
  }
}
