import { useEffect, useState } from 'react';
import type { OpportunitySettings } from '../../../../shared/domain/opportunities';
import { opportunitySettingsSchema } from '../../../../shared/ipc/channels/opportunities';
import { DEVIG_METHODS } from '../../../../shared/oddsmath';
import { errorMessage } from '../../api';
import type { DictKey } from '../../i18n/fr';
import { useI18n } from '../../i18n/use-i18n';
import { useOpportunitiesStore } from './store';

type NumKey =
  | 'minBooks'
  | 'maxQuoteAgeMinutes'
  | 'minArb'
  | 'minValueEv'
  | 'suspiciousArb'
  | 'suspiciousEv'
  | 'outlierRatio'
  | 'confirmEdge'
  | 'kellyFraction'
  | 'bankroll'
  | 'stakeUnit'
  | 'dropThreshold'
  | 'dropWindowMinutes'
  | 'sharpDropThreshold'
  | 'minGap'
  | 'middleMaxLoss';
/** Numeric fields; `pct` ones are shown in percent and stored as fractions. */
const NUMBERS: { key: NumKey; pct?: boolean }[] = [
  { key: 'minBooks' },
  { key: 'maxQuoteAgeMinutes' },
  { key: 'minArb', pct: true },
  { key: 'minValueEv', pct: true },
  { key: 'suspiciousArb', pct: true },
  { key: 'suspiciousEv', pct: true },
  { key: 'outlierRatio', pct: true },
  { key: 'confirmEdge', pct: true },
  { key: 'kellyFraction' },
  { key: 'bankroll' },
  { key: 'stakeUnit' },
  { key: 'dropThreshold', pct: true },
  { key: 'dropWindowMinutes' },
  { key: 'sharpDropThreshold', pct: true },
  { key: 'minGap', pct: true },
  { key: 'middleMaxLoss', pct: true },
];
const LISTS = ['myBookmakers', 'consensusBooks', 'secondSharps'] as const;

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const toList = (s: string) =>
  s
    .split(/[\s,;]+/)
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);

/** Draft of the form: every field as typed. */
type Draft = Record<string, string>;

function toDraft(s: OpportunitySettings): Draft {
  const d: Draft = { devigMethod: s.devigMethod, referenceBook: s.referenceBook };
  for (const n of NUMBERS) d[n.key] = String(round(n.pct ? s[n.key] * 100 : s[n.key]));
  for (const l of LISTS) d[l] = s[l].join(', ');
  d.commissions = Object.entries(s.commissions)
    .map(([k, v]) => `${k}=${round(v * 100)}`)
    .join(', ');
  return d;
}

function fromDraft(d: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = { devigMethod: d.devigMethod, referenceBook: d.referenceBook.trim().toLowerCase() };
  for (const n of NUMBERS) out[n.key] = d[n.key].trim() === '' ? NaN : Number(d[n.key].replace(',', '.')) / (n.pct ? 100 : 1);
  for (const l of LISTS) out[l] = toList(d[l]);
  out.commissions = Object.fromEntries(
    toList(d.commissions).map((p) => {
      const [k, v] = p.split('=');
      return [k, Number((v ?? '').replace(',', '.')) / 100];
    }),
  );
  return out;
}

/** The scanner's guards and parameters, validated as you type with the contract's own schema. */
export function ScannerSettings() {
  const { t } = useI18n();
  const settings = useOpportunitiesStore((s) => s.settings);
  const save = useOpportunitiesStore((s) => s.saveSettings);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (settings) setDraft(toDraft(settings));
  }, [settings]);
  if (!draft) return null;
  const parsed = opportunitySettingsSchema.safeParse({ ...settings, ...fromDraft(draft) });
  const problem = parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join(' · ');
  const field = (key: string, label: DictKey, input: React.ReactNode) => (
    <label key={key} className="opp-setting">
      <span>{t(label)}</span>
      {input}
    </label>
  );
  const text = (key: string) => (
    <input
      value={draft[key]}
      onChange={(e) => {
        setDraft({ ...draft, [key]: e.target.value });
        setMessage(null);
      }}
    />
  );
  return (
    <details className="opp-settings" data-testid="opp-settings">
      <summary>{t('opp.settings.title')}</summary>
      <div className="opp-settings-grid">
        {NUMBERS.map((n) => field(n.key, `opp.settings.${n.key}` as DictKey, text(n.key)))}
        {field(
          'devigMethod',
          'opp.settings.devigMethod',
          <select value={draft.devigMethod} onChange={(e) => setDraft({ ...draft, devigMethod: e.target.value })}>
            {DEVIG_METHODS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>,
        )}
        {field('referenceBook', 'opp.settings.referenceBook', text('referenceBook'))}
        {LISTS.map((l) => field(l, `opp.settings.${l}` as DictKey, text(l)))}
        {field('commissions', 'opp.settings.commissions', text('commissions'))}
      </div>
      <div className="opp-settings-actions">
        <button
          type="button"
          className="btn primary"
          data-testid="opp-settings-save"
          disabled={!parsed.success}
          onClick={() => {
            if (!parsed.success) return;
            save(parsed.data).then(
              () => setMessage({ ok: true, text: t('opp.settings.saved') }),
              (e) => setMessage({ ok: false, text: errorMessage(e) }),
            );
          }}
        >
          {t('opp.settings.save')}
        </button>
        {problem && <span className="error-text">{problem}</span>}
        {message && <span className={message.ok ? 'ok-text' : 'error-text'}>{message.text}</span>}
      </div>
    </details>
  );
}
