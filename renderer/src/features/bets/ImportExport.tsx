import { useRef, useState } from 'react';
import type { ImportReport } from '../../../../shared/domain/bankroll';
import { api, errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';

/**
 * CSV in and out. The file input opens the system dialog (in Electron too) and the text goes
 * through the contract; the export comes back as text and is saved as a download.
 */
export function ImportExport() {
  const { t, tp } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setMsg(null);
    try {
      const r = await api.call('bankroll:import-bets', { csv: await file.text() });
      setReport(r);
      if (r.ok) setMsg({ ok: true, text: tp('bets.imported', r.imported) });
    } catch (e) {
      setMsg({ ok: false, text: errorMessage(e) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }
  async function exportCsv() {
    try {
      const r = await api.call('bankroll:export-bets', {});
      const url = URL.createObjectURL(new Blob([r.csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = r.filename;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setMsg({ ok: true, text: tp('bets.exported', r.count) });
    } catch (e) {
      setMsg({ ok: false, text: errorMessage(e) });
    }
  }

  return (
    <div className="import-export">
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid="bets-import-file"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <button type="button" className="btn" data-testid="bets-import" onClick={() => input.current?.click()}>
        {t('bets.import')}
      </button>
      <button type="button" className="btn" data-testid="bets-export" onClick={() => void exportCsv()}>
        {t('bets.export')}
      </button>
      {msg && (
        <span className={`note-inline ${msg.ok ? 'ok' : 'warn'}`} data-testid="bets-io-message">
          {msg.text}
        </span>
      )}
      {report && !report.ok && (
        <div className="note note-error import-report" data-testid="import-report">
          <strong>{tp('bets.importFailed', report.errors.length)}</strong>
          <ul>
            {report.errors.slice(0, 50).map((e) => (
              <li key={e.line + e.message}>{t('bets.line', { line: e.line, message: e.message })}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
