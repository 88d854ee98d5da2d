import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../test-server.js';
import { EMPLOYEE_NUMBER, type ChatDriver, type ChatMessage, type DemoPerson } from './driver.js';

/** A server with the web chat and a browser on it, stopped together. */
export async function startWebDriver(): Promise<WebDriver> {
  const server = await startTestServer();
  const driver = await WebDriver.start(server);
  const stopBrowser = driver.stop.bind(driver);
  driver.stop = async () => {
    await stopBrowser();
    await server.stop();
  };
  return driver;
}

/** Debian's Chromium (apt-get install chromium); playwright-core drives it and never downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The employee id the stranger's session names: no employee has it. */
export const STRANGER_ID = 987_654_321;

const TURN_TIMEOUT_MS = 20_000;

/** The little of the page's DOM that the driver reads, typed here because the project compiles without the DOM library. */
interface PageWindow {
  document: { readyState: string; body: { getAttribute(name: string): string | null } | null };
}

/** Only this machine: the page's own server, and nothing a card links to elsewhere (tests never leave loopback). */
function isLocalUrl(value: string): boolean {
  if (value.startsWith('data:') || value.startsWith('about:')) return true;
  try {
    const host = new URL(value).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/**
 * The web chat through a real browser: Debian's Chromium, headless, driven by playwright-core. One
 * browser for the suite and one browser context (cookies, session) per person, each on its own page
 * at /try. The person is picked on the picker page; the stranger picks a person whose button was
 * changed in the page to name an id that is no employee.
 *
 * Every page carries the session's turn count (body[data-turn]); a form submission is answered by a
 * redirect to the page, so type() and press() resolve once the page that shows a later turn is loaded:
 * by then the server has finished the turn, and the page shows its answer.
 */
export class WebDriver implements ChatDriver {
  readonly platform = 'web' as const;
  private readonly pages = new Map<DemoPerson, Promise<Page>>();
  private readonly contexts: BrowserContext[] = [];

  private constructor(
    readonly server: TestServer,
    private readonly browser: Browser,
  ) {}

  static async start(server: TestServer): Promise<WebDriver> {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'], headless: true });
    return new WebDriver(server, browser);
  }

  commandText(words: string): string {
    return words;
  }

  /** The person's page, opened on first use: a new browser context, the picker, the person picked. */
  page(person: DemoPerson): Promise<Page> {
    let page = this.pages.get(person);
    if (!page) {
      page = this.open(person);
      this.pages.set(person, page);
    }
    return page;
  }

  /** A fresh browser context on the picker page, for tests that look at the page itself. */
  async newPage(): Promise<Page> {
    const context = await this.browser.newContext({ baseURL: this.server.url, viewport: { width: 1280, height: 900 } });
    this.contexts.push(context);
    await context.route('**/*', (route) => (isLocalUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    await page.goto('/try');
    return page;
  }

  private async open(person: DemoPerson): Promise<Page> {
    const page = await this.newPage();
    const pick = page.locator('button[name="employee"]').first();
    if (person === 'stranger') {
      await pick.evaluate((button, id) => ((button as unknown as { value: string }).value = String(id)), STRANGER_ID);
      await this.submit(page, () => pick.click());
    } else {
      await this.submit(page, () => page.locator(`button[name="employee"][data-employee-number="${EMPLOYEE_NUMBER[person]}"]`).click());
    }
    return page;
  }

  async type(person: DemoPerson, text: string): Promise<void> {
    const page = await this.page(person);
    await page.locator('#say').fill(text);
    await this.submit(page, () => page.locator('form.say button[type="submit"]').click());
  }

  async press(person: DemoPerson, message: ChatMessage, label: string | RegExp): Promise<void> {
    const page = await this.page(person);
    if ((await page.locator(`[data-message="${message.id}"]`).count()) === 0) return this.pressForeign(page, message, label);
    const controls = page.locator(`[data-message="${message.id}"] .card-buttons`).locator('button, a');
    const labels = await controls.evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').trim()));
    const index = labels.findIndex((entry) => (typeof label === 'string' ? entry === label : label.test(entry)));
    if (index === -1) throw new Error(`no button ${String(label)} on message ${message.id}; it has ${JSON.stringify(labels)}`);
    const control = controls.nth(index);
    const href = await control.getAttribute('href');
    if (href !== null) {
      // A link button: the browser would open it in a new tab, through /open/ (which records the open) and
      // on to the content elsewhere. The request goes to /open/ only, with the page's cookies; the answer is the redirect.
      const response = await page.context().request.get(new URL(href, page.url()).toString(), { maxRedirects: 0 });
      if (response.status() !== 302) throw new Error(`the link ${href} answered ${response.status()}, not a redirect`);
      return;
    }
    await this.submit(page, () => control.click());
  }

  /** The browser sends the same form twice at once (a double click that the page did not stop), then shows the answer. */
  async pressTwice(person: DemoPerson, message: ChatMessage, label: string | RegExp): Promise<void> {
    const page = await this.page(person);
    const forms = page.locator(`[data-message="${message.id}"] .card-buttons form.press`);
    const all = await forms.evaluateAll((elements) =>
      elements.map((form) => ({
        label: (form.querySelector('button')?.textContent ?? '').trim(),
        fields: Object.fromEntries([...form.querySelectorAll('input[type="hidden"]')].map((input) => [input.getAttribute('name') ?? '', input.getAttribute('value') ?? ''])),
      })),
    );
    const chosen = all.find((entry) => (typeof label === 'string' ? entry.label === label : label.test(entry.label)));
    if (!chosen) throw new Error(`no button ${String(label)} on message ${message.id}`);
    const send = () => page.context().request.post(new URL('/try/press', page.url()).toString(), { form: chosen.fields, maxRedirects: 0 });
    const answers = await Promise.all([send(), send()]);
    for (const answer of answers) if (answer.status() !== 303) throw new Error(`a press answered ${answer.status()}`);
    await page.goto('/try');
  }

  /**
   * Someone presses a button of a card that is not in their chat: the button's form (action, value,
   * message id) as the owner's page has it, sent from the presser's own page with the presser's session.
   */
  private async pressForeign(page: Page, message: ChatMessage, label: string | RegExp): Promise<void> {
    for (const [, other] of this.pages) {
      const ownerPage = await other;
      const forms = ownerPage.locator(`[data-message="${message.id}"] .card-buttons form.press`);
      const found = await forms.evaluateAll(
        (elements, wanted) =>
          elements
            .map((form) => ({
              label: (form.querySelector('button')?.textContent ?? '').trim(),
              fields: Object.fromEntries([...form.querySelectorAll('input[type="hidden"]')].map((input) => [input.getAttribute('name') ?? '', input.getAttribute('value') ?? ''])),
            }))
            .filter((entry) => (wanted.pattern ? new RegExp(wanted.pattern).test(entry.label) : entry.label === wanted.text)),
        typeof label === 'string' ? { text: label, pattern: null } : { text: null, pattern: label.source },
      );
      if (found.length === 0) continue;
      const { fields } = found[0]!;
      await this.submit(page, () =>
        page.evaluate((values) => {
          const { document } = globalThis as unknown as { document: { querySelector(selector: string): { getAttribute(name: string): string | null; value?: string } | null; createElement(tag: string): Record<string, unknown> & { appendChild(child: unknown): void; submit(): void; setAttribute(name: string, value: string): void }; body: { appendChild(child: unknown): void } } };
          const own = document.querySelector('form.say input[name="csrf"]');
          const form = document.createElement('form');
          form.setAttribute('method', 'post');
          form.setAttribute('action', String(values.__path));
          for (const [name, value] of Object.entries(values)) {
            if (name === '__path') continue;
            const input = document.createElement('input');
            input.setAttribute('type', 'hidden');
            input.setAttribute('name', name);
            input.setAttribute('value', name === 'csrf' ? (own?.getAttribute('value') ?? '') : String(value));
            form.appendChild(input);
          }
          document.body.appendChild(form);
          form.submit();
        }, { ...fields, __path: '/try/press' }),
      );
      return;
    }
    throw new Error(`no button ${String(label)} on message ${message.id} in any open chat`);
  }

  async messages(person: DemoPerson): Promise<ChatMessage[]> {
    const page = await this.page(person);
    return page.locator('[data-message]').evaluateAll((elements) =>
      elements.map((element) => {
        const card = element.querySelector('.card');
        const parts = card ? [...card.children].filter((child) => !child.classList.contains('card-buttons')) : [];
        return {
          id: element.getAttribute('data-message') ?? '',
          text: parts.map((part) => (part as unknown as { innerText: string }).innerText.trim()).filter(Boolean).join('\n'),
          buttons: card ? [...card.querySelectorAll('.card-buttons button, .card-buttons a')].map((control) => (control.textContent ?? '').trim()) : [],
          passing: element.getAttribute('data-passing') === 'true',
        };
      }),
    );
  }

  /** Loads the person's page again, as a person does to see a message that arrived unasked. */
  async refresh(person: DemoPerson): Promise<void> {
    await (await this.page(person)).goto('/try');
  }

  /** The page's turn count now. */
  async turn(page: Page): Promise<number> {
    return Number(await page.locator('body').getAttribute('data-turn'));
  }

  /** Does `act` (a form submission) and waits for the page of a later turn. */
  async submit(page: Page, act: () => Promise<void>): Promise<void> {
    const before = await this.turn(page);
    await act();
    const deadline = Date.now() + TURN_TIMEOUT_MS;
    for (;;) {
      const shown = await page
        .evaluate((turn) => {
          const { document } = globalThis as unknown as PageWindow;
          return document.readyState !== 'loading' && Number(document.body?.getAttribute('data-turn')) > turn;
        }, before)
        .catch(() => false); // the page is between documents
      if (shown) return;
      if (Date.now() > deadline) throw new Error(`the web chat did not answer within ${TURN_TIMEOUT_MS} ms (turn ${before})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => undefined);
    await this.browser.close();
  }
}
