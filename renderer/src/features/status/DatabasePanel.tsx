import { useI18n } from '../../i18n/use-i18n';
import { useCollectorStore } from '../../stores/collector';

export function DatabasePanel() {
  const { t, fmt } = useI18n();
  const info = useCollectorStore((s) => s.info);
  if (!info) return null;
  return (
    <section className="card">
      <h2>{t('status.database')}</h2>
      <dl className="kv">
        <dt>{t('status.dbSize')}</dt>
        <dd data-testid="db-size">{fmt.bytes(info.dbSizeBytes)}</dd>
        <dt>{t('status.dataDir')}</dt>
        <dd className="path" title={info.dataDir}>
          {info.dataDir}
        </dd>
        <dt>{t('status.version')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('status.host')}</dt>
        <dd>{info.host}</dd>
      </dl>
    </section>
  );
}
