/**
 * Who did something the audit log records. Adapters say who the caller is (a signed-in person, a web account,
 * the API token, the command line, the scheduler); the core never guesses.
 */
export type AuditActorKind = 'employee' | 'web-account' | 'api-token' | 'cli' | 'system';

/** Where it was done. */
export type AuditChannel = 'rest' | 'original-api' | 'console' | 'chat' | 'cli' | 'scheduler';

export interface AuditActor {
  kind: AuditActorKind;
  /** the acting employee's or web account's id; null for the API token, the command line and the system */
  id: number | null;
  /** what an admin reads: an employee number, a username, "API token", "command line", "scheduler" */
  label: string;
  channel: AuditChannel;
}

export const API_TOKEN_ACTOR = (channel: AuditChannel = 'rest'): AuditActor => ({ kind: 'api-token', id: null, label: 'API token', channel });
export const CLI_ACTOR: AuditActor = { kind: 'cli', id: null, label: 'command line', channel: 'cli' };
export const SCHEDULER_ACTOR: AuditActor = { kind: 'system', id: null, label: 'scheduler', channel: 'scheduler' };
