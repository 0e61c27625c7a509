import type { ReactNode } from 'react';
import { useUiStore } from '../stores/ui';

/** A link-looking button that switches to another page. */
export function PageLink({ page, children, testId }: { page: string; children: ReactNode; testId?: string }) {
  const setPage = useUiStore((s) => s.setPage);
  return (
    <button type="button" className="link" data-testid={testId} onClick={() => setPage(page)}>
      {children}
    </button>
  );
}
