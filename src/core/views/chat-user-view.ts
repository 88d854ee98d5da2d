/** The employee behind a chat user: what the chat adapters need on every click, read in one statement. */
export interface ChatUserView {
  id: number;
  name: string;
  timezone: string | null;
}
