/**
 * The actions that cost something worth limiting (database work, an AI call, a message sent, a whole import),
 * and how many of each one person and one workspace may take in a window. Everything else (a button answering
 * a question, help, a word that is no command, a read) is never limited: an assessment is never refused midway.
 */
export const COSTLY_ACTIONS = ['command', 'teamReport', 'signInLink', 'import', 'aiQuestions', 'aiSummary'] as const;
export type CostlyAction = (typeof COSTLY_ACTIONS)[number];

/** `points` uses in `windowSeconds`; 0 points means no limit. */
export interface Allowance {
  points: number;
  windowSeconds: number;
}

/** The allowance of one person and of one workspace (a Slack team, a Teams tenant, the REST API's token) for an action; null: not limited that way. */
export interface ActionAllowances {
  person: Allowance | null;
  workspace: Allowance | null;
}

export type Allowances = Record<CostlyAction, ActionAllowances>;

const perMinute = (points: number): Allowance => ({ points, windowSeconds: 60 });
const perHour = (points: number): Allowance => ({ points, windowSeconds: 60 * 60 });

/**
 * The defaults. A person types a command every few seconds at the most; a workspace's limit keeps one team
 * from taking the whole server. AI calls are billed: a sitting needs at most a batch per skill (some five),
 * a profile summary is rewritten only when the results change. The other limits are far above any honest use
 * and there to stop a script or a stuck client.
 */
export const DEFAULT_ALLOWANCES: Allowances = {
  /** chat commands typed or pressed (status, start, path, team ...) */
  command: { person: perMinute(20), workspace: perMinute(600) },
  /** a team digest or the team report (CSV) on demand: every report's results read at once */
  teamReport: { person: perMinute(10), workspace: perMinute(120) },
  /** a one-time console sign-in link: it stores a link and sends a direct message (a person may sign in on several browsers, each link lasts minutes) */
  signInLink: { person: { points: 20, windowSeconds: 10 * 60 }, workspace: perMinute(60) },
  /** an import of the organisation (or a dry run of one): the whole file checked and written in one transaction */
  import: { person: perHour(30), workspace: perHour(60) },
  /** a batch of AI-written questions for a skill the bank runs short of (counted in AI_WORKSPACE) */
  aiQuestions: { person: perHour(20), workspace: perHour(500) },
  /** an AI-written profile summary */
  aiSummary: { person: perHour(10), workspace: perHour(300) },
};

/** The settings that change the defaults: a person's and a workspace's chat commands a minute (0: no limit). */
export interface AllowanceSettings {
  commandsPerPerson?: number;
  commandsPerWorkspace?: number;
}

/** The allowances with the settings applied. */
export function allowancesFrom(settings: AllowanceSettings = {}): Allowances {
  const command = DEFAULT_ALLOWANCES.command;
  return {
    ...DEFAULT_ALLOWANCES,
    command: {
      person: settings.commandsPerPerson === undefined ? command.person : perMinute(settings.commandsPerPerson),
      workspace: settings.commandsPerWorkspace === undefined ? command.workspace : perMinute(settings.commandsPerWorkspace),
    },
  };
}

/** The workspace of the REST API's callers: they all hold the one API token. */
export const API_WORKSPACE = 'api';

/** The workspace AI calls are counted in: the whole deployment, whose one AI key pays for every workspace's calls. */
export const AI_WORKSPACE = 'deployment';

/** Who takes an allowance: a person (an employee) and the workspace they act in, either unknown. */
export interface Requester {
  employeeId?: number | null;
  workspace?: string | null;
}

/** One counter to take a use from: its key (`person:<employeeId>` or `workspace:<id>`) and its allowance. */
export interface LimitCounter {
  key: string;
  allowance: Allowance;
}

/** The counters one use of an action takes from: the person's and the workspace's, those that have a limit. */
export function countersFor(allowances: Allowances, action: CostlyAction, who: Requester): LimitCounter[] {
  const { person, workspace } = allowances[action];
  const counters: LimitCounter[] = [];
  if (person && person.points > 0 && typeof who.employeeId === 'number') counters.push({ key: `person:${who.employeeId}`, allowance: person });
  if (workspace && workspace.points > 0 && who.workspace) counters.push({ key: `workspace:${who.workspace}`, allowance: workspace });
  return counters;
}
