/**
 * Monthly usage-credit ledger per API key. Credits reset on the 1st of each month (UTC),
 * measured on the simulator's clock.
 */

/** Balance of one key. */
export interface CreditBalance {
  used: number;
  remaining: number;
}

function monthOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${d.getUTCMonth()}`;
}

/** Tracks credits used per key for the current UTC month. */
export class CreditLedger {
  private readonly accounts = new Map<string, { month: string; used: number }>();

  constructor(
    private readonly monthly: number,
    private readonly now: () => number,
  ) {}

  private account(key: string): { month: string; used: number } {
    const month = monthOf(this.now());
    let a = this.accounts.get(key);
    if (!a || a.month !== month) {
      a = { month, used: 0 };
      this.accounts.set(key, a);
    }
    return a;
  }

  /** Current balance of a key. */
  balance(key: string): CreditBalance {
    const a = this.account(key);
    return { used: a.used, remaining: Math.max(0, this.monthly - a.used) };
  }

  /** Overrides the used counter (tests: e.g. near exhaustion). */
  set(key: string, used: number): void {
    this.account(key).used = Math.max(0, used);
  }

  /** True when the key can pay `cost` without going negative. */
  canPay(key: string, cost: number): boolean {
    return this.account(key).used + cost <= this.monthly;
  }

  /** Charges `cost` (caller checked canPay) and returns the new balance. */
  charge(key: string, cost: number): CreditBalance {
    this.account(key).used += cost;
    return this.balance(key);
  }

  /** The x-requests-* headers for a balance and the cost of this call. */
  headers(key: string, last: number): Record<string, string> {
    const b = this.balance(key);
    return { 'x-requests-remaining': String(b.remaining), 'x-requests-used': String(b.used), 'x-requests-last': String(last) };
  }
}
