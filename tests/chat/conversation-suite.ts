import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatDriver, DemoPerson } from '../helpers/chat-drivers/driver.js';
import { chatLookups } from '../helpers/chat-drivers/lookups.js';
import { snapshot } from '../helpers/test-app.js';

/**
 * The conversation, written once and run through each chat platform's real entry point: every command
 * and button of the journey, help and near misses, unknown people, foreign and double presses, stale
 * cards becoming read-only, the retake confirmation, cancel, and each error reply.
 */
export function conversationSuite(name: string, start: () => Promise<ChatDriver>): void {
  describe(`the conversation in ${name}`, () => {
    let chat: ChatDriver;
    beforeAll(async () => {
      chat = await start();
    }, 60_000);
    afterAll(() => chat?.stop());

    const { all, latest, idOf, cmd } = chatLookups(() => chat);
    const newSince = async (person: DemoPerson, count: number) => (await all(person)).slice(count);

    /** The open question of a person, and its correct option, from the database. */
    async function openQuestion(person: Exclude<DemoPerson, 'stranger'>) {
      const session = await chat.server.db.assessmentSession.findFirstOrThrow({ where: { employeeId: await idOf(person), openSlot: { not: null } } });
      return chat.server.db.assessmentQuestion.findFirstOrThrow({ where: { sessionId: session.id, answer: { is: null } }, orderBy: { position: 'asc' } });
    }
    const optionButton = (option: string) => new RegExp(`^${option}(\\. |$)`);
    const QUESTION = /Question \d+ of (at most )?\d+/;

    type Choice = 'right' | 'wrong' | 'dontKnow';
    /** Answers every question the sitting asks until it ends, as `choose` says per skill; returns how many were asked. */
    async function answerAll(person: Exclude<DemoPerson, 'stranger'>, choose: (skill: string) => Choice = () => 'right') {
      const id = await idOf(person);
      for (let asked = 0; ; asked++) {
        if (!(await chat.server.db.assessmentSession.findFirst({ where: { employeeId: id, openSlot: { not: null } } }))) return asked;
        const card = await latest(person, QUESTION);
        const question = await openQuestion(person);
        const skill = await chat.server.db.skill.findUniqueOrThrow({ where: { id: question.skillId } });
        const choice = choose(skill.name);
        const label =
          choice === 'dontKnow' ? "I don't know" : optionButton(choice === 'right' ? question.correctOption : question.correctOption === 'A' ? 'B' : 'A');
        await chat.press(person, card, label);
        expect(await chat.server.db.assessmentAnswer.count({ where: { questionId: question.id } })).toBe(1);
      }
    }

    it('the whole journey: start, every answer, results, path, open, done until every item is done', async () => {
      await chat.type('priya', cmd('start'));
      const first = await latest('priya', /Question 1 of at most 20/);
      expect(first.buttons).toHaveLength(5);
      expect(first.buttons.at(-1)).toBe("I don't know");
      expect(first.text).toMatch(/0 of 10 skills settled · at most 20 to go/);
      expect(first.text).toMatch(/Who sees this: you, your manager \(in their team digest\) and your Skillcheck admins/);
      // Right everywhere except SQL, where every answer is wrong: SQL is a certain gap, the sitting stops early.
      const asked = await answerAll('priya', (skill) => (skill === 'SQL' ? 'wrong' : 'right'));
      expect(asked).toBeLessThanOrEqual(20);

      const results = await latest('priya', /Your results: 1 gap/);
      expect(results.id).toBe(first.id); // the question card became the results card
      expect(results.text).toMatch(/SQL\W+level \d(-\d)?, target 3 · gap, \d\d% sure/);
      expect(results.text).toMatch(/JavaScript\W+level [3-5](-\d)?, target 4 · (on target, \d\d% sure|not sure yet)/);
      expect(results.text).toMatch(/1 gap against your role's targets: SQL\./);
      expect(results.text).not.toMatch(/TypeScript[^\n]*gap/);
      expect(results.buttons).toEqual(['Build my learning path', 'Review my answers']);

      await chat.press('priya', results, 'Build my learning path');
      expect((await latest('priya', /Your results: 1 gap/)).buttons).toEqual(['Review my answers']); // pressed once, gone; the review stays
      let path = await latest('priya', /Your learning path/);
      expect(path.text).toMatch(/SQL\W+core skill · level \d(-\d)?, target 3 · gap, \d\d% sure/);
      expect(path.text).not.toMatch(/you scored/);
      const priya = await idOf('priya');
      const view = await chat.server.core.getLearningPath({ employeeId: priya });
      const items = view.groups.flatMap((group) => group.items);
      const thisWeek = items.filter((item) => item.week === 'THIS_WEEK');
      // Only this week's items carry buttons: Open (the main one) and Done; the first is where to start.
      expect(thisWeek.length).toBeGreaterThan(0);
      expect(path.buttons).toEqual(thisWeek.flatMap(() => ['Open', 'Done']));
      expect(path.text).toContain(`Start here: ${items[0]!.title}`);
      expect(path.text).toMatch(/0 of 1 gap closed/);

      // Open records the open (a reported link press, or a link through /open/ where the platform reports nothing).
      await chat.press('priya', path, 'Open');
      path = await latest('priya', /Your learning path/);
      expect(await chat.server.db.learningProgress.count({ where: { employeeId: priya, status: 'IN_PROGRESS' } })).toBe(1);

      // Done until nothing is left: items kept for later move up into this week as earlier ones are done.
      for (let done = 1; done <= items.length; done++) {
        await chat.press('priya', path, 'Done');
        path = await latest('priya', /Your learning path/);
        expect(path.text).toMatch(done < items.length ? new RegExp(`${done} of ${items.length} items done`) : new RegExp(`all ${items.length} items? done`));
      }
      // Every item done is not every gap closed: only a later measurement closes one.
      expect(path.text).toMatch(/0 of 1 gap closed/);
      expect(path.text).not.toMatch(/Learning completed/);
      expect(path.buttons).toEqual([]);
      expect(await chat.server.db.learningProgress.count({ where: { employeeId: priya, status: 'DONE' } })).toBe(items.length);
    });

    it('a finished person who types start sees where they stand, not a new attempt; status and path too', async () => {
      const priya = await idOf('priya');
      const sessions = await chat.server.db.assessmentSession.count({ where: { employeeId: priya } });
      for (const words of ['start', 'Skillcheck STATUS', 'what are my results?']) {
        const count = (await all('priya')).length;
        await chat.type('priya', words === 'start' ? cmd('start') : words);
        const added = await newSince('priya', count);
        expect(added.map((message) => message.text).join('\n'), words).toMatch(/Skillcheck: Full-stack Developer[\s\S]*Learning path[\s\S]*0 of 1 gap closed/);
        expect(added.flatMap((message) => message.buttons)).toContain('Check myself again');
      }
      // The help card's main button is no way into an accidental retake either.
      await chat.type('priya', cmd('help'));
      const help = (await all('priya')).at(-1)!;
      const seen = new Set((await all('priya')).map((message) => message.id));
      await chat.press('priya', help, 'Start or continue my assessment');
      const fresh = (await all('priya')).filter((message) => !seen.has(message.id));
      expect(fresh.map((message) => message.text).join('\n')).toMatch(/Skillcheck: Full-stack Developer/);
      expect(await chat.server.db.assessmentSession.count({ where: { employeeId: priya } })).toBe(sessions);
      await chat.type('priya', cmd('path'));
      expect((await latest('priya', /Your learning path/)).text).toMatch(/all \d items? done/);
    });

    it('a new learning path card closes the older one, which stays read-only with a way to the current one', async () => {
      const older = await latest('priya', /Your learning path/);
      await chat.type('priya', cmd('path'));
      const newer = await latest('priya', /Your learning path/);
      expect(newer.id).not.toBe(older.id);
      const closed = (await all('priya')).find((message) => message.id === older.id)!;
      expect(closed.text).toMatch(/A newer learning path card replaced this one/);
      expect(closed.buttons).toEqual([]);
    });

    it('a retake asks first, says what it costs, and "Not now" changes nothing', async () => {
      const priya = await idOf('priya');
      const sessions = await chat.server.db.assessmentSession.count({ where: { employeeId: priya } });
      await chat.type('priya', cmd('retake'));
      let ask = await latest('priya', /Start a new assessment\?/);
      expect(ask.text).toMatch(/at most 20 questions on 10 skills and takes at most about 10 minutes; it stops sooner once your results are certain/);
      expect(ask.text).toMatch(/current results and learning path stay until you finish it/);
      await chat.press('priya', ask, 'Not now');
      expect((await all('priya')).find((message) => message.id === ask.id)!.text).toMatch(/nothing changed/);
      expect(await chat.server.db.assessmentSession.count({ where: { employeeId: priya } })).toBe(sessions);

      await chat.type('priya', cmd('start over'));
      ask = await latest('priya', /Start a new assessment\?/);
      await chat.press('priya', ask, 'Start the new assessment');
      expect(await chat.server.db.assessmentSession.count({ where: { employeeId: priya } })).toBe(sessions + 1);
      expect((await latest('priya', /Question 1 of at most 20/)).buttons).toHaveLength(5);
    });

    it('typing start during an assessment moves it to a new card and makes the old one read-only', async () => {
      const old = await latest('priya', /Question 1 of at most 20/);
      await chat.type('priya', cmd('start'));
      const current = await latest('priya', /Question 1 of at most 20/);
      expect(current.id).not.toBe(old.id);
      expect(current.text).toMatch(/welcome back/);
      const closed = (await all('priya')).find((message) => message.id === old.id)!;
      expect(closed.text).toMatch(/This card moved: your assessment goes on in the newest card/);
      expect(closed.buttons).toEqual([]);
    });

    it('cancel asks first, then stops the assessment without scoring it; cancel again says there is nothing to stop', async () => {
      const priya = await idOf('priya');
      // While the sitting runs, status says how far along it is, in figures that stay true; the path's lines stay below.
      await chat.type('priya', cmd('status'));
      const running = await latest('priya', /Skillcheck: Full-stack Developer/);
      expect(running.text).toMatch(/Assessment\W+0%[\s\S]*0 questions answered · at most \d+ to go · \d+ of 10 skills settled/);
      expect(running.text).toMatch(/all \d items? done/);
      await chat.type('priya', cmd('cancel'));
      const ask = await latest('priya', /Stop your assessment\?/);
      expect(ask.text).toMatch(/You have answered 0 questions so far/);
      await chat.press('priya', ask, 'Stop the assessment');
      const session = await chat.server.db.assessmentSession.findFirstOrThrow({ where: { employeeId: priya }, orderBy: { attempt: 'desc' } });
      expect(session.status).toBe('CANCELLED');
      expect(await chat.server.db.assessmentResult.count({ where: { sessionId: session.id } })).toBe(0);
      expect((await latest('priya', /You stopped this assessment/)).buttons).toEqual([]);
      await chat.type('priya', cmd('cancel'));
      expect((await all('priya')).at(-1)!.text).toMatch(/no assessment in progress, so there is nothing to stop/);
    });

    it('a yes to a retake question asked before another assessment was scored asks again instead', async () => {
      const priya = await idOf('priya');
      await chat.type('priya', cmd('retake'));
      const question = await latest('priya', /Start a new assessment\?/);
      // Meanwhile an assessment is taken and scored elsewhere (the REST API).
      await chat.server.call(`/api/v1/learner/${priya}/assessment/start/`, { method: 'POST' });
      await chat.server.call(`/api/v1/learner/${priya}/assessment/questions/`, { method: 'POST' });
      expect((await chat.server.call(`/api/v1/learner/${priya}/assessment/submit/`, { json: { answers: {} } })).status).toBe(200);
      const sessions = await chat.server.db.assessmentSession.count({ where: { employeeId: priya } });
      await chat.press('priya', question, 'Start the new assessment');
      expect(await chat.server.db.assessmentSession.count({ where: { employeeId: priya } })).toBe(sessions);
      expect((await latest('priya', /Start a new assessment\?/)).id).not.toBe(question.id);
    });

    it('help lists every command; near misses get a suggestion; nonsense gets the list', async () => {
      await chat.type('liam', cmd('help'));
      const help = (await all('liam')).at(-1)!;
      for (const word of ['start', 'status', 'path', 'retake', 'cancel', 'team', 'reminders off', 'help']) expect(help.text).toContain(cmd(word));
      await chat.type('liam', cmd('stauts'));
      const near = (await all('liam')).at(-1)!;
      expect(near.text).toMatch(/I don't know “stauts”\. Did you mean/);
      expect(near.buttons).toContain('Yes: status');
      await chat.type('liam', cmd('banana bread'));
      expect((await all('liam')).at(-1)!.text).toMatch(/I don't know “banana bread”\. Here is what I understand/);
    });

    it('an unknown person is told how to be added, and nothing changes', async () => {
      const before = await snapshot(chat.server.db);
      await chat.type('stranger', cmd('start'));
      expect((await all('stranger')).at(-1)!.text).toMatch(/couldn't find you in Skillcheck's employee directory/);
      expect(await snapshot(chat.server.db)).toEqual(before);
    });

    it('a press by someone else records nothing and leaves the card as it was; a double press records once', async () => {
      await chat.type('liam', cmd('start'));
      const card = await latest('liam', /Question 1 of/);
      const question = await openQuestion('liam');
      await chat.press('daniel', card, optionButton('A'));
      expect((await all('daniel')).at(-1)!.text).toMatch(/This card is not yours, so nothing was done/);
      expect(await chat.server.db.assessmentAnswer.count({ where: { questionId: question.id } })).toBe(0);
      expect((await latest('liam', /Question 1 of/)).buttons).toHaveLength(5);

      await chat.pressTwice('liam', card, optionButton('B'));
      expect(await chat.server.db.assessmentAnswer.count({ where: { questionId: question.id } })).toBe(1);
      expect(await chat.server.db.learningEvent.count({ where: { employeeId: await idOf('liam'), type: 'ANSWER_RECORDED' } })).toBe(1);
      expect((await latest('liam', /Question 2 of/)).text).toMatch(/B recorded|already answered B/);
    });

    it('each refusal gets its own plain answer', async () => {
      await chat.type('liam', cmd('team'));
      expect((await all('liam')).at(-1)!.text).toMatch(/The team digest is for managers, and nobody reports to you/);
      await chat.type('liam', cmd('path'));
      expect((await all('liam')).at(-1)!.text).toMatch(/You have no learning path yet: it is built from your assessment results/);
      await chat.type('liam', cmd('reminders'));
      expect((await all('liam')).at(-1)!.text).toMatch(/reminders off stops learning reminders; .*reminders on starts them again/);
      await chat.type('liam', cmd('reminders off'));
      expect((await all('liam')).at(-1)!.text).toMatch(/Reminders are off/);
      expect((await chat.server.db.employee.findUniqueOrThrow({ where: { id: await idOf('liam') } })).remindersEnabled).toBe(false);
      await chat.type('maya', cmd('team'));
      expect((await latest('maya', /Your team right now/)).text).toMatch(/Only your direct reports are listed/);
    });

    it('a card whose assessment was closed elsewhere becomes read-only when pressed', async () => {
      await chat.type('daniel', cmd('start'));
      const card = await latest('daniel', /Question 1 of/);
      const daniel = await idOf('daniel');
      expect((await chat.server.call(`/api/v1/learner/${daniel}/assessment/submit/`, { json: { answers: {} } })).status).toBe(200);
      await chat.press('daniel', card, optionButton('C'));
      const closed = (await all('daniel')).find((message) => message.id === card.id)!;
      expect(closed.text).toMatch(/already scored|closed/);
      expect(closed.buttons).toEqual([]);
      expect(await chat.server.db.assessmentAnswer.count({ where: { session: { employeeId: daniel } } })).toBe(0);
    });

    it('"I don\'t know" is an answer of its own: recorded as such, never as a guess, and the sitting goes on', async () => {
      await chat.type('maya', cmd('start'));
      const card = await latest('maya', QUESTION);
      const question = await openQuestion('maya');
      await chat.press('maya', card, "I don't know");
      const answer = await chat.server.db.assessmentAnswer.findUniqueOrThrow({ where: { questionId: question.id } });
      expect(answer).toMatchObject({ dontKnow: true, selectedOption: null, isCorrect: false });
      const next = await latest('maya', QUESTION);
      expect(next.text).toMatch(/Question 2 of at most \d+/);
      expect(next.text).toMatch(/“?"?I don't know"?”? recorded/);
    });
  });
}
