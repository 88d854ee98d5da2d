import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatDriver, DemoPerson } from '../helpers/chat-drivers/driver.js';
import { chatLookups } from '../helpers/chat-drivers/lookups.js';

type Person = Exclude<DemoPerson, 'stranger'>;

/**
 * After the results, a person reviews each answer with the right one and its explanation, and reports a
 * question that looks wrong: written once, run through each chat platform's real entry point (with its own
 * driver and server, so it depends on no other suite's state).
 */
export function answerReviewSuite(name: string, start: () => Promise<ChatDriver>): void {
  describe(`reviewing answers in ${name}`, () => {
    let chat: ChatDriver;
    beforeAll(async () => {
      chat = await start();
    }, 60_000);
    afterAll(() => chat?.stop());

    const { all, latest, idOf, cmd } = chatLookups(() => chat);
    const reviewCards = async (person: Person) => (await all(person)).filter((message) => /^Your answers/.test(message.text));

    /** Answers the whole adaptive sitting by pressing the buttons: right, except the second (wrong) and the third ("I don't know"). */
    async function sitThrough(person: Person) {
      for (let answered = 0; answered < 40; answered++) {
        const session = await chat.server.db.assessmentSession.findFirst({ where: { employeeId: await idOf(person), openSlot: { not: null } } });
        const open = session && (await chat.server.db.assessmentQuestion.findFirst({ where: { sessionId: session.id, answer: { is: null } }, orderBy: { position: 'asc' } }));
        if (!open) return;
        const card = await latest(person, /Question \d+ of/);
        const wrong = open.correctOption === 'A' ? 'B' : 'A';
        const label = open.position === 3 ? "I don't know" : new RegExp(`^${open.position === 2 ? wrong : open.correctOption}(\\. |$)`);
        await chat.press(person, card, label);
      }
      throw new Error('the sitting did not end');
    }

    it('before any scored assessment, review says there is nothing to review yet', async () => {
      await chat.type('liam', cmd('review'));
      expect((await all('liam')).at(-1)!.text).toMatch(/no answers to review yet/);
    });

    it('"Review my answers" on the results shows every answer: right or wrong, the right answer written out, and why', async () => {
      await chat.type('priya', cmd('start'));
      await sitThrough('priya');
      const results = await latest('priya', /Your results/);
      expect(results.buttons).toContain('Review my answers');

      await chat.press('priya', results, 'Review my answers');
      const cards = await reviewCards('priya');
      const priya = await idOf('priya');
      const session = await chat.server.db.assessmentSession.findFirstOrThrow({ where: { employeeId: priya, status: 'COMPLETED' } });
      const asked = await chat.server.db.assessmentQuestion.findMany({ where: { sessionId: session.id }, orderBy: { position: 'asc' }, include: { answer: true } });
      expect(asked.length).toBeGreaterThan(3);
      expect(cards).toHaveLength(Math.ceil(asked.length / 5));
      expect(cards.flatMap((message) => message.buttons).filter((label) => label === 'Report this question')).toHaveLength(asked.length);
      const text = cards.map((message) => message.text).join('\n');
      expect(text).toMatch(new RegExp(`You answered ${asked.length} questions: ${asked.length - 2} right, 1 "I don't know"`));
      const plain = (value: string) => value.replace(/`/g, '');
      for (const question of asked) {
        expect(text).toContain(`Question ${question.position} · `);
        expect(text).toContain(plain(question.explanation).slice(0, 40));
      }
      expect(text).toContain(`✗ You answered ${asked[1]!.answer!.selectedOption}. The right answer: ${asked[1]!.correctOption}. ${plain(asked[1]![`option${asked[1]!.correctOption as 'A'}`])}`);
      expect(text).toContain(`✗ You said "I don't know". The right answer: ${asked[2]!.correctOption}.`);
      expect(text).toContain(`✓ You answered it right: ${asked[0]!.correctOption}.`);
      // The results card stays as it was, still with its buttons.
      expect((await latest('priya', /Your results/)).buttons).toContain('Review my answers');
    });

    it('the review command (or "answers") shows them again', async () => {
      const before = (await reviewCards('priya')).length;
      await chat.type('priya', cmd('answers'));
      const after = await reviewCards('priya');
      expect(after.length).toBe(before * 2);
      expect(after.at(-1)!.text).toMatch(/Report this question/);
    });

    it('"Report this question" asks why; "Not now" changes nothing; a reason reports it once and takes it out of circulation', async () => {
      const priya = await idOf('priya');
      const card = (await reviewCards('priya')).find((message) => /Question 1 · /.test(message.text))!;
      await chat.press('priya', card, 'Report this question');
      let ask = await latest('priya', /Report question 1\? What is wrong with it\?/);
      expect(ask.buttons).toEqual(['The marked answer is wrong', 'The question is unclear', 'It is out of date', 'Not now']);
      await chat.press('priya', ask, 'Not now');
      expect((await all('priya')).find((message) => message.id === ask.id)!.text).toMatch(/nothing changed/);
      expect(await chat.server.db.questionReport.count()).toBe(0);

      await chat.press('priya', card, 'Report this question');
      ask = await latest('priya', /Report question 1\? What is wrong with it\?/);
      await chat.pressTwice('priya', ask, 'The marked answer is wrong');
      const session = await chat.server.db.assessmentSession.findFirstOrThrow({ where: { employeeId: priya, status: 'COMPLETED' } });
      const first = await chat.server.db.assessmentQuestion.findFirstOrThrow({ where: { sessionId: session.id, position: 1 } });
      const bank = await chat.server.db.bankQuestion.findUniqueOrThrow({ where: { key: first.bankKey! } });
      expect(bank).toMatchObject({ status: 'REVIEW', reviewReason: 'Reported by a person: The marked answer is wrong.' });
      expect(await chat.server.db.questionReport.findMany()).toEqual([expect.objectContaining({ bankQuestionId: bank.id, employeeId: priya, reason: 'WRONG_KEY: The marked answer is wrong.' })]);
      expect((await all('priya')).find((message) => message.id === ask.id)!.text).toMatch(/I reported the question|You had reported this question already/);

      // The next review says it was reported, and has no report button for it.
      await chat.type('priya', cmd('review'));
      const perReview = Math.ceil((await chat.server.db.assessmentQuestion.count({ where: { sessionId: session.id } })) / 5);
      const again = (await reviewCards('priya')).at(-perReview)!;
      expect(again.text).toMatch(/Question 1 · [\s\S]*You reported this question/);
    });

    it('a press by someone else on a report button reports nothing', async () => {
      const card = (await reviewCards('priya')).at(-1)!;
      await chat.press('daniel', card, 'Report this question');
      expect((await all('daniel')).at(-1)!.text).toMatch(/This card is not yours, so nothing was done/);
      expect(await chat.server.db.questionReport.count()).toBe(1);
    });
  });
}
