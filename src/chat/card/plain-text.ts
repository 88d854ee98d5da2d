import { bar } from '../format.js';
import type { Card } from './card.js';
import { plain } from './markup.js';

/** A card as plain text, for platforms or clients that show no cards (and for logs and tests). */
export function plainText(card: Card): string {
  const lines: string[] = [];
  for (const block of card.blocks) {
    switch (block.type) {
      case 'heading':
        lines.push(block.text.toUpperCase());
        break;
      case 'text':
      case 'context':
        lines.push(plain(block.text));
        break;
      case 'fields':
        lines.push(...block.fields.map((field) => `${field.label}: ${plain(field.value)}`));
        break;
      case 'progress':
        lines.push(`${block.label} ${bar(block.percent)} ${block.percent}%${block.detail ? ` (${plain(block.detail)})` : ''}`);
        break;
      case 'image':
      case 'picture':
        lines.push(`[${block.alt}]`);
        break;
      case 'buttons':
        lines.push(block.buttons.map((entry) => `[${entry.label}]`).join(' '));
        break;
      case 'divider':
        lines.push('');
        break;
    }
  }
  return lines.join('\n');
}
