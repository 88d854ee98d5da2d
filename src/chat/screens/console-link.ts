import { buttons, card, context, link, text, type Card } from '../card/card.js';
import { plural } from '../format.js';

/** The console's download of a manager's team report: a sign-in link may lead straight there. */
export const TEAM_REPORT_DOWNLOAD = '/app/team/report.csv';

/**
 * A one-time sign-in link to the web console, in the person's DM: where it leads, that it works once
 * and for how long, and that it is theirs alone.
 */
export function signInLinkCard(options: { url: string; minutes: number; landing: string }): Card {
  if (options.landing === TEAM_REPORT_DOWNLOAD) {
    return card(`Your team report (CSV): a one-time link that downloads it from the web console, for ${plural(options.minutes, 'minute')}.`, [
      text('Bots cannot hand over files in this chat, so your team report is one click away in the Skillcheck web console: the link signs you in and downloads the CSV.'),
      buttons(link('Download the team report', options.url, undefined, undefined, 'primary')),
      context(`The link works once and for ${plural(options.minutes, 'minute')}. It signs in as you: please do not forward it.`),
    ]);
  }
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
