import { describe, expect, it } from 'vitest';
import { noticeCard } from '../../src/chat/screens/notices.js';
import { OpenLinks } from '../../src/http/open-links.js';
import { readWebMessageRef, WebChats } from '../../src/web/web-chats.js';
import { csrfMatches, readCookie, WebSessions } from '../../src/web/web-sessions.js';
import { WebSurface } from '../../src/web/web-surface.js';

const ORIGIN = 'http://localhost:3000';

describe('the web surface and its message store', () => {
  it('posts and updates messages by reference; a reference into another person\'s chat, or a forgotten one, changes nothing', async () => {
    const chats = new WebChats();
    const mine = chats.open(7);
    const theirs = chats.open(8);
    const surface = new WebSurface(chats, mine, ORIGIN, new OpenLinks('secret', undefined));
    const ref = await surface.post(noticeCard('one'));
    expect(readWebMessageRef(ref)).toEqual({ chatId: mine.id, n: 1 });
    await surface.update(ref, noticeCard('one, changed'));
    expect(mine.messages).toEqual([{ n: 1, from: 'bot', card: noticeCard('one, changed') }]);
    expect(surface.posted).toEqual([1]);

    // Another chat of the same person (another browser) is updated too: a live card lives wherever it was posted.
    const sameAgain = chats.open(7);
    const elsewhere = await new WebSurface(chats, sameAgain, ORIGIN, new OpenLinks('secret', undefined)).post(noticeCard('there'));
    await surface.update(elsewhere, noticeCard('closed'));
    expect(sameAgain.messages[0]).toMatchObject({ card: noticeCard('closed') });
    // Another person's chat never is; nor a message that is gone, nor a reference of another platform.
    const other = await new WebSurface(chats, theirs, ORIGIN, new OpenLinks('secret', undefined)).post(noticeCard('theirs'));
    await surface.update(other, noticeCard('taken over'));
    expect(theirs.messages[0]).toMatchObject({ card: noticeCard('theirs') });
    await surface.update(JSON.stringify({ c: mine.id, m: 99 }), noticeCard('x'));
    await surface.update('{"c":"C123","ts":"1.2"}', noticeCard('x'));
    await surface.update('not json', noticeCard('x'));
    expect(mine.messages).toHaveLength(1);
  });

  it('links to a message of the chat it shows, in the page; to another browser\'s message, not at all', async () => {
    const chats = new WebChats();
    const chat = chats.open(7);
    const surface = new WebSurface(chats, chat, ORIGIN, new OpenLinks('secret', undefined));
    const ref = await surface.post(noticeCard('one'));
    expect(await surface.linkTo(ref)).toBe(`${ORIGIN}/try#m-1`);
    const other = await new WebSurface(chats, chats.open(7), ORIGIN, new OpenLinks('secret', undefined)).post(noticeCard('two'));
    expect(await surface.linkTo(other)).toBeNull();
    expect(await surface.linkTo('nonsense')).toBeNull();
    expect(surface.platform).toBe('web');
    expect(surface.command('status')).toBe('`status`');
  });

  it('Open links go through /open/ on the page\'s own address, also without PUBLIC_URL, and verify', () => {
    const links = new OpenLinks('secret', undefined);
    const surface = new WebSurface(new WebChats(), new WebChats().open(7), ORIGIN, links);
    const link = surface.contentLink(7, 42, 'https://example.com/course');
    expect(link).toMatch(new RegExp(`^${ORIGIN}/open/[\\w-]+\\.[\\w-]+$`));
    expect(links.verify(link.split('/open/')[1]!)).toEqual({ e: 7, c: 42, u: 'https://example.com/course' });
    // Other platforms keep the configured URL (none here: the content URL itself).
    expect(links.link(7, 42, 'https://example.com/course')).toBe('https://example.com/course');
  });

  it('keeps a bounded number of messages per chat and of chats', () => {
    const chats = new WebChats({ chats: 2, messagesPerChat: 3, idleMs: 60_000 });
    const chat = chats.open(1);
    for (let i = 1; i <= 5; i++) chats.post(chat, noticeCard(`m${i}`));
    expect(chat.messages.map((entry) => entry.n)).toEqual([3, 4, 5]);
    expect(chats.message(chat, 2)).toBeUndefined();
    chats.said(chat, 'hello');
    expect(chats.message(chat, 6)).toBeUndefined(); // what the person said is no card
    const second = chats.open(2);
    chats.open(3);
    expect(chats.get(chat.id)).toBeUndefined();
    expect(chats.get(second.id)).toBe(second);
  });

  it('sessions: random ids and tokens, checked in constant time; cookies read from the header', () => {
    const sessions = new WebSessions();
    const one = sessions.create();
    const two = sessions.create();
    expect(one.id).not.toBe(two.id);
    expect(one.csrf).toMatch(/^[\w-]{32}$/);
    expect(sessions.get(one.id)).toBe(one);
    expect(sessions.get(undefined)).toBeUndefined();
    expect(csrfMatches(one, one.csrf)).toBe(true);
    for (const given of [two.csrf, '', undefined, 42, ['x'], one.csrf.slice(1)]) expect(csrfMatches(one, given)).toBe(false);
    expect(csrfMatches(undefined, one.csrf)).toBe(false);
    expect(readCookie(`a=1; skillcheck_try=${one.id}; b=2`, 'skillcheck_try')).toBe(one.id);
    expect(readCookie('skillcheck_tryx=1', 'skillcheck_try')).toBeUndefined();
    expect(readCookie(undefined, 'skillcheck_try')).toBeUndefined();
  });
});
