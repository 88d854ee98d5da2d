import type { WebClient } from '@slack/web-api';
import type { Block } from './render/blocks.js';
import { homeView } from './render/home-view.js';
import { learningPathMessage } from './render/learning-path-message.js';
import { preparingMessage } from './render/notices.js';
import { questionMessage } from './render/question-message.js';
import { resultsMessage } from './render/results-message.js';
import type { SlackContext } from './slack-context.js';

/**
 * Conversation steps both commands and buttons use. Every Web API call goes through Bolt's client,
 * which retries per Slack's Retry-After; what still fails is thrown to the listener, which logs it.
 */
export async function postAssessmentStep(ctx: SlackContext, client: WebClient, channel: string, employeeId: number): Promise<void> {
  const started = await ctx.core.startAssessment({ employeeId });
  let ts: string | undefined;
  if (started.status === 'STARTED') {
    // Generating questions may call the AI: show something at once, then replace it.
    const preparing = preparingMessage(started.skills.length);
    ts = (await client.chat.postMessage({ channel, text: preparing.text, blocks: preparing.blocks })).ts;
  }
  const step = await ctx.core.continueAssessment({ employeeId });
  const view =
    step.kind === 'question'
      ? questionMessage(step.question, started.resumed ? 'Welcome back: here is where you left off.' : undefined)
      : resultsMessage(step.results, { pathGenerated: false });
  if (ts) await client.chat.update({ channel, ts, text: view.text, blocks: view.blocks });
  else await client.chat.postMessage({ channel, text: view.text, blocks: view.blocks });
}

export async function postLearningPath(ctx: SlackContext, client: WebClient, channel: string, employeeId: number): Promise<void> {
  const [path, progress] = await Promise.all([ctx.core.getLearningPath({ employeeId }), ctx.core.getProgressBar({ employeeId })]);
  const view = learningPathMessage(path, progress);
  await client.chat.postMessage({ channel, text: view.text, blocks: view.blocks });
}

export async function updateMessage(client: WebClient, channel: string, ts: string, view: { text: string; blocks: Block[] }) {
  await client.chat.update({ channel, ts, text: view.text, blocks: view.blocks });
}

/** Refreshes the App Home tab after a change; a failure is logged, never shown to the person. */
export async function refreshHome(ctx: SlackContext, client: WebClient, userId: string, employeeId: number): Promise<void> {
  try {
    const dashboard = await ctx.core.getDashboard({ employeeId });
    await client.views.publish({ user_id: userId, view: homeView(dashboard) as never });
  } catch (error) {
    ctx.logger.warn({ err: error, employeeId }, 'could not refresh the App Home tab');
  }
}
