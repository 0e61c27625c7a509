/** A row of checkboxes over string values. */
export function CheckList({
  options,
  selected,
  label,
  onToggle,
  testId,
  showKeys,
}: {
  options: readonly string[];
  selected: readonly string[];
  label?: (value: string) => string;
  onToggle: (value: string, on: boolean) => void;
  testId?: string;
  /** Also show the raw value next to its label (e.g. the sport key). */
  showKeys?: boolean;
}) {
  return (
    <div className="checklist" data-testid={testId}>
      {options.map((o) => (
        <label key={o} className="check" title={showKeys || !label ? o : label(o)}>
          <input type="checkbox" value={o} checked={selected.includes(o)} onChange={(e) => onToggle(o, e.target.checked)} />
          {label ? label(o) : o}
          {label && showKeys && label(o) !== o && <span className="muted small">{o}</span>}
        </label>
      ))}
    </div>
  );
}
