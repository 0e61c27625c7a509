/**
 * A local date and time typed as day/month/year (the way French and British users write it),
 * whatever the browser's own locale (a `datetime-local` input shows mm/dd/yyyy under an
 * American browser). The value is the form's `YYYY-MM-DDTHH:mm` (local time); "14/08/2022 22:00",
 * "14/08/2022" (midnight) and "2022-08-14 22:00" are read. Text that is not a date leaves the
 * value empty, so the form's own check names the field.
 */
import { useEffect, useState } from 'react';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2022-08-14T22:00" → "14/08/2022 22:00". */
export function showLocal(v: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(v);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : '';
}

/** What the user typed → "YYYY-MM-DDTHH:mm", or null when it is not a real date. */
export function readLocal(text: string): string | null {
  const s = text.trim();
  let y: number,
    mo: number,
    d: number,
    h = 0,
    mi = 0;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2}))?$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2}))?$/.exec(s);
  if (dmy) [d, mo, y, h, mi] = [+dmy[1]!, +dmy[2]!, +dmy[3]!, +(dmy[4] ?? 0), +(dmy[5] ?? 0)];
  else if (iso) [y, mo, d, h, mi] = [+iso[1]!, +iso[2]!, +iso[3]!, +(iso[4] ?? 0), +(iso[5] ?? 0)];
  else return null;
  const date = new Date(y, mo - 1, d, h, mi);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d || h > 23 || mi > 59) return null;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}

export function DateTimeField({
  value,
  onChange,
  placeholder,
  testId,
}: {
  value: string;
  onChange(v: string): void;
  placeholder: string;
  testId: string;
}) {
  const [text, setText] = useState(() => showLocal(value));
  // a value set from outside (another bet, an event picked) replaces what is shown
  useEffect(() => {
    if ((readLocal(text) ?? '') !== value) setText(showLocal(value));
  }, [value]);
  const bad = text.trim() !== '' && readLocal(text) === null;
  return (
    <input
      type="text"
      inputMode="numeric"
      value={text}
      placeholder={placeholder}
      data-testid={testId}
      aria-invalid={bad || undefined}
      onChange={(e) => {
        setText(e.target.value);
        onChange(readLocal(e.target.value) ?? '');
      }}
    />
  );
}
