import { buttons, card, context, link, text, type Card } from '../card/card.js';
import { plural } from '../format.js';

/**
 * A one-time sign-in link to the web console, in the person's DM: where it leads, that it works once
 * and for how long, and that it is theirs alone.
 */
export function signInLinkCard(options: { url: string; minutes: number; landing: string }): Card {
  const where =
    options.landing === '/app/team'
      ? 'your team page in the Skillcheck web console'
      : options.landing.startsWith('/app/admin')
        ? 'the admin pages of the Skillcheck web console'
        : 'the Skillcheck web console';
  const about = 'There you see your skill profile, your learning path and your earlier assessments (and, for managers, your team).';
  return card(`Your sign-in link to ${where}: it works once, for ${plural(options.minutes, 'minute')}.`, [
    text(`Here is your sign-in link to ${where}. ${about}`),
    buttons(link('Open the web console', options.url, undefined, undefined, 'primary')),
    context(`The link works once and for ${plural(options.minutes, 'minute')}. It signs in as you: please do not forward it.`),
  ]);
}
