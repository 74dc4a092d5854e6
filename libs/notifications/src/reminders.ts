import { Injectable, Logger } from '@nestjs/common';
import { Clock } from './clock';
import type { DeliveryPlan } from './outbox';
import { OutboxRelay } from './outbox-relay';

/**
 * Something that tells people because time passed rather than because something changed: due
 * dates coming near or gone by, work waiting for grading, a meeting tomorrow. Asked at each scan
 * what is due at `now`, it answers with every reminder that applies now, already sent or not;
 * each plan's key names the occasion (the due date it reminds of, the day of a digest), so the
 * ledger keeps what was sent from going again, and a moved date is a new occasion.
 */
export interface ReminderSource {
  /** A name for logs and the scan's result. */
  name: string;
  due(now: Date): Promise<DeliveryPlan[]>;
}

export interface ReminderScanResult {
  [source: string]: { planned: number; deliveries: number; notifications: number };
}

/**
 * The reminder scan: every registered source, planned at the clock's `now` and delivered through
 * the ledger. Contexts register their sources at start-up; the worker's scheduler runs the scan.
 * Running it twice, or in two workers at once, sends nothing twice (the keys); a source that
 * fails is logged and does not keep the others from going out.
 */
@Injectable()
export class ReminderScan {
  private readonly logger = new Logger(ReminderScan.name);
  private readonly sources = new Map<string, ReminderSource>();

  constructor(
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  register(source: ReminderSource): void {
    if (this.sources.has(source.name)) throw new Error(`Two reminder sources named ${source.name}`);
    this.sources.set(source.name, source);
  }

  async scan(now = this.clock.now()): Promise<ReminderScanResult> {
    const result: ReminderScanResult = {};
    let failure: Error | null = null;
    for (const source of this.sources.values()) {
      try {
        const plans = await source.due(now);
        const written = await this.relay.deliver(plans, now);
        result[source.name] = { planned: plans.length, ...written };
      } catch (error) {
        failure ??= error as Error;
        this.logger.error(
          `reminders of ${source.name} not planned: ${(error as Error).name}: ${(error as Error).message}`,
        );
      }
    }
    // The job fails (and is retried) when a source failed; what the others wrote stays written.
    if (failure) throw failure;
    return result;
  }
}
