import type { Core } from '../../core/create-core.js';
import { isSkillcheckError } from '../../core/errors.js';
import type { Logger } from '../../core/ports/logger.js';
import { Action, isAction, packValue, unpackValue, type LiveCardKind, type Stamp } from '../actions.js';
import type { Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import { digestCard, reminderCard } from '../screens/digest.js';
import { nudgeCard } from '../screens/nudge.js';
import type { ReminderView } from '../../core/delivery/views.js';
import type { CostlyAction } from '../../core/limits/rules/costly-actions.js';
import type { CheckInView } from '../../core/checkins/views.js';
import { checkInCard, checkInSettingsSentence, checkInUsage } from '../screens/check-in.js';
import type { NudgeView, TeamDigestView } from '../../core/team/views.js';
import type { Notifier } from '../../core/ports/notifier.js';
import { helpCard, unknownCommandCard, welcomeCard } from '../screens/help.js';
import { learningPathCard } from '../screens/learning-path.js';
import { closedCard, confirmCancelCard, confirmRetakeCard, noticeCard, preparingCard } from '../screens/notices.js';
import { answeredNotice, questionCard } from '../screens/question.js';
import { resultsCard } from '../screens/results.js';
import { skillProfilePicture, withPicture } from '../screens/pictures.js';
import { answerReviewCards, readReportRef, reportedNotice, reportReasonCard } from '../screens/answer-review.js';
import type { ReportReason } from '../../core/measurement/rules/report-reasons.js';
import { signInLinkCard, TEAM_REPORT_DOWNLOAD } from '../screens/console-link.js';
import { homeCard, noPathCard, statusCard } from '../screens/status.js';
import { BUSY_NOW, SOMETHING_WENT_WRONG } from '../screens/words.js';
import { teamReportCsv } from '../../admin-io/team-report-csv.js';
import { parseCommand, type CommandName } from './commands.js';
import { parsePauseDate } from './pause-date.js';
import { pauseUntilHint, privacyCard } from '../screens/privacy.js';
import { errorReplies } from './replies.js';
import type { Person, Surface, Turn } from './surface.js';

export interface ConversationOptions {
  /** REMINDER_AFTER_DAYS: a report idle this long is flagged stalled in the team digest */
  stallDays: number;
  /** DIGEST_TIMEZONE: the day of a check-in for people whose time zone is unknown (default UTC) */
  defaultTimezone?: string;
  /** the web console's address for a path under /app (PUBLIC_URL, else where this server listens) */
  consoleUrl?: (path: string) => string;
  /** the notifiers of the platforms that are on (they exist only once the platforms started, so asked for when needed): a manager's Nudge goes through them */
  notifiers?: () => readonly Notifier[];
}

/** Cards sent before anyone is known (help, welcome): their buttons act for whoever presses them, and only these. */
const ANYONE: Stamp = { owner: 0, kind: null };
const ANYONES_ACTIONS = new Set<string>([Action.continueAssessment, Action.command]);

/** Stamps every button of a card with its owner and live-card kind (see actions.ts). */
function own(card: Card, stamp: Stamp): Card {
  return {
    ...card,
    blocks: card.blocks.map((block) =>
      block.type === 'buttons' ? { ...block, buttons: block.buttons.map((entry) => (entry.action ? { ...entry, value: packValue(stamp, entry.value) } : entry)) } : block,
    ),
  };
}

/**
 * The conversation: what every command and button press does and what the person reads, decided once
 * for every chat platform. A platform adapter finds the person, hands over what they typed or pressed
 * with a Surface to answer on, and renders the cards it gets back.
 */
export class Conversation {
  constructor(
    private readonly core: Core,
    private readonly logger: Logger,
    private readonly options: ConversationOptions,
  ) {}

  /** An answer that needs nobody looked up (help, a word that is no command), or null. Platforms that must answer at once use it. */
  instant(text: string, surface: Pick<Surface, 'command'>): Card | null {
    const parsed = parseCommand(text);
    if (parsed.kind === 'unknown') return own(unknownCommandCard(parsed.text, parsed.suggestion, surface.command), ANYONE);
    if (parsed.name === 'help') return own(helpCard(surface.command), ANYONE);
    return null;
  }

  /** The first message after Skillcheck is installed or added to a chat: who may press its buttons is not known yet. */
  welcome(surface: Pick<Surface, 'command'>): Card {
    return own(welcomeCard(surface.command), ANYONE);
  }

  /** A manager's scheduled team digest. */
  digest(manager: Person, digest: TeamDigestView): Card {
    return own(digestCard(digest), { owner: manager.employeeId, kind: null });
  }

  /** A learner's scheduled reminder, with the link its Open button follows on that platform. */
  reminder(reminder: ReminderView, surface: Pick<Surface, 'command' | 'contentLink'>): Card {
    const linkFor = (contentId: number, url: string) => surface.contentLink(reminder.employeeId, contentId, url);
    return own(reminderCard(reminder, { linkFor, command: surface.command }), { owner: reminder.employeeId, kind: null });
  }

  /** A friendly nudge a manager asked for, with the link its Open button follows on that platform. */
  nudge(nudge: NudgeView, surface: Pick<Surface, 'contentLink'>): Card {
    const linkFor = (contentId: number, url: string) => surface.contentLink(nudge.employeeId, contentId, url);
    return own(nudgeCard(nudge, { linkFor }), { owner: nudge.employeeId, kind: null });
  }

  /** A check-in question (a scheduled one, or the day's next). */
  checkIn(view: CheckInView, surface: Pick<Surface, 'command'>): Card {
    return own(checkInCard(view, surface.command), { owner: view.employeeId, kind: null });
  }

  failed(): Card {
    return noticeCard(SOMETHING_WENT_WRONG);
  }

  /** The answer to a command whose work was shed because the server is at its limit: nothing happened, try again soon. */
  busy(): Card {
    return noticeCard(BUSY_NOW);
  }

  /** A personal page of the dashboard and path (a platform's home tab). Its buttons belong to no live card. */
  async home(person: Person, surface: Surface): Promise<Card> {
    const dashboard = await this.core.getDashboard({ employeeId: person.employeeId });
    return own(homeCard(dashboard, { linkFor: (contentId, url) => surface.contentLink(person.employeeId, contentId, url), command: surface.command }), { owner: person.employeeId, kind: null });
  }

  /** Something the person typed. */
  async typed(person: Person, text: string, surface: Surface): Promise<Turn> {
    const parsed = parseCommand(text);
    if (parsed.kind === 'unknown') return { reply: own(unknownCommandCard(parsed.text, parsed.suggestion, surface.command), ANYONE) };
    return this.guard(person, surface, async () => {
      if (parsed.name !== 'help') await this.allow(person, surface, 'command');
      return this.run(person, parsed.name, parsed.argument, surface);
    });
  }

  /** A button press on a card: `messageRef` is the pressed message's reference, when it is a message. */
  async pressed(person: Person, press: { action: string; value: string | undefined; messageRef: string | null }, surface: Surface): Promise<Turn> {
    const stamped = unpackValue(press.value);
    if (!stamped || !isAction(press.action)) {
      // A card from an older version of Skillcheck, or a value nobody sent: do nothing, and say so.
      return { reply: noticeCard('This card is out of date, so nothing was done.', `${surface.command('status')} shows where you are.`) };
    }
    if (stamped.owner === ANYONE.owner && !ANYONES_ACTIONS.has(press.action)) return { reply: noticeCard('This card is out of date, so nothing was done.') };
    if (stamped.owner !== person.employeeId && stamped.owner !== ANYONE.owner) {
      return { reply: noticeCard(`This card is not yours, so nothing was done. ${surface.command('start')} starts your own assessment.`) };
    }
    if (stamped.kind && press.messageRef) {
      const live = await this.core.findLiveCard({ employeeId: person.employeeId, platform: surface.platform, kind: stamped.kind });
      if (live && live !== press.messageRef) {
        const reason = stamped.kind === 'assessment' ? 'A newer card replaced this one.' : 'A newer learning path card replaced this one.';
        return { replace: closedCard(reason, { currentLink: await surface.linkTo(live), command: surface.command }) };
      }
    }
    return this.guard(person, surface, () => this.act(person, press.action, stamped, press.messageRef, surface), press.messageRef !== null);
  }

  private async guard(person: Person, surface: Surface, work: () => Promise<Turn>, pressedCard = false): Promise<Turn> {
    try {
      return await work();
    } catch (error) {
      if (!isSkillcheckError(error)) throw error;
      const reply = errorReplies[error.code];
      this.logger[reply.log]({ code: error.code, employeeId: person.employeeId, platform: surface.platform }, 'chat request refused');
      if (pressedCard && reply.closesCard) return { replace: closedCard(reply.closesCard, { command: surface.command }) };
      return { reply: noticeCard(reply.say(surface.command, error.details)) };
    }
  }

  private async run(person: Person, name: CommandName, argument: string, surface: Surface): Promise<Turn> {
    const employeeId = person.employeeId;
    switch (name) {
      case 'help':
        return { reply: own(helpCard(surface.command), ANYONE) };
      case 'start': {
        const standing = await this.core.getStanding({ employeeId });
        if (standing.open || standing.scoredSessionId === null) return this.postAssessment(person, surface);
        const dashboard = await this.core.getDashboard({ employeeId });
        // Finished before: show where things stand; a new attempt only through "Check myself again".
        await this.post(person, surface, statusCard(dashboard), null);
        return {};
      }
      case 'retake':
        return this.askRetake(person, surface);
      case 'status':
        await this.post(person, surface, statusCard(await this.core.getDashboard({ employeeId })), null);
        return {};
      case 'path':
        return this.showPath(person, surface);
      case 'cancel':
        return this.askCancel(person, surface);
      case 'review':
        return this.showReview(person, surface);
      case 'team': {
        if (argument === 'csv') return this.sendTeamReport(person, surface);
        await this.allow(person, surface, 'teamReport');
        const digest = await this.core.getTeamDigest({ managerId: employeeId, stallDays: this.options.stallDays });
        await this.post(person, surface, digestCard(digest, true), null);
        await this.core.noteAudit({ actor: { employeeId, channel: 'chat' }, action: 'team.digest.read', subject: { teamOf: employeeId } });
        return {};
      }
      case 'web':
        return this.sendSignInLink(person, surface, '/app');
      case 'privacy':
        return this.privacyTurn(person, argument, null, surface);
      case 'checkins':
        return this.checkInTurn(person, argument === 'off' || argument === 'on' || argument === 'pause' ? argument : null, surface);
      case 'reminders': {
        if (argument !== 'on' && argument !== 'off') {
          return { reply: noticeCard(`${surface.command('reminders off')} stops learning reminders; ${surface.command('reminders on')} starts them again.`) };
        }
        await this.core.setReminders({ employeeId, enabled: argument === 'on' });
        return {
          reply: noticeCard(
            argument === 'on' ? "Reminders are on: I'll nudge you if your learning path stalls." : `Reminders are off. ${surface.command('reminders on')} turns them back on.`,
          ),
        };
      }
    }
  }

  /** A one-time link into the web console, posted in the person's DM (never where others read). */
  private async sendSignInLink(person: Person, surface: Surface, landing: string): Promise<Turn> {
    const consoleUrl = this.options.consoleUrl;
    if (!consoleUrl) return { reply: noticeCard('The web console is not available on this server.') };
    await this.allow(person, surface, 'signInLink');
    const link = await this.core.issueSignInLink({ employeeId: person.employeeId, landing });
    await this.post(person, surface, signInLinkCard({ url: consoleUrl(`/app/sign-in/${link.token}`), minutes: link.minutes, landing: link.landing }), null);
    return {};
  }

  private async act(person: Person, action: string, stamped: Stamp & { value: string }, messageRef: string | null, surface: Surface): Promise<Turn> {
    const employeeId = person.employeeId;
    const { value } = stamped;
    switch (action) {
      case Action.answer: {
        const [questionId, option] = value.split(':');
        const step = await this.core.answerQuestion({ employeeId, questionId: Number(questionId), option: option ?? '' });
        if (step.results) return { replace: this.assessmentCard(person, await this.withProfile(person, resultsCard(step.results, { pathBuilt: false, command: surface.command }))), dashboardChanged: true };
        const notice = answeredNotice(step.outcome);
        if (step.outcome.next) return { replace: this.assessmentCard(person, questionCard(step.outcome.next, notice)) };
        return { reply: noticeCard(notice) };
      }
      case Action.buildPath: {
        const results = await this.core.getResults({ employeeId });
        const standing = await this.core.getStanding({ employeeId });
        // A path already built from these results is shown again rather than rebuilt.
        if (standing.pathSessionId !== results.sessionId) await this.core.generateLearningPath({ employeeId });
        await this.postPath(person, surface);
        const resultsAgain = this.assessmentCard(person, resultsCard(results, { pathBuilt: true, command: surface.command }));
        return messageRef ? { replace: resultsAgain, dashboardChanged: true } : { dashboardChanged: true };
      }
      case Action.showPath:
        return this.showPath(person, surface);
      case Action.openItem:
      case Action.startItem:
      case Action.finishItem: {
        const input = { employeeId, contentId: Number(value) };
        if (action === Action.openItem) await this.core.openContent(input);
        else if (action === Action.startItem) await this.core.startContent(input);
        else await this.core.completeContent(input);
        // A path card is redrawn; a reminder (or another card with these buttons) stays as it was.
        return { ...(messageRef && stamped.kind === 'path' ? { replace: await this.pathCard(person, surface) } : {}), dashboardChanged: true };
      }
      case Action.continueAssessment:
        // The same as typing start: a finished person sees where they stand, never a new attempt by accident.
        return this.run(person, 'start', '', surface);
      case Action.retake:
        return this.askRetake(person, surface);
      case Action.confirmRetake: {
        // A yes given to an older question (another assessment was taken since) asks again instead.
        const standing = await this.core.getStanding({ employeeId });
        if (!standing.open && standing.scoredSessionId !== null && String(standing.scoredSessionId) !== value) {
          const turn = await this.askRetake(person, surface);
          return { ...turn, ...(messageRef ? { replace: noticeCard('This question is out of date: I asked again below.') } : {}) };
        }
        const turn = await this.postAssessment(person, surface);
        return { ...turn, ...(messageRef ? { replace: noticeCard('Okay: your new assessment is in the next card.') } : {}) };
      }
      case Action.cancel:
        return this.askCancel(person, surface);
      case Action.confirmCancel: {
        // A yes to a question about an earlier assessment stops nothing.
        const { open } = await this.core.getStanding({ employeeId });
        if (open && String(open.sessionId) !== value) {
          const stale = noticeCard('This question was about an earlier assessment, so nothing was stopped.');
          return messageRef ? { replace: stale } : { reply: stale };
        }
        await this.core.cancelAssessment({ employeeId });
        const live = await this.core.findLiveCard({ employeeId, platform: surface.platform, kind: 'assessment' });
        if (live) {
          await surface.update(live, closedCard('You stopped this assessment, so this card takes no more answers.', { command: surface.command })).catch((error: unknown) =>
            this.logger.warn({ err: error, platform: surface.platform }, 'could not close the card of a stopped assessment'),
          );
        }
        const done = noticeCard(`Your assessment is stopped; nothing was scored. ${surface.command('start')} begins a new one whenever you like.`);
        return messageRef ? { replace: done, dashboardChanged: true } : { reply: done, dashboardChanged: true };
      }
      case Action.checkInAnswer:
      case Action.checkInNext: {
        const [checkInId, option] = value.split(':');
        const input = { employeeId, checkInId: Number(checkInId), defaultTimezone: this.options.defaultTimezone ?? 'UTC' };
        const view = action === Action.checkInNext ? await this.core.nextCheckIn(input) : await this.core.answerCheckIn({ ...input, option: option ?? '' });
        return { replace: this.checkIn(view, surface), dashboardChanged: view.answer?.gapClosed === true };
      }
      case Action.checkInPause:
      case Action.checkInStop:
        return this.checkInTurn(person, action === Action.checkInPause ? 'pause' : 'off', surface);
      case Action.dismiss:
        return messageRef ? { replace: noticeCard('Okay, nothing changed.') } : {};
      case Action.reviewAnswers:
        return this.showReview(person, surface, Number(value) || undefined);
      case Action.reportQuestion:
      case Action.reportReason: {
        const ref = readReportRef(value);
        if (!ref) return { reply: noticeCard('This card is out of date, so nothing was done.') };
        if (action === Action.reportQuestion) {
          await this.post(person, surface, reportReasonCard(ref, Number(ref.rest) || null), null);
          return {};
        }
        const outcome = await this.core.reportQuestion({ employeeId, question: { kind: ref.kind, id: ref.id }, reason: ref.rest as ReportReason });
        return messageRef ? { replace: reportedNotice(outcome) } : { reply: reportedNotice(outcome) };
      }
      case Action.nudge: {
        const outcome = await this.core.nudgeReport({
          managerId: employeeId,
          reportId: Number(value),
          notifiers: this.options.notifiers?.() ?? [],
          defaultTimezone: this.options.defaultTimezone ?? 'UTC',
        });
        await this.core.noteAudit({ actor: { employeeId, channel: 'chat' }, action: 'team.nudge', subject: { employeeId: Number(value) }, detail: { sent: outcome.sent } });
        const name = escape(outcome.name);
        return { reply: noticeCard(outcome.sent ? `Sent a friendly nudge to ${name}.` : `${name} already got a nudge today.`) };
      }
      case Action.privacyView:
        return this.privacyTurn(person, value === 'VERDICTS' ? 'verdicts' : value === 'LEVELS' ? 'levels' : '', messageRef, surface);
      case Action.privacyPause:
        return this.privacyTurn(person, value === 'twoWeeks' ? 'pause twoWeeks' : 'pause week', messageRef, surface);
      case Action.privacyResume:
        return this.privacyTurn(person, 'resume', messageRef, surface);
      case Action.privacyPauseUntil:
        return { reply: noticeCard(pauseUntilHint(surface.command)) };
      case Action.teamCsv:
        return this.sendTeamReport(person, surface);
      case Action.teamConsole:
        // A link made at the press: a digest is read days after it was sent, a sign-in link lasts minutes.
        return this.sendSignInLink(person, surface, '/app/team');
      case Action.command: {
        const parsed = parseCommand(value);
        if (parsed.kind !== 'command') return { reply: own(helpCard(surface.command), ANYONE) };
        if (parsed.name !== 'help') await this.allow(person, surface, 'command');
        const turn = await this.run(person, parsed.name, parsed.argument, surface);
        return messageRef && !turn.replace ? { ...turn, replace: noticeCard(`Okay: ${parsed.name}.`) } : turn;
      }
      default:
        return { reply: noticeCard('This card is out of date, so nothing was done.') };
    }
  }

  /** The team report (one row per report and assessed skill) as a CSV file in the chat, where the platform takes files. */
  private async sendTeamReport(person: Person, surface: Surface): Promise<Turn> {
    await this.allow(person, surface, 'teamReport');
    const rows = await this.core.getTeamReport({ managerId: person.employeeId, stallDays: this.options.stallDays });
    // Where a bot cannot hand over a file (Teams without its consent flow, the web chat), a one-time link
    // signs the manager in to the console and downloads the same file there.
    if (!surface.sendFile) return this.sendSignInLink(person, surface, TEAM_REPORT_DOWNLOAD);
    const day = new Date().toISOString().slice(0, 10);
    await surface.sendFile({ filename: `team-report-${day}.csv`, title: 'Team report', bytes: new TextEncoder().encode(teamReportCsv(rows)), mimeType: 'text/csv' });
    await this.core.noteAudit({ actor: { employeeId: person.employeeId, channel: 'chat' }, action: 'team.report.read', subject: { teamOf: person.employeeId } });
    return {};
  }

  /**
   * The privacy card, and the choices on it (typed or pressed): what the manager sees, pausing messages
   * for a week, two, or until a typed day, resuming them. A pressed card is redrawn with the choice made.
   */
  private async privacyTurn(person: Person, argument: string, messageRef: string | null, surface: Surface): Promise<Turn> {
    const input = { employeeId: person.employeeId, defaultTimezone: this.options.defaultTimezone ?? 'UTC' };
    let view;
    if (argument === 'verdicts' || argument === 'levels') view = await this.core.setManagerView({ ...input, view: argument === 'verdicts' ? 'VERDICTS' : 'LEVELS' });
    else if (argument === 'pause week' || argument === 'pause twoWeeks') view = await this.core.pauseMessages({ ...input, length: { preset: argument === 'pause week' ? 'week' : 'twoWeeks' } });
    else if (argument === 'resume') view = await this.core.resumeMessages(input);
    else if (argument.startsWith('until ')) {
      const day = parsePauseDate(argument.slice('until '.length), new Date().toISOString().slice(0, 10));
      if (!day) return { reply: noticeCard(errorReplies.PAUSE_DATE_INVALID.say(surface.command)) };
      view = await this.core.pauseMessages({ ...input, length: { day } });
    } else view = await this.core.getPrivacySettings(input);
    const card = own(privacyCard(view, surface.command), { owner: person.employeeId, kind: null });
    if (messageRef) return { replace: card };
    await surface.post(card);
    return {};
  }

  /** Takes one use of a costly action for the person in their workspace; refuses with RATE_LIMITED (a notice saying how long to wait) when used up. */
  private allow(person: Person, surface: Surface, action: CostlyAction): Promise<void> {
    return this.core.takeAllowance({ action, employeeId: person.employeeId, workspace: surface.workspace });
  }

  /** "checkins off / on", "pause checkins", and the Pause and Stop buttons of a check-in. */
  private async checkInTurn(person: Person, mode: 'on' | 'off' | 'pause' | null, surface: Surface): Promise<Turn> {
    if (!mode) return { reply: noticeCard(checkInUsage(surface.command)) };
    const settings = await this.core.setCheckIns({ employeeId: person.employeeId, mode, defaultTimezone: this.options.defaultTimezone ?? 'UTC' });
    return { reply: noticeCard(checkInSettingsSentence(settings, surface.command)) };
  }

  /** Fresh results carry the person's skill profile as a picture (shown again later, the card goes without it). */
  private async withProfile(person: Person, card: Card): Promise<Card> {
    return withPicture(card, skillProfilePicture(await this.core.getSkillProfile({ employeeId: person.employeeId })));
  }

  private assessmentCard(person: Person, card: Card): Card {
    return own(card, { owner: person.employeeId, kind: 'assessment' });
  }

  /** Posts a card; for a live kind it becomes the live card, and the one it replaces is closed with a link to it. */
  private async post(person: Person, surface: Surface, card: Card, kind: LiveCardKind | null): Promise<string> {
    const ref = await surface.post(own(card, { owner: person.employeeId, kind }));
    if (kind) await this.makeLive(person, surface, kind, ref);
    return ref;
  }

  private async makeLive(person: Person, surface: Surface, kind: LiveCardKind, ref: string): Promise<void> {
    const previous = await this.core.saveLiveCard({ employeeId: person.employeeId, platform: surface.platform, kind, messageRef: ref });
    if (!previous) return;
    const reason = kind === 'assessment' ? 'This card moved: your assessment goes on in the newest card.' : 'A newer learning path card replaced this one.';
    await surface.update(previous, closedCard(reason, { currentLink: await surface.linkTo(ref), command: surface.command })).catch((error: unknown) =>
      this.logger.warn({ err: error, platform: surface.platform }, 'could not close an older card'),
    );
  }

  /** Begin or resume: a "preparing" card first when questions must be written (the AI may be slow), then the question in it. */
  private async postAssessment(person: Person, surface: Surface): Promise<Turn> {
    const employeeId = person.employeeId;
    const started = await this.core.startAssessment({ employeeId });
    let ref: string | null = null;
    if (started.status === 'STARTED') ref = await this.post(person, surface, preparingCard(started.skills.length), 'assessment');
    const step = await this.core.continueAssessment({ employeeId });
    const card =
      step.kind === 'question'
        ? questionCard(step.question, started.resumed ? 'welcome back: here is where you left off' : undefined)
        : await this.withProfile(person, resultsCard(step.results, { pathBuilt: false, command: surface.command }));
    if (ref) {
      // Another turn (a double press, a second start) may have posted a newer card meanwhile: that one stays live.
      const live = await this.core.findLiveCard({ employeeId, platform: surface.platform, kind: 'assessment' });
      if (live === ref) await surface.update(ref, this.assessmentCard(person, card));
    } else await this.post(person, surface, card, 'assessment');
    return { dashboardChanged: step.kind === 'results' };
  }

  private async pathCard(person: Person, surface: Surface): Promise<Card> {
    const employeeId = person.employeeId;
    const path = await this.core.getLearningPath({ employeeId });
    const card = learningPathCard(path, { linkFor: (contentId, url) => surface.contentLink(employeeId, contentId, url), command: surface.command });
    return own(card, { owner: employeeId, kind: 'path' });
  }

  private async postPath(person: Person, surface: Surface): Promise<void> {
    const card = await this.pathCard(person, surface);
    const ref = await surface.post(card);
    await this.makeLive(person, surface, 'path', ref);
  }

  private async showPath(person: Person, surface: Surface): Promise<Turn> {
    if ((await this.core.getStanding({ employeeId: person.employeeId })).pathSessionId !== null) {
      await this.postPath(person, surface);
      return {};
    }
    await this.post(person, surface, noPathCard(await this.core.getDashboard({ employeeId: person.employeeId })), null);
    return {};
  }

  /** A scored assessment's answers (the latest by default), with the right ones: a few questions a card. */
  private async showReview(person: Person, surface: Surface, sessionId?: number): Promise<Turn> {
    const review = await this.core.getAnswerReview({ employeeId: person.employeeId, ...(sessionId ? { sessionId } : {}) });
    for (const card of answerReviewCards(review, { command: surface.command })) await this.post(person, surface, card, null);
    return {};
  }

  private async askRetake(person: Person, surface: Surface): Promise<Turn> {
    const standing = await this.core.getStanding({ employeeId: person.employeeId });
    // Nothing to lose: an open assessment goes on, a first one simply starts.
    if (standing.open || standing.scoredSessionId === null) return this.postAssessment(person, surface);
    const preview = await this.core.previewAssessment({ employeeId: person.employeeId });
    await this.post(person, surface, confirmRetakeCard(preview, standing.pathSessionId !== null, standing.scoredSessionId), null);
    return {};
  }

  private async askCancel(person: Person, surface: Surface): Promise<Turn> {
    const { open } = await this.core.getStanding({ employeeId: person.employeeId });
    if (!open) return { reply: noticeCard(`You have no assessment in progress, so there is nothing to stop. ${surface.command('status')} shows where you are.`) };
    await this.post(person, surface, confirmCancelCard(open.answered, open.sessionId), null);
    return {};
  }
}
