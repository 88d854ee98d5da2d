import { describe, expect, it } from 'vitest';
import {
  compareProfile,
  measuredProfileSummary,
  templateProfileSummary,
  type ClaimedSkill,
  type ExpectedSkill,
} from '../../../src/core/profile/rules/profile-comparison.js';
import { normalizeSkillName } from '../../../src/core/profile/rules/skill-names.js';

const expectedSkills: ExpectedSkill[] = [
  { skillId: 1, name: 'TypeScript', category: 'CORE', targetLevel: 3 },
  { skillId: 2, name: 'SQL', category: 'CORE', targetLevel: 3 },
  { skillId: 3, name: 'Docker', category: 'NICE_TO_HAVE', targetLevel: 2 },
  { skillId: 4, name: 'AWS', category: 'CORE', targetLevel: 2 },
  { skillId: 5, name: 'GraphQL', category: 'NICE_TO_HAVE', targetLevel: 2 },
];

const claimedSkills: ClaimedSkill[] = [
  { skillId: 9, name: 'Rust', level: 2 },
  { skillId: 3, name: 'Docker', level: 4 },
  { skillId: 2, name: 'SQL', level: 2 },
  { skillId: 1, name: 'TypeScript', level: 3 },
  { skillId: 8, name: 'Go', level: 1 },
];

const names = (skills: { name: string }[]) => skills.map((skill) => skill.name);

describe('compareProfile', () => {
  const comparison = compareProfile(expectedSkills, claimedSkills);

  it('puts a skill claimed exactly at its target level among the strengths, with both levels', () => {
    expect(comparison.strengths).toContainEqual({ skillId: 1, name: 'TypeScript', category: 'CORE', targetLevel: 3, claimedLevel: 3 });
  });

  it('sorts strengths core first, then by name', () => {
    expect(names(comparison.strengths)).toEqual(['TypeScript', 'Docker']);
  });

  it('puts a skill claimed one level under its target below target', () => {
    expect(comparison.belowTarget).toEqual([{ skillId: 2, name: 'SQL', category: 'CORE', targetLevel: 3, claimedLevel: 2 }]);
  });

  it('lists expected skills that are not claimed as missing, with no claimed level', () => {
    expect(comparison.missing).toEqual([
      { skillId: 4, name: 'AWS', category: 'CORE', targetLevel: 2, claimedLevel: null },
      { skillId: 5, name: 'GraphQL', category: 'NICE_TO_HAVE', targetLevel: 2, claimedLevel: null },
    ]);
  });

  it('gives weaknesses as missing and below target together, core first, then by name', () => {
    expect(names(comparison.weaknesses)).toEqual(['AWS', 'SQL', 'GraphQL']);
    expect(comparison.weaknesses).toHaveLength(comparison.missing.length + comparison.belowTarget.length);
  });

  it('lists claimed skills the role does not expect as additional, by name, without category or target', () => {
    expect(comparison.additional).toEqual([
      { skillId: 8, name: 'Go', category: null, targetLevel: null, claimedLevel: 1 },
      { skillId: 9, name: 'Rust', category: null, targetLevel: null, claimedLevel: 2 },
    ]);
  });

  it('counts expected and core skills', () => {
    expect(comparison.expectedCount).toBe(5);
    expect(comparison.coreCount).toBe(3);
  });

  it('places every expected skill in exactly one of strengths, below target and missing', () => {
    const placed = [...comparison.strengths, ...comparison.belowTarget, ...comparison.missing].map((skill) => skill.skillId).sort();
    expect(placed).toEqual([1, 2, 3, 4, 5]);
  });

  it('counts a skill claimed at level 0 as below target, not missing', () => {
    const result = compareProfile([{ skillId: 1, name: 'SQL', category: 'CORE', targetLevel: 1 }], [{ skillId: 1, name: 'SQL', level: 0 }]);
    expect(result.missing).toEqual([]);
    expect(result.belowTarget).toEqual([{ skillId: 1, name: 'SQL', category: 'CORE', targetLevel: 1, claimedLevel: 0 }]);
  });

  it('sorts a longer list of strengths core first and alphabetically within each category', () => {
    const expected: ExpectedSkill[] = [
      { skillId: 1, name: 'Kafka', category: 'NICE_TO_HAVE', targetLevel: 1 },
      { skillId: 2, name: 'Python', category: 'CORE', targetLevel: 1 },
      { skillId: 3, name: 'Airflow', category: 'NICE_TO_HAVE', targetLevel: 1 },
      { skillId: 4, name: 'Java', category: 'CORE', targetLevel: 1 },
    ];
    const claimed = expected.map((skill) => ({ skillId: skill.skillId, name: skill.name, level: 5 }));
    expect(names(compareProfile(expected, claimed).strengths)).toEqual(['Java', 'Python', 'Airflow', 'Kafka']);
  });

  it('with nothing expected, every claimed skill is additional', () => {
    const result = compareProfile([], claimedSkills);
    expect(result.strengths).toEqual([]);
    expect(result.weaknesses).toEqual([]);
    expect(names(result.additional)).toEqual(['Docker', 'Go', 'Rust', 'SQL', 'TypeScript']);
    expect(result.expectedCount).toBe(0);
    expect(result.coreCount).toBe(0);
  });

  it('with nothing claimed, every expected skill is missing', () => {
    const result = compareProfile(expectedSkills, []);
    expect(names(result.missing)).toEqual(['AWS', 'SQL', 'TypeScript', 'Docker', 'GraphQL']);
    expect(result.weaknesses).toEqual(result.missing);
    expect(result.strengths).toEqual([]);
    expect(result.belowTarget).toEqual([]);
    expect(result.additional).toEqual([]);
  });

  it('is all empty for empty input', () => {
    expect(compareProfile([], [])).toEqual({
      strengths: [],
      belowTarget: [],
      missing: [],
      weaknesses: [],
      additional: [],
      expectedCount: 0,
      coreCount: 0,
    });
  });

  it('does not reorder the lists it is given', () => {
    const expected = structuredClone(expectedSkills);
    const claimed = structuredClone(claimedSkills);
    compareProfile(expected, claimed);
    expect(expected).toEqual(expectedSkills);
    expect(claimed).toEqual(claimedSkills);
  });
});

describe('templateProfileSummary', () => {
  const comparison = compareProfile(expectedSkills, claimedSkills);

  it('summarises strengths, missing and below-target skills, by first name', () => {
    expect(templateProfileSummary('Priya Sharma', 'Backend Developer', comparison)).toBe(
      'Priya meets the target in 2 of the 5 skills a Backend Developer is expected to have. ' +
        'Strengths: TypeScript, Docker. Not yet listed: AWS, GraphQL. Below target: SQL. ' +
        'The assessment covers every expected skill, so the gaps can be measured.',
    );
  });

  it('says "an" before a role that starts with a vowel', () => {
    expect(templateProfileSummary('Maya Chen', 'Engineering Manager', comparison)).toMatch(/ skills an Engineering Manager is expected to have\./);
  });

  it('says the assessment will confirm it when every expected skill meets its target', () => {
    const allMet = compareProfile(expectedSkills.slice(0, 2), [
      { skillId: 1, name: 'TypeScript', level: 3 },
      { skillId: 2, name: 'SQL', level: 5 },
    ]);
    expect(templateProfileSummary('Daniel Okafor', 'Data Engineer', allMet)).toBe(
      'Daniel meets the target in 2 of the 2 skills a Data Engineer is expected to have. ' +
        'Strengths: SQL, TypeScript. ' +
        'Every expected skill is claimed at its target level; the assessment will confirm it.',
    );
  });

  it('leaves out the strengths sentence when there are none', () => {
    const none = compareProfile(expectedSkills.slice(0, 2), []);
    expect(templateProfileSummary('Olga', 'Data Engineer', none)).toBe(
      'Olga meets the target in 0 of the 2 skills a Data Engineer is expected to have. ' +
        'Not yet listed: SQL, TypeScript. ' +
        'The assessment covers every expected skill, so the gaps can be measured.',
    );
  });

  it('names at most four skills in a list and counts the rest', () => {
    const expected: ExpectedSkill[] = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((name, index) => ({
      skillId: index + 1,
      name,
      category: 'CORE',
      targetLevel: 1,
    }));
    const summary = templateProfileSummary('Sam Lee', 'Tester', compareProfile(expected, []));
    expect(summary).toContain('Not yet listed: A1, A2, A3, A4 and 2 more.');
  });

  it('names exactly four skills without "more"', () => {
    const expected: ExpectedSkill[] = ['A1', 'A2', 'A3', 'A4'].map((name, index) => ({
      skillId: index + 1,
      name,
      category: 'CORE',
      targetLevel: 1,
    }));
    const summary = templateProfileSummary('Sam Lee', 'Tester', compareProfile(expected, []));
    expect(summary).toContain('Not yet listed: A1, A2, A3, A4.');
    expect(summary).not.toContain('more');
  });

  it('says there is nothing to compare with when there is no role', () => {
    expect(templateProfileSummary('Priya Sharma', null, comparison)).toBe(
      'Priya has no role with expected skills yet, so there is nothing to compare with.',
    );
    expect(templateProfileSummary('Priya Sharma', '', comparison)).toBe(
      'Priya has no role with expected skills yet, so there is nothing to compare with.',
    );
  });

  it('says there is nothing to compare with when the role expects no skills', () => {
    expect(templateProfileSummary('Priya Sharma', 'Intern', compareProfile([], claimedSkills))).toBe(
      'Priya has no role with expected skills yet, so there is nothing to compare with.',
    );
  });

  it('uses a one-word name whole', () => {
    expect(templateProfileSummary('Cher', null, comparison)).toBe('Cher has no role with expected skills yet, so there is nothing to compare with.');
  });
});

describe('normalizeSkillName', () => {
  it('lets the usual spellings of one skill meet', () => {
    for (const spelling of ['Node.js', 'NodeJS', 'node js', 'nodejs', '  NODE . JS  ', 'Node-JS', 'node_js']) {
      expect(normalizeSkillName(spelling)).toBe('nodejs');
    }
  });

  it('keeps + and # so C++ and C# stay distinct from C', () => {
    expect(normalizeSkillName('C++')).toBe('c++');
    expect(normalizeSkillName('C#')).toBe('c#');
    expect(normalizeSkillName('C')).toBe('c');
    expect(normalizeSkillName('F#')).toBe('f#');
    expect(new Set(['C', 'C++', 'C#'].map(normalizeSkillName)).size).toBe(3);
  });

  it('drops accents', () => {
    expect(normalizeSkillName('Café')).toBe('cafe');
    expect(normalizeSkillName('Ångström')).toBe('angstrom');
    expect(normalizeSkillName('Éclair-Crème')).toBe('eclaircreme');
  });

  it('folds compatibility characters (full-width letters, ligatures)', () => {
    expect(normalizeSkillName('ＳＱＬ')).toBe('sql');
    expect(normalizeSkillName('ﬁnance')).toBe('finance');
  });

  it('keeps digits', () => {
    expect(normalizeSkillName('ES2022')).toBe('es2022');
    expect(normalizeSkillName('Python 3')).toBe('python3');
  });

  it('drops punctuation people vary', () => {
    expect(normalizeSkillName('.NET')).toBe('net');
    expect(normalizeSkillName('CI/CD')).toBe('cicd');
    expect(normalizeSkillName("Rock 'n' Roll!")).toBe('rocknroll');
  });

  it('folds only case, accents, spaces and punctuation: letters of other scripts are kept, so different skills do not meet', () => {
    expect(normalizeSkillName('Бухгалтерия')).not.toBe('');
    expect(normalizeSkillName('日本語')).not.toBe('');
    expect(normalizeSkillName('Бухгалтерия')).not.toBe(normalizeSkillName('Логистика'));
  });

  it('turns an empty or blank name into an empty string', () => {
    expect(normalizeSkillName('')).toBe('');
    expect(normalizeSkillName('   ')).toBe('');
  });

  it('is idempotent', () => {
    for (const name of ['Node.js', 'C++', 'Éclair-Crème', 'CI/CD']) {
      expect(normalizeSkillName(normalizeSkillName(name))).toBe(normalizeSkillName(name));
    }
  });
});

describe('measuredProfileSummary', () => {
  const skill = (name: string, verdict: 'GAP' | 'ON_TARGET' | 'NOT_SURE', low = 2, high = 3) => ({
    skillId: name.length,
    name,
    category: 'CORE' as const,
    targetLevel: 3,
    verdict,
    certainty: 0.93,
    level: { low, high },
    answers: 2,
  });

  it('speaks of what was measured against the targets, not of the claims', () => {
    const text = measuredProfileSummary('Priya Natarajan', 'Full-stack Developer', 10, [
      skill('React', 'ON_TARGET', 3, 4),
      skill('SQL', 'GAP', 1, 2),
      skill('Docker', 'NOT_SURE'),
      skill('Git', 'NOT_SURE'),
    ]);
    expect(text).toBe(
      'Measured for a Full-stack Developer: Priya is on target in 1 of 10 expected skills and has 1 gap. On target: React. Gaps: SQL (level 1-2, target 3). Not sure yet about 2 skills: check-ins will tell. 6 skills are not measured yet.',
    );
  });

  it('says every skill once, with counts that add up', () => {
    const text = measuredProfileSummary('Ada Lovelace', 'Engineer', 1, [skill('SQL', 'GAP', 2, 2)]);
    expect(text).toBe('Measured for an Engineer: Ada is on target in 0 of 1 expected skills and has 1 gap. Gaps: SQL (level 2, target 3).');
  });
});
