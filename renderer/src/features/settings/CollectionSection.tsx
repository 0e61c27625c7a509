import type { Settings } from '../../../../shared/domain/collector';
import { useI18n } from '../../i18n/use-i18n';
import { useCollectorStore } from '../../stores/collector';
import { CheckList } from './CheckList';
import { FieldError } from './FieldError';
import { SportPicker } from './SportPicker';
import { MARKET_OPTIONS, REGION_OPTIONS, estimateCredits, toPatch, toggle, type FieldErrors, type FormValues } from './settings-draft';
import type { DictKey } from '../../i18n/fr';

interface Props {
  settings: Settings;
  values: FormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<FormValues>) => void;
}

/** What to collect and how often, with what it will cost. */
export function CollectionSection({ settings, values, errors, onChange }: Props) {
  const { t, tp, has } = useI18n();
  const status = useCollectorStore((s) => s.status);
  const estimate = estimateCredits(values);
  // Unchanged collection settings: show the host's own figures rather than the estimate.
  const p = toPatch(settings, values, '');
  const unchanged = !p.sports && !p.regions && !p.bookmakers && !p.markets && !p.intervalMinutes;
  const credits = unchanged && status ? { perRun: status.creditsPerRun, monthly: status.projectedMonthlyCredits } : estimate;
  const markets = [...new Set([...MARKET_OPTIONS, ...values.markets])];

  return (
    <fieldset className="section">
      <legend>{t('settings.collection')}</legend>
      <SportPicker selected={values.sports} onChange={(sports) => onChange({ sports })} />
      <div className="field">
        <span>{t('settings.regions')}</span>
        <CheckList
          testId="regions-list"
          showKeys
          options={REGION_OPTIONS}
          label={(r) => (has(`region.${r}`) ? t(`region.${r}` as DictKey) : r)}
          selected={values.regions}
          onToggle={(v, on) => onChange({ regions: toggle(values.regions, v, on) })}
        />
        <FieldError errors={errors} field="regions" />
      </div>
      <label className="field">
        <span>{t('settings.bookmakers')}</span>
        <input
          type="text"
          className={errors.bookmakersText ? 'invalid' : undefined}
          data-testid="bookmakers-input"
          placeholder="pinnacle, betfair_ex_eu, unibet_eu"
          value={values.bookmakersText}
          onChange={(e) => onChange({ bookmakersText: e.target.value })}
        />
        <FieldError errors={errors} field="bookmakersText" />
      </label>
      <div className="field">
        <span>{t('settings.markets')}</span>
        <CheckList
          testId="markets-list"
          options={markets}
          selected={values.markets}
          label={(m) => (m in MARKET_LABELS ? t(MARKET_LABELS[m] as DictKey) : m)}
          onToggle={(v, on) => onChange({ markets: toggle(values.markets, v, on) })}
        />
        <FieldError errors={errors} field="markets" />
      </div>
      <label className="field">
        <span>{t('settings.interval')}</span>
        <input
          type="text"
          inputMode="numeric"
          className={`narrow${errors.intervalText ? ' invalid' : ''}`}
          data-testid="interval-input"
          aria-invalid={!!errors.intervalText}
          value={values.intervalText}
          onChange={(e) => onChange({ intervalText: e.target.value })}
        />
        <FieldError errors={errors} field="intervalText" />
      </label>
      {credits && (
        <p className={`note${credits.monthly > 500 ? ' note-warn' : ''}`} data-testid="credits-projection">
          {t('settings.projection', { perRun: tp('count.credits', credits.perRun), monthly: tp('count.credits', credits.monthly) })}
        </p>
      )}
    </fieldset>
  );
}

const MARKET_LABELS: Record<string, DictKey> = { h2h: 'market.h2h', spreads: 'market.spreads', totals: 'market.totals' };
