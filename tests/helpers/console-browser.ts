import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { buttonsOf } from '../../test-kit/slack-stub.js';
import { projectRoot } from '../../src/shared/project-paths.js';
import { startChatRig, type ChatRig } from './chat-rig.js';
import { CHROMIUM_PATH } from './chat-drivers/web-driver.js';

/** Slack users of the chat rig's directory: a manager of six, and two learners of her team. */
export const SLACK_PEOPLE = { maya: 'U0MAYA0001', priya: 'U0PRIYA001', aisha: 'U0AISHA001' } as const;

/** Where browser tests write their screenshots (never committed). */
export const ARTIFACTS = join(projectRoot, 'test-artifacts', 'console');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The server with Slack and Teams on (stubs for both) and Debian's Chromium, stopped together. */
export async function startConsoleRig(env: Record<string, string> = {}): Promise<ConsoleRig> {
  const rig = await startChatRig(env);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
  return new ConsoleRig(rig, browser);
}

export class ConsoleRig {
  private readonly contexts: BrowserContext[] = [];

  constructor(
    readonly chat: ChatRig,
    readonly browser: Browser,
  ) {}

  /** Types `/skillcheck web` (or `web` plus words) as a Slack user and returns the sign-in link the bot then sent to their DM. */
  async linkFromSlack(user: string, text = 'web'): Promise<string> {
    const before = new Set(this.chat.slack.messages.keys());
    const ack = await slashCommand(this.chat.server.url, this.chat.slack.url, { user_id: user, text });
    if (ack.status !== 200) throw new Error(`the command answered ${ack.status}`);
    await this.chat.server.settled();
    const fresh = [...this.chat.slack.messages.values()].filter((message) => !before.has(message.ts) && message.channel === `D${user}`);
    const url = fresh.flatMap((message) => buttonsOf(message.blocks)).find((button) => button.url?.includes('/app/sign-in/'))?.url;
    if (!url) throw new Error(`no sign-in link reached ${user}'s DM`);
    return url;
  }

  /** A fresh browser (its own cookies), at a phone's width when asked. */
  async newPage(options: { phone?: boolean } = {}): Promise<Page> {
    // Tests inject axe-core into the page, which the console's Content-Security-Policy would refuse.
    const context = await this.browser.newContext({ bypassCSP: true, viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 } });
    this.contexts.push(context);
    return context.newPage();
  }

  /** Opens a sign-in link and presses "Sign in as ..."; the page is then where the link leads. */
  async signIn(url: string, page?: Page): Promise<Page> {
    const target = page ?? (await this.newPage());
    await target.goto(url);
    await target.getByRole('button', { name: /^Sign in as / }).click();
    await target.waitForLoadState('load');
    return target;
  }

  /** A person signed in through the link the bot sent them in Slack. */
  async signInFromSlack(user: string, options: { phone?: boolean } = {}): Promise<Page> {
    return this.signIn(await this.linkFromSlack(user), await this.newPage(options));
  }

  async stop(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => undefined);
    await this.browser.close();
    await this.chat.stop();
  }
}

/** The serious and critical violations axe-core finds on the page as it is now (none is the goal). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const found = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
    violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }>;
  };
  return found.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

/** A full-page screenshot as a test artifact: test-artifacts/console/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
