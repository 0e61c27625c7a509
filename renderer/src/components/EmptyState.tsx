import type { ReactNode } from 'react';

/** A message in place of an empty table: what is going on and what to do. */
export function EmptyState({ children, action, testId }: { children: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <div className="empty" data-testid={testId}>
      <p>{children}</p>
      {action}
    </div>
  );
}
