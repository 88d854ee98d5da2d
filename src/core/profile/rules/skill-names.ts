/**
 * Normalises a skill name or alias so different spellings meet: case, accents, surrounding and
 * inner spaces, and punctuation that people vary ("Node.js", "NodeJS", "node js" -> "nodejs").
 * "+" and "#" are kept so "C++" and "C#" stay distinct from "C". Letters and digits of every script are
 * kept, so names in other alphabets ("Бухгалтерия", "日本語") stay distinct too.
 */
export function normalizeSkillName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, '');
}
