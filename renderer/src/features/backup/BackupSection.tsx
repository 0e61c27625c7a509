import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, BackupList } from '../../../../shared/ipc/channels/backup';
import { api, errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';

type Note = { kind: 'ok' | 'error'; text: string; reload?: boolean } | null;

/** Réglages → Sauvegardes: the backups with dates and sizes, "back up now", restore with a confirmation. */
export function BackupSection() {
  const { t, fmt } = useI18n();
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState<'saving' | 'restoring' | null>(null);
  const [confirm, setConfirm] = useState<BackupInfo | null>(null);
  const [note, setNote] = useState<Note>(null);

  const load = useCallback(async () => {
    try {
      setList(await api.call('backup:list', {}));
    } catch (e) {
      setNote({ kind: 'error', text: t('backup.error', { message: errorMessage(e) }) });
    }
  }, [t]);

  useEffect(() => {
    void load();
    return api.on('backup:restored', () => void load());
  }, [load]);

  const backUpNow = async (): Promise<void> => {
    setBusy('saving');
    setNote(null);
    try {
      const b = await api.call('backup:create', {});
      setNote({ kind: 'ok', text: t('backup.done', { name: b.name, size: fmt.bytes(b.sizeBytes) }) });
      await load();
    } catch (e) {
      setNote({ kind: 'error', text: t('backup.error', { message: errorMessage(e) }) });
    } finally {
      setBusy(null);
    }
  };

  const restore = async (b: BackupInfo): Promise<void> => {
    setBusy('restoring');
    setNote(null);
    try {
      const r = await api.call('backup:restore', { name: b.name });
      setNote({ kind: 'ok', text: t('backup.restored', { date: fmt.dateTime(b.takenAt), kept: r.keptAs ?? '-' }), reload: true });
      await load();
    } catch (e) {
      setNote({ kind: 'error', text: t('backup.error', { message: errorMessage(e) }) });
    } finally {
      setBusy(null);
      setConfirm(null);
    }
  };

  return (
    <fieldset className="section" data-testid="backup-section">
      <legend>{t('backup.title')}</legend>
      {!list ? (
        <p data-testid="backup-loading">{note?.text ?? t('backup.loading')}</p>
      ) : (
        <>
          <p>
            {t(list.nextAutoAt === null ? 'backup.introDemo' : 'backup.intro', { db: list.database, dir: list.dir })}
            {list.nextAutoAt !== null && ` ${t('backup.next', { at: fmt.dateTime(list.nextAutoAt) })}`}
          </p>
          <div className="row">
            <button type="button" className="btn" data-testid="backup-now" disabled={busy !== null} onClick={() => void backUpNow()}>
              {busy === 'saving' ? t('backup.saving') : t('backup.now')}
            </button>
          </div>
          {confirm && (
            <div className="note note-warn" role="alertdialog" data-testid="backup-confirm">
              <p>{t('backup.confirm', { date: fmt.dateTime(confirm.takenAt) })}</p>
              <div className="row">
                <button
                  type="button"
                  className="btn danger"
                  data-testid="backup-confirm-yes"
                  disabled={busy !== null}
                  onClick={() => void restore(confirm)}
                >
                  {busy === 'restoring' ? t('backup.restoring') : t('backup.confirmYes')}
                </button>
                {/* focus (and scroll to) the safe choice, never the destructive one */}
                <button type="button" className="btn" autoFocus disabled={busy !== null} onClick={() => setConfirm(null)}>
                  {t('backup.cancel')}
                </button>
              </div>
            </div>
          )}
          {note && (
            <div
              className={`note ${note.kind === 'ok' ? 'note-ok' : 'note-error'}`}
              data-testid="backup-note"
              data-kind={note.kind}
              role="status"
            >
              {note.text}
              {note.reload && (
                <>
                  {' '}
                  <button type="button" className="btn small" onClick={() => window.location.reload()}>
                    {t('backup.reload')}
                  </button>
                </>
              )}
            </div>
          )}
          {list.backups.length === 0 ? (
            <p data-testid="backup-empty">{t('backup.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="runs" data-testid="backup-list">
                <thead>
                  <tr>
                    <th>{t('backup.col.date')}</th>
                    <th>{t('backup.col.kind')}</th>
                    <th>{t('backup.col.size')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {list.backups.map((b) => (
                    <tr key={b.name} data-testid="backup-row" data-name={b.name} title={b.name}>
                      <td>{fmt.dateTime(b.takenAt)}</td>
                      <td>{t(b.kind === 'auto' ? 'backup.kind.auto' : 'backup.kind.manual')}</td>
                      <td>{fmt.bytes(b.sizeBytes)}</td>
                      <td>
                        <button
                          type="button"
                          className="btn small"
                          data-testid="backup-restore"
                          disabled={busy !== null}
                          onClick={() => {
                            setNote(null);
                            setConfirm(b);
                          }}
                        >
                          {t('backup.restore')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </fieldset>
  );
}
