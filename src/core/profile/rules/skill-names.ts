/**
 * Normalises a skill name or alias so different spellings meet: case, accents, surrounding and
 * inner spaces, and punctuation that people vary ("Node.js", "NodeJS", "node js" -> "nodejs").
 * "+" and "#" are kept so "C++" and "C#" stay distinct from "C".
 */
export function normalizeSkillName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, '');
}
