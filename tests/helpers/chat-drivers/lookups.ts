import { employeeId } from '../test-app.js';
import { EMPLOYEE_NUMBER, type ChatDriver, type ChatMessage, type DemoPerson } from './driver.js';

/** What every shared chat suite asks of its driver: a person's messages, the latest one matching, their employee id, a command as typed on the platform. */
export function chatLookups(chat: () => ChatDriver) {
  const all = (person: DemoPerson) => chat().messages(person);
  const latest = async (person: DemoPerson, pattern: RegExp): Promise<ChatMessage> => {
    const found = (await all(person)).filter((message) => pattern.test(message.text)).at(-1);
    if (!found) throw new Error(`no message matching ${pattern} for ${person}:\n${(await all(person)).map((m) => `- ${m.text.slice(0, 120)}`).join('\n')}`);
    return found;
  };
  const idOf = (person: Exclude<DemoPerson, 'stranger'>) => employeeId(chat().server.db, EMPLOYEE_NUMBER[person]);
  const cmd = (words: string) => chat().commandText(words);
  return { all, latest, idOf, cmd };
}
