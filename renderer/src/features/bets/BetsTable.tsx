/**
 * The bet log: TanStack Table (sorting, column choice, row selection) with virtual rows
 * (@tanstack/react-virtual), so 10 000 bets scroll smoothly; one line per bet, fixed layout with
 * ellipsis, so it fits 1280 px. Bulk settle applies a status to the selected bets.
 */
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { Bet } from '../../../../shared/domain/bets';
import { useI18n } from '../../i18n/use-i18n';
import { useNames } from '../../i18n/names';
import type { DictKey } from '../../i18n/fr';
import { ActionsCell, Clv, StatusCell } from './bet-cells';
import { BulkBar } from './BulkBar';

const ROW = 34;
const COLS_KEY = 'monps.bets.columns';
/** Columns the user may hide, with their header key. */
const OPTIONAL: { id: string; label: DictKey }[] = [
  { id: 'placed', label: 'bets.col.placed' },
  { id: 'sport', label: 'bets.col.sport' },
  { id: 'kickoff', label: 'bets.col.kickoff' },
  { id: 'bet', label: 'bets.col.bet' },
  { id: 'book', label: 'bets.col.book' },
  { id: 'odds', label: 'bets.col.odds' },
  { id: 'stake', label: 'bets.col.stake' },
  { id: 'status', label: 'bets.col.status' },
  { id: 'profit', label: 'bets.col.profit' },
  { id: 'clv', label: 'bets.col.clv' },
  { id: 'tags', label: 'bets.col.tags' },
];
const DEFAULT_HIDDEN: VisibilityState = { sport: false, kickoff: false, tags: false };
const SHORT: Record<'fr' | 'en', Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: '2-digit', hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: '2-digit', hour: '2-digit', minute: '2-digit' }),
};

function loadVisibility(): VisibilityState {
  try {
    return { ...DEFAULT_HIDDEN, ...(JSON.parse(localStorage.getItem(COLS_KEY) ?? '{}') as VisibilityState) };
  } catch {
    return DEFAULT_HIDDEN;
  }
}

export function BetsTable({ bets, onEdit, onDuplicate }: { bets: Bet[]; onEdit(b: Bet): void; onDuplicate(b: Bet): void }) {
  const { t, fmt, outcome, lang } = useI18n();
  const short = (ms: number) => SHORT[lang].format(ms);
  // cells are components to TanStack: the columns must keep their identity across renders (or
  // every cell remounts), so what changes often is read through refs
  const namesNow = useNames();
  const names = useRef(namesNow);
  names.current = namesNow;
  const handlers = useRef({ onEdit, onDuplicate });
  handlers.current = { onEdit, onDuplicate };
  const [sorting, setSorting] = useState<SortingState>([]);
  const [visibility, setVisibility] = useState<VisibilityState>(loadVisibility);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [bulkNote, setBulkNote] = useState<string | null>(null);
  const money = (c: number) => fmt.money(c / 100);

  const columns = useMemo<ColumnDef<Bet>[]>(() => {
    const line = (b: Bet) =>
      b.point === null || b.market === 'totals' ? '' : ` ${b.point > 0 && b.market === 'spreads' ? '+' : ''}${fmt.number(b.point, 2)}`;
    const betText = (b: Bet) =>
      `${names.current.market(b.market)} · ${outcome(b.selection, b.market === 'totals' ? b.point : null)}${line(b)}`;
    return [
      {
        id: 'select',
        size: 28,
        enableSorting: false,
        enableHiding: false,
        header: ({ table }) => (
          <input
            type="checkbox"
            aria-label={t('bets.selectAll')}
            data-testid="bets-select-all"
            checked={table.getIsAllRowsSelected()}
            ref={(el) => {
              if (el) el.indeterminate = table.getIsSomeRowsSelected();
            }}
            onChange={table.getToggleAllRowsSelectedHandler()}
          />
        ),
        cell: ({ row }) => (
          <input
            type="checkbox"
            aria-label={t('bets.select')}
            data-testid="bet-select"
            checked={row.getIsSelected()}
            onChange={row.getToggleSelectedHandler()}
          />
        ),
      },
      {
        id: 'placed',
        size: 116,
        accessorFn: (b) => b.placedAt,
        header: t('bets.col.placed'),
        cell: ({ row }) => (
          <span className="muted" title={fmt.dateTime(row.original.placedAt)}>
            {short(row.original.placedAt)}
          </span>
        ),
      },
      {
        id: 'event',
        size: 220,
        enableHiding: false,
        accessorFn: (b) => `${b.homeTeam} – ${b.awayTeam}`,
        header: t('bets.col.event'),
        cell: ({ row, getValue }) => {
          const b = row.original;
          return (
            <span
              title={`${getValue<string>()} · ${names.current.sport(b.sportKey)} · ${fmt.dateTime(b.commenceTime)}${b.score ? ` · ${b.score.home}–${b.score.away}` : ''}`}
            >
              <span className="bet-event">{getValue<string>()}</span>
              {b.score && (
                <span className="muted">
                  {' '}
                  {b.score.home}–{b.score.away}
                </span>
              )}
              {b.flag && (
                <span className="warn" data-testid="bet-flag" title={t('bets.noScore')}>
                  {' '}
                  ⚠
                </span>
              )}
            </span>
          );
        },
      },
      {
        id: 'sport',
        size: 110,
        accessorFn: (b) => names.current.sport(b.sportKey),
        header: t('bets.col.sport'),
        cell: ({ getValue }) => <span className="muted">{getValue<string>()}</span>,
      },
      {
        id: 'kickoff',
        size: 116,
        accessorFn: (b) => b.commenceTime,
        header: t('bets.col.kickoff'),
        cell: ({ row }) => <span className="muted">{short(row.original.commenceTime)}</span>,
      },
      {
        id: 'bet',
        size: 132,
        accessorFn: betText,
        header: t('bets.col.bet'),
        cell: ({ row, getValue }) => (
          <span title={[getValue<string>(), row.original.notes].filter(Boolean).join(' — ')}>{getValue<string>()}</span>
        ),
      },
      {
        id: 'book',
        size: 88,
        accessorFn: (b) => names.current.book(b.bookmaker),
        header: t('bets.col.book'),
        cell: ({ getValue }) => <span className="bet-book">{getValue<string>()}</span>,
      },
      {
        id: 'odds',
        size: 52,
        accessorFn: (b) => b.odds,
        header: t('bets.col.odds'),
        meta: { num: true },
        cell: ({ row }) => fmt.odds(row.original.odds),
      },
      {
        id: 'stake',
        size: 76,
        accessorFn: (b) => b.stakeCents,
        header: t('bets.col.stake'),
        meta: { num: true },
        cell: ({ row }) => money(row.original.stakeCents),
      },
      {
        id: 'status',
        size: 104,
        accessorFn: (b) => b.status,
        header: t('bets.col.status'),
        cell: ({ row }) => <StatusCell bet={row.original} onCashout={() => handlers.current.onEdit(row.original)} />,
      },
      {
        id: 'profit',
        size: 78,
        accessorFn: (b) => b.profitCents ?? Number.NEGATIVE_INFINITY,
        header: t('bets.col.profit'),
        meta: { num: true },
        cell: ({ row }) => {
          const p = row.original.profitCents;
          return (
            <span className={(p ?? 0) > 0 ? 'pos' : (p ?? 0) < 0 ? 'neg' : ''} data-testid="bet-profit">
              {p === null ? '–' : `${p > 0 ? '+' : ''}${money(p)}`}
            </span>
          );
        },
      },
      {
        id: 'clv',
        size: 68,
        accessorFn: (b) => b.clvRaw.value ?? Number.NEGATIVE_INFINITY,
        header: t('bets.col.clv'),
        meta: { num: true },
        cell: ({ row }) => <Clv side={row.original.clvRaw} noVig={row.original.clvNoVig} />,
      },
      {
        id: 'tags',
        size: 90,
        accessorFn: (b) => b.tags.join(', '),
        header: t('bets.col.tags'),
        cell: ({ getValue }) => <span className="muted">{getValue<string>()}</span>,
      },
      {
        id: 'actions',
        size: 112,
        enableSorting: false,
        enableHiding: false,
        header: '',
        cell: ({ row }) => (
          <ActionsCell
            bet={row.original}
            onEdit={() => handlers.current.onEdit(row.original)}
            onDuplicate={() => handlers.current.onDuplicate(row.original)}
          />
        ),
      },
    ];
    // names and handlers are read through refs at render: they need no new columns
  }, [t, fmt, outcome, lang]);

  const table = useReactTable({
    data: bets,
    columns,
    state: { sorting, columnVisibility: visibility, rowSelection: selection },
    getRowId: (b) => String(b.id),
    enableRowSelection: true,
    sortDescFirst: false,
    onSortingChange: setSorting,
    onRowSelectionChange: setSelection,
    onColumnVisibilityChange: (u) =>
      setVisibility((v) => {
        const next = typeof u === 'function' ? u(v) : u;
        localStorage.setItem(COLS_KEY, JSON.stringify(next));
        return next;
      }),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  const scroller = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 12 });
  const items = virtual.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const visibleCols = table.getVisibleLeafColumns();
  const selected = table.getSelectedRowModel().rows.map((r) => r.original);

  return (
    <>
      <div className="bets-tablebar">
        <details className="bets-columns" data-testid="bets-columns">
          <summary className="btn small">{t('bets.columns')}</summary>
          <div className="bets-columns-menu">
            {OPTIONAL.map((c) => {
              const col = table.getColumn(c.id)!;
              return (
                <label key={c.id} className="check">
                  <input
                    type="checkbox"
                    data-testid={`bets-col-${c.id}`}
                    checked={col.getIsVisible()}
                    onChange={col.getToggleVisibilityHandler()}
                  />{' '}
                  {t(c.label)}
                </label>
              );
            })}
          </div>
        </details>
        {selected.length > 0 ? (
          <BulkBar bets={selected} onDone={(note) => (setSelection({}), setBulkNote(note))} />
        ) : (
          bulkNote && (
            <span className="muted small" data-testid="bets-bulk-result" role="status">
              {bulkNote}
            </span>
          )
        )}
      </div>
      <div className="bets-scroll" ref={scroller} data-testid="bets-scroll">
        <table className="bets-table" data-testid="bets-table" data-rows={rows.length}>
          <colgroup>
            {visibleCols.map((c) => (
              <col key={c.id} style={{ width: c.id === 'event' ? undefined : c.getSize() }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const sort = h.column.getIsSorted();
                  const num = (h.column.columnDef.meta as { num?: boolean } | undefined)?.num;
                  return (
                    <th
                      key={h.id}
                      className={`${num ? 'num' : ''} col-${h.column.id}`}
                      aria-sort={sort === 'asc' ? 'ascending' : sort === 'desc' ? 'descending' : undefined}
                    >
                      {h.column.getCanSort() ? (
                        <button
                          type="button"
                          className="sort-btn"
                          data-testid={`bets-sort-${h.column.id}`}
                          onClick={h.column.getToggleSortingHandler()}
                        >
                          {flexRender(h.column.columnDef.header, h.getContext())}
                          <span className="sort-mark">{sort === 'asc' ? ' ▲' : sort === 'desc' ? ' ▼' : ''}</span>
                        </button>
                      ) : (
                        flexRender(h.column.columnDef.header, h.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden style={{ height: padTop }}>
                <td colSpan={visibleCols.length} />
              </tr>
            )}
            {items.map((vi) => {
              const row = rows[vi.index]!;
              const b = row.original;
              return (
                <tr
                  key={row.id}
                  data-testid="bet-row"
                  data-bet-id={b.id}
                  data-status={b.status}
                  className={`${b.flag ? 'flagged' : ''}${row.getIsSelected() ? ' selected' : ''}`}
                  style={{ height: ROW }}
                >
                  {row.getVisibleCells().map((c) => {
                    const num = (c.column.columnDef.meta as { num?: boolean } | undefined)?.num;
                    return (
                      <td key={c.id} className={`${num ? 'num' : ''} col-${c.column.id}`}>
                        {flexRender(c.column.columnDef.cell, c.getContext())}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden style={{ height: padBottom }}>
                <td colSpan={visibleCols.length} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
