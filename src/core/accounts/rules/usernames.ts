/** Usernames are kept lower-case and trimmed, so "Ada " and "ada" are one account; an e-mail address also signs in. */
export const normaliseUsername = (raw: string): string => raw.trim().toLowerCase();

/** E-mail addresses are compared the same way as usernames. */
export const normaliseEmail = normaliseUsername;

export const looksLikeEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

export const USERNAME_MAX = 150;

/** Why a (normalised) username cannot be used, in words for a person; null when it can. */
export function usernameProblem(username: string): string | null {
  if (username.length === 0) return 'A username cannot be empty.';
  if (username.length > USERNAME_MAX) return `A username has at most ${USERNAME_MAX} characters.`;
  if (!/^[a-z0-9@.+_-]+$/.test(username)) return 'A username may hold only letters, digits and the characters @ . + - _ (no spaces).';
  return null;
}
