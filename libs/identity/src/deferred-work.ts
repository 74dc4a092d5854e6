import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';

/** What DeferredWork needs of a response: Node's `finish` and `close` events. */
export interface AnsweredSignal {
  once(event: 'finish' | 'close', listener: () => void): unknown;
}

/**
 * Work that starts only once the client has its answer, so how long it takes (or whether
 * there was any) cannot be read from the response time. Failures are logged, never thrown
 * to anyone; the words in `redact` (an e-mail address) are cut from what is logged. Shutdown
 * waits for work in progress, and tests wait for it through `settled()`.
 */
@Injectable()
export class DeferredWork implements OnApplicationShutdown {
  private readonly logger = new Logger(DeferredWork.name);
  private readonly pending = new Set<Promise<void>>();

  afterResponse(response: AnsweredSignal, label: string, work: () => Promise<void>, redact: string[] = []): void {
    const answered = new Promise<void>((resolve) => {
      response.once('finish', resolve);
      response.once('close', resolve); // the client hung up: do the work all the same
    });
    const task: Promise<void> = answered
      .then(work)
      .catch((error: unknown) => {
        const scrub = (text: string) => redact.reduce((out, word) => out.split(word).join('<redacted>'), text);
        const { name, stack } = error instanceof Error ? error : new Error(String(error));
        this.logger.error(`${label} failed: ${name}`, scrub(stack ?? ''));
      })
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  /** Resolves once every piece of work started so far (and any it started) has finished. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }
}
