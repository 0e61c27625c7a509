import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { useNow } from '../../stores/clock';
import { useCollectorStore } from '../../stores/collector';

export function DatabasePanel() {
  const { t, fmt } = useI18n();
  const info = useCollectorStore((s) => s.info);
  const now = useNow();
  // the last backup: undefined while asking, null when there is none (or no backup module)
  const [last, setLast] = useState<{ at: number; kind: 'auto' | 'manual' } | null | undefined>(undefined);
  const [nextAuto, setNextAuto] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    api.call('backup:list', {}).then(
      (l) => {
        if (!live) return;
        const newest = [...l.backups].sort((a, b) => b.takenAt - a.takenAt)[0];
        setLast(newest ? { at: newest.takenAt, kind: newest.kind } : null);
        setNextAuto(l.nextAutoAt);
      },
      () => live && setLast(null),
    );
    return () => {
      live = false;
    };
  }, [info?.dbSizeBytes]);
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
        <dt>{t('status.lastBackup')}</dt>
        <dd data-testid="last-backup" data-at={last?.at ?? ''}>
          {last === undefined
            ? '…'
            : last === null
              ? t('status.noBackup')
              : `${fmt.dateTime(last.at)} (${fmt.relative(last.at, now)}) · ${t(`status.backup.${last.kind}`)}`}
          {nextAuto !== null && <span className="muted small"> · {t('status.nextBackup', { when: fmt.relative(nextAuto, now) })}</span>}
        </dd>
        <dt>{t('status.version')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('status.host')}</dt>
        <dd>{info.host}</dd>
      </dl>
    </section>
  );
}
