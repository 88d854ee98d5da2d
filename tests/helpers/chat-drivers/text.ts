/** Platform formatting taken out of a text, so the suite's expectations read the same on every platform. */
export function plainOf(value: string): string {
  return value
    .replace(/<(https?:\/\/[^|>]+)\|([^>]+)>/g, '$2') // Slack links
    .replace(/\[([^\]]*)\]\((https?:\/\/[^)]+)\)/g, '$1') // Markdown links
    .replace(/\\([\\[\]*_`])/g, '$1')
    .replace(/\*\*|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`/g, '')
    .replace(/(?<![\w])_(?=\S)|(?<=\S)_(?![\w])/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
