import { useI18n } from '../../i18n/use-i18n';
import type { FieldErrors, Field } from './settings-draft';

export function FieldError({ errors, field }: { errors: FieldErrors; field: Field }) {
  const { t } = useI18n();
  const e = errors[field];
  if (!e) return null;
  return (
    <span className="field-error" data-testid={`error-${field}`} role="alert">
      {t(e.key, e.vars)}
    </span>
  );
}
