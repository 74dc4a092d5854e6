// Every page a journey opens is checked with axe-core: after each main-frame navigation has
// settled (client-side route changes included) and once more at the end of the test. Serious
// and critical violations fail the test; see fixtures.ts for where this is wired in.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';

/** The impacts that fail a journey. Minor and moderate findings are left to review. */
const FAILING = new Set(['serious', 'critical']);

/** How long a page must stay on one URL before it is checked, so a redirect chain is checked once, at its end. */
const SETTLE_MS = 400;
/** How long to wait for the portal's loading states to go before checking what is there. */
const LOADING_TIMEOUT_MS = 5_000;

/** One rule broken on one page (by path), with the selectors of every element that breaks it. */
interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  path: string;
  targets: Set<string>;
}

/** A path as a route: ids replaced, so /grading/1f… and /grading/9c… are one page. */
const routeOf = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ':id');

/** An error that means the page moved on or went away while axe ran: the next check covers it. */
const interrupted = (error: unknown) =>
  /closed|destroyed|detached|navigat|Execution context|Target crashed/i.test(
    error instanceof Error ? error.message : String(error),
  );

/**
 * Watches pages for one test. Checks of one page run one after another; a check that a
 * navigation interrupts is dropped (the navigation schedules the next one).
 */
export class AxeAudit {
  private readonly watched = new WeakSet<Page>();
  private readonly timers = new Map<Page, ReturnType<typeof setTimeout>>();
  private readonly chains = new Map<Page, Promise<void>>();
  /** Main-frame navigations per page, to tell a check that a navigation cut short from a failing one. */
  private readonly navigations = new Map<Page, number>();
  private readonly findings = new Map<string, AxeFinding>();
  private readonly failures: string[] = [];
  private finished = false;
  /** Routes whose colour contrast this test has checked after a navigation. */
  private readonly contrastChecked = new Set<string>();
  /** How many checks ran and how long they took, for the test's annotations. */
  checks = 0;
  checkMs = 0;

  /** `onCheck` hears how long each check took (the fixture adds it to the test's time budget). */
  constructor(private readonly onCheck: (ms: number) => void = () => undefined) {}

  /** Watches the pages the context has and every page it opens. */
  track(context: BrowserContext): void {
    context.pages().forEach((page) => this.watch(page));
    context.on('page', (page) => this.watch(page));
  }

  watch(page: Page): void {
    if (this.watched.has(page)) return;
    this.watched.add(page);
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      this.navigations.set(page, (this.navigations.get(page) ?? 0) + 1);
      this.schedule(page);
    });
    page.on('close', () => {
      clearTimeout(this.timers.get(page));
      this.timers.delete(page);
    });
  }

  private schedule(page: Page): void {
    if (this.finished) return;
    clearTimeout(this.timers.get(page));
    this.timers.set(
      page,
      setTimeout(() => {
        this.timers.delete(page);
        void this.enqueue(page);
      }, SETTLE_MS),
    );
  }

  private enqueue(page: Page, final = false): Promise<void> {
    const next = (this.chains.get(page) ?? Promise.resolve()).then(() => this.check(page, final));
    this.chains.set(page, next);
    return next;
  }

  /**
   * One axe-core run on the page as it is. Colour contrast, most of a run's cost, is checked on
   * a route's first visit in the test and in the final check; a revisit checks every other rule.
   */
  private async check(page: Page, final: boolean): Promise<void> {
    if (page.isClosed() || page.url() === 'about:blank') return;
    const navigation = this.navigations.get(page);
    try {
      // Waits are bounded: a page still busy after them is checked as it is.
      await page.waitForLoadState('load', { timeout: LOADING_TIMEOUT_MS }).catch(() => undefined);
      // The portal's <Loading> indicator: check the page once its data is there.
      await page
        .locator('p.loading')
        .first()
        .waitFor({ state: 'detached', timeout: LOADING_TIMEOUT_MS })
        .catch(() => undefined);
      const path = new URL(page.url()).pathname;
      const started = Date.now();
      // After a client-side route change the document still holds axe-core from the last check.
      const injected = await page.evaluate(() => 'axe' in window);
      // Legacy mode runs axe.run in the page itself; the default opens a blank page in the context
      // to combine frame results, which the portal (no iframes) does not need. Only violations
      // come back: passes and inapplicable rules would be serialised for nothing.
      const builder = new AxeBuilder({ page, axeSource: injected ? ';' : undefined })
        .setLegacyMode(true)
        .options({ resultTypes: ['violations'] });
      const route = routeOf(path);
      if (!final && this.contrastChecked.has(route)) builder.disableRules(['color-contrast']);
      const results = await builder.analyze();
      this.contrastChecked.add(route);
      const ms = Date.now() - started;
      this.checks += 1;
      this.checkMs += ms;
      this.onCheck(ms);
      for (const violation of results.violations) {
        if (!violation.impact || !FAILING.has(violation.impact)) continue;
        const key = `${violation.id}|${path}`;
        const finding = this.findings.get(key) ?? {
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          path,
          targets: new Set<string>(),
        };
        for (const node of violation.nodes) {
          finding.targets.add(node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' '));
        }
        this.findings.set(key, finding);
      }
    } catch (error) {
      // Let a navigation that replaced the document mid-check be reported before judging.
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (page.isClosed() || this.navigations.get(page) !== navigation || interrupted(error)) return;
      this.failures.push(`axe could not check ${page.url()}: ${error instanceof Error ? error.message : error}`);
    }
  }

  /** Checks the pages as they are now (after any pending check), e.g. before their context closes. */
  async checkNow(pages: Page[]): Promise<void> {
    await Promise.all(
      pages
        .filter((page) => !page.isClosed())
        .map((page) => {
          clearTimeout(this.timers.get(page));
          this.timers.delete(page);
          return this.enqueue(page, true);
        }),
    );
  }

  /** Stops watching: pending checks are awaited, scheduled ones dropped. */
  async finish(): Promise<void> {
    this.finished = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.chains.values());
  }

  /** One line per finding: rule, impact, page and the elements, for the test's failure message. */
  report(): string[] {
    const lines = [...this.findings.values()].map(
      (f) => `[${f.impact}] ${f.rule} on ${f.path}: ${f.help}\n    ${[...f.targets].join('\n    ')}`,
    );
    return [...lines, ...this.failures];
  }
}
