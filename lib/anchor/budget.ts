/**
 * A deterministic work budget. Anchoring counts abstract work units (one unit ≈ one inner-loop step:
 * a character compared, a bit-vector block advanced) instead of reading a clock, so the same input
 * always gives the same answer and tests do not flake on slow machines.
 */

/**
 * Work units that take about one millisecond (measured with the bit-parallel search, the dominant
 * cost: ≈ 200k units/ms on an idle core under Node 20, ≈ 50k on a heavily loaded 2-core machine).
 * Chosen on the conservative side of idle so the default budget stays near its nominal time on
 * ordinary machines. approx-string-match skips pattern blocks that cannot match, so long quotes
 * cost less than their charge (one unit per 32 quote characters per text character).
 */
export const WORK_UNITS_PER_MS = 100_000;

/** Default budget for one `anchor` call. */
export const DEFAULT_TIME_BUDGET_MS = 50;

/**
 * Native String#indexOf scans many characters per unit of our JS-level work; a scan of n
 * characters is charged n / NATIVE_SCAN_SPEEDUP units.
 */
export const NATIVE_SCAN_SPEEDUP = 16;

export class WorkBudget {
  private remaining: number;

  constructor(readonly units: number) {
    this.remaining = units;
  }

  static forMs(ms: number | undefined): WorkBudget {
    const budgetMs = ms === undefined || !Number.isFinite(ms) ? DEFAULT_TIME_BUDGET_MS : Math.max(0, ms);
    return new WorkBudget(Math.floor(budgetMs * WORK_UNITS_PER_MS));
  }

  /** Charge `units`; false when the budget is (now) exhausted. */
  spend(units: number): boolean {
    this.remaining -= units;
    return this.remaining > 0;
  }

  /** Can `units` more be afforded? */
  affords(units: number): boolean {
    return this.remaining >= units;
  }

  /** Units spent so far (may overshoot `units` by one checked step). */
  get spent(): number {
    return this.units - this.remaining;
  }

  get left(): number {
    return Math.max(0, this.remaining);
  }

  get exhausted(): boolean {
    return this.remaining <= 0;
  }
}
