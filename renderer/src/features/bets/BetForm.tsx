import { useEffect, useMemo, useState } from 'react';
import type { BetDraft } from '../../../../shared/domain/bet-draft';
import { BET_STATUSES, type Bet, type BetInput } from '../../../../shared/domain/bets';
import type { BoardEvent } from '../../../../shared/domain/odds';
import { api, errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { useNames } from '../../i18n/names';
import { useBetDraftStore } from '../../stores/bet-draft';
import { useBankrollStore } from './bankroll-store';
import { DateTimeField } from './DateTimeField';
import { emptyForm, formFromBet, formFromCopy, formFromDraft, readForm, selectionsOf, toLocalInput, type BetFormState } from './bet-form';

const LAST = 'monps.bets.last';
const last = (): { stake?: string; bookmaker?: string } => {
  try {
    return JSON.parse(localStorage.getItem(LAST) ?? '{}') as { stake?: string; bookmaker?: string };
  } catch {
    return {};
  }
};

/** The "new bet" / "edit bet" form: defaults, drafts from Opportunities, validation as you type. */
export function BetForm({ onClose, copyOf = null }: { onClose(): void; copyOf?: Bet | null }) {
  const { t, tp, fmt, lang, outcome } = useI18n();
  const names = useNames();
  const initial = (): BetFormState =>
    editing ? formFromBet(editing, lang) : copyOf ? formFromCopy(copyOf, Date.now(), lang) : emptyForm(Date.now(), last());
  const editing = useBankrollStore((s) => s.editing);
  const bookmakers = useBankrollStore((s) => s.bookmakers);
  const drafts = useBetDraftStore((s) => s.drafts);
  const [queue, setQueue] = useState<BetDraft[]>([]);
  const [f, setF] = useState<BetFormState>(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<BoardEvent[]>([]);

  // declared before the drafts effect so that, on mount, a draft wins over the empty form
  useEffect(() => setF(initial()), [editing, copyOf]);
  // drafts handed over by the Opportunities page: take them on mount and whenever new ones arrive
  useEffect(() => {
    if (drafts.length === 0) return;
    const taken = useBetDraftStore.getState().take();
    if (taken.length === 0) return;
    useBankrollStore.getState().setEditing(null);
    setF(formFromDraft(taken[0]!, Date.now(), last().stake, lang));
    setQueue(taken.slice(1));
  }, [drafts]);
  useEffect(() => {
    if (search.trim().length < 2) return setFound([]);
    const q = search;
    const timer = setTimeout(() => {
      void api
        .call('odds:list-events', { search: q, includeStarted: true })
        .then((r) => setFound(r.slice(0, 8)))
        .catch(() => setFound([]));
    }, 150);
    return () => clearTimeout(timer);
  }, [search]);

  const { input, issues } = useMemo(() => readForm(f), [f]);
  const set = <K extends keyof BetFormState>(k: K, v: BetFormState[K]) => {
    setF((x) => ({ ...x, [k]: v }));
    setTouched((s) => new Set(s).add(k));
  };
  const FIELD_OF: Record<keyof BetInput, keyof BetFormState> = {
    eventId: 'eventId',
    sportKey: 'sportKey',
    homeTeam: 'homeTeam',
    awayTeam: 'awayTeam',
    commenceTime: 'commence',
    market: 'market',
    selection: 'selection',
    point: 'point',
    bookmaker: 'bookmaker',
    odds: 'odds',
    stakeCents: 'stake',
    placedAt: 'placed',
    status: 'status',
    cashoutCents: 'cashout',
    settledAt: 'settled',
    closingOdds: 'odds',
    tags: 'tags',
    notes: 'notes',
    opportunityId: 'opportunityId',
  };
  const errorOf = (k: keyof BetFormState) => {
    const i = issues.find((x) => FIELD_OF[x.field] === k && (submitted || touched.has(k) || (k === 'status' && touched.has('point'))));
    return i ? t(`bets.err.${i.code}` as 'bets.err.amount') : null;
  };
  const pickEvent = (e: BoardEvent) => {
    setF((x) => ({
      ...x,
      eventId: e.id,
      sportKey: e.sportKey,
      homeTeam: e.homeTeam,
      awayTeam: e.awayTeam,
      commence: toLocalInput(e.commenceTime),
      selection: '',
    }));
    setSearch('');
  };

  async function save() {
    setSubmitted(true);
    if (issues.length) return;
    try {
      const r = editing
        ? await api.call('bankroll:update-bet', { id: editing.id, bet: input })
        : await api.call('bankroll:create-bet', input);
      localStorage.setItem(LAST, JSON.stringify({ stake: f.stake, bookmaker: f.bookmaker }));
      setMessage({
        ok: true,
        text: t('bets.saved', { id: r.bet.id }) + (r.createdBookmaker ? ' ' + t('bets.newBook', { key: r.createdBookmaker }) : ''),
      });
      setSubmitted(false);
      setTouched(new Set());
      if (r.createdBookmaker) void useBankrollStore.getState().loadBookmakers();
      if (queue.length) {
        setF(formFromDraft(queue[0]!, Date.now(), f.stake, lang));
        setQueue(queue.slice(1));
      } else if (editing) {
        useBankrollStore.getState().setEditing(null);
        onClose();
      } else setF({ ...emptyForm(Date.now(), last()) });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }

  const field = (k: keyof BetFormState, label: string, el: React.ReactNode) => (
    <label className={`bf-field bf-${k}`}>
      <span>{label}</span>
      {el}
      {errorOf(k) && (
        <span className="field-error" data-testid={`bet-error-${k}`}>
          {errorOf(k)}
        </span>
      )}
    </label>
  );
  const text = (k: keyof BetFormState, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <input
      type="text"
      value={String(f[k] ?? '')}
      aria-invalid={!!errorOf(k)}
      data-testid={`bet-${k}`}
      onChange={(e) => set(k, e.target.value as never)}
      {...extra}
    />
  );
  const opts = selectionsOf(f.market, f.homeTeam, f.awayTeam);

  return (
    <form className="card bet-form" data-testid="bet-form" onSubmit={(e) => (e.preventDefault(), void save())}>
      <h2>
        {editing ? t('bets.editBet', { id: editing.id }) : copyOf ? t('bets.duplicateOf', { id: copyOf.id }) : t('bets.newBet')}
        {f.opportunityId !== null && <span className="tag">{t('bets.fromOpportunity', { id: f.opportunityId })}</span>}
        {queue.length > 0 && <span className="muted small"> · {tp('bets.draftsWaiting', queue.length)}</span>}
      </h2>
      <div className="bf-search">
        <input
          type="search"
          placeholder={t('bets.eventSearch')}
          value={search}
          data-testid="bet-event-search"
          onChange={(e) => setSearch(e.target.value)}
        />
        {found.length > 0 && (
          <ul className="bf-results">
            {found.map((e) => (
              <li key={e.id}>
                <button type="button" className="link" data-testid="bet-event-option" onClick={() => pickEvent(e)}>
                  {e.homeTeam} – {e.awayTeam}{' '}
                  <span className="muted">
                    · {e.sportTitle} · {fmt.dateTime(e.commenceTime)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="bf-grid">
        {field('sportKey', t('bets.sport'), text('sportKey', { placeholder: 'soccer_epl' }))}
        {field('homeTeam', t('bets.home'), text('homeTeam'))}
        {field('awayTeam', t('bets.away'), text('awayTeam'))}
        {field(
          'commence',
          t('bets.kickoff'),
          <DateTimeField
            value={f.commence}
            testId="bet-commence"
            placeholder={t('bets.datePlaceholder')}
            onChange={(v) => set('commence', v)}
          />,
        )}
        {field(
          'market',
          t('bets.market'),
          <select
            value={f.market}
            data-testid="bet-market"
            onChange={(e) => (set('market', e.target.value as BetFormState['market']), set('selection', ''))}
          >
            <option value="h2h">{names.market('h2h')}</option>
            <option value="totals">{names.market('totals')}</option>
            <option value="spreads">{names.market('spreads')}</option>
          </select>,
        )}
        {field(
          'selection',
          t('bets.selection'),
          <select
            value={f.selection}
            data-testid="bet-selection"
            aria-invalid={!!errorOf('selection')}
            onChange={(e) => set('selection', e.target.value)}
          >
            <option value="">—</option>
            {opts.map((o) => (
              <option key={o} value={o}>
                {outcome(o)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'point',
          t('bets.point'),
          text('point', { disabled: f.market === 'h2h', placeholder: f.market === 'h2h' ? '' : fmt.number(2.25, 2), inputMode: 'decimal' }),
        )}
        {field('bookmaker', t('bets.bookmaker'), text('bookmaker', { list: 'bf-books' }))}
        {field('odds', t('bets.odds'), text('odds', { inputMode: 'decimal', placeholder: fmt.odds(2.1) }))}
        {field('stake', t('bets.stake'), text('stake', { inputMode: 'decimal' }))}
        {field(
          'placed',
          t('bets.placedAt'),
          <DateTimeField value={f.placed} testId="bet-placed" placeholder={t('bets.datePlaceholder')} onChange={(v) => set('placed', v)} />,
        )}
        {field(
          'status',
          t('bets.status'),
          <select
            value={f.status}
            data-testid="bet-status"
            aria-invalid={!!errorOf('status')}
            onChange={(e) => set('status', e.target.value as BetFormState['status'])}
          >
            {BET_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`bets.st.${s}`)}
              </option>
            ))}
          </select>,
        )}
        {f.status === 'cashed_out' && field('cashout', t('bets.cashout'), text('cashout', { inputMode: 'decimal' }))}
        {f.status !== 'pending' &&
          field(
            'settled',
            t('bets.settledAt'),
            <DateTimeField
              value={f.settled}
              testId="bet-settled"
              placeholder={t('bets.datePlaceholder')}
              onChange={(v) => set('settled', v)}
            />,
          )}
        {field('tags', t('bets.tags'), text('tags'))}
        {field('notes', t('bets.notes'), text('notes'))}
      </div>
      <datalist id="bf-books">
        {bookmakers.map((b) => (
          <option key={b.key} value={b.key}>
            {b.title}
          </option>
        ))}
      </datalist>
      <div className="bf-actions">
        <button type="submit" className="btn primary" data-testid="bet-save">
          {t('bets.save')}
        </button>
        <button type="button" className="btn" onClick={() => (useBankrollStore.getState().setEditing(null), onClose())}>
          {t('bets.cancel')}
        </button>
        {message && (
          <span className={`note-inline ${message.ok ? 'ok' : 'warn'}`} data-testid="bet-form-message">
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
