import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/shared/project-paths.js';

const fixture = (name: string) => JSON.parse(readFileSync(join(projectRoot, 'tests', 'fixtures', 'teams', name), 'utf8')) as Record<string, unknown>;

export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
  conversationId: string;
}

export const PRIYA: TeamsUser = { id: '29:1priyaAbCdEfGhIjKlMnOpQrStUvWxYz', aadObjectId: '00000000-0000-4000-8000-00000000a001', name: 'Priya Natarajan', conversationId: 'a:1priyaPersonalChatConversationId' };
export const OLGA: TeamsUser = { id: '29:1olgaAbCdEfGhIjKlMnOpQrStUvWxYz0', aadObjectId: '00000000-0000-4000-8000-00000000a002', name: 'Olga Ivanova', conversationId: 'a:1olgaPersonalChatConversationId0' };
export const STRANGER: TeamsUser = { id: '29:1strangerAbCdEfGhIjKlMnOpQrStU', aadObjectId: '00000000-0000-4000-8000-00000000a0ff', name: 'Someone Else', conversationId: 'a:1strangerPersonalChatConversation' };

function personalise(activity: Record<string, unknown>, user: TeamsUser, serviceUrl: string) {
  return {
    ...activity,
    serviceUrl,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { ...(activity.conversation as object), id: user.conversationId },
  };
}

export function postActivity(baseUrl: string, activity: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
}

export function sendText(baseUrl: string, serviceUrl: string, user: TeamsUser, text: string) {
  const activity = personalise(fixture('message.json'), user, serviceUrl);
  return postActivity(baseUrl, { ...activity, id: `msg-${Date.now()}-${Math.random()}`, text });
}

/** Pressing an Action.Execute button of a card the bot sent: an adaptiveCard/action invoke. */
export function pressExecute(baseUrl: string, serviceUrl: string, user: TeamsUser, action: { verb?: string; data?: Record<string, unknown>; title: string }, replyToId: string) {
  const activity = personalise(fixture('adaptive-card-action.json'), user, serviceUrl);
  return postActivity(baseUrl, {
    ...activity,
    id: `invoke-${Date.now()}-${Math.random()}`,
    replyToId,
    value: { action: { type: 'Action.Execute', title: action.title, verb: action.verb, data: action.data ?? {} }, trigger: 'manual' },
  });
}

export function installed(baseUrl: string, serviceUrl: string, user: TeamsUser) {
  const activity = personalise(fixture('conversation-update.json'), user, serviceUrl);
  return postActivity(baseUrl, { ...activity, membersAdded: [{ id: user.id, aadObjectId: user.aadObjectId }] });
}
