import { z } from 'zod';

/**
 * The JSON shapes the REST API answers with: the core's view models, described once here. The
 * OpenAPI document is generated from these, and the tests check real responses against them.
 */
const category = z.enum(['CORE', 'NICE_TO_HAVE']).nullable();
const difficulty = z.enum(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']);
const progressStatus = z.enum(['NOT_STARTED', 'IN_PROGRESS', 'DONE']);
const isoDate = z.string().describe('ISO 8601 timestamp');

export const employeeViewSchema = z.object({
  id: z.number().int(),
  employeeNumber: z.string(),
  name: z.string(),
  email: z.string(),
  title: z.string(),
  timezone: z.string().nullable(),
  role: z.object({ id: z.number().int(), key: z.string(), name: z.string() }).nullable(),
  manager: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});

const skillStanding = z.object({
  skillId: z.number().int(),
  name: z.string(),
  category,
  targetLevel: z.number().int().nullable(),
  claimedLevel: z.number().int().nullable(),
});

export const profileViewSchema = z.object({
  employee: employeeViewSchema,
  summary: z.string(),
  strengths: z.array(skillStanding),
  weaknesses: z.array(skillStanding),
  missing: z.array(skillStanding),
  belowTarget: z.array(skillStanding),
  additional: z.array(skillStanding),
  expectedSkills: z.array(skillStanding),
});

export const assessmentViewSchema = z.object({
  sessionId: z.number().int(),
  employeeId: z.number().int(),
  status: z.enum(['STARTED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED']),
  attempt: z.number().int(),
  resumed: z.boolean(),
  startedAt: isoDate,
  questionsGeneratedAt: isoDate.nullable(),
  completedAt: isoDate.nullable(),
  skills: z.array(z.object({ skillId: z.number().int(), name: z.string(), category })),
  questionsPerSkill: z.number().int(),
  totalQuestions: z.number().int(),
  answeredCount: z.number().int(),
});

export const questionViewSchema = z.object({
  sessionId: z.number().int(),
  questionId: z.number().int(),
  number: z.number().int(),
  total: z.number().int(),
  skill: z.object({ id: z.number().int(), name: z.string() }),
  difficulty,
  stem: z.string(),
  options: z.array(z.object({ key: z.enum(['A', 'B', 'C', 'D']), text: z.string() })),
  selectedOption: z.enum(['A', 'B', 'C', 'D']).nullable(),
});

export const questionSetViewSchema = z.object({ assessment: assessmentViewSchema, questions: z.array(questionViewSchema) });

export const resultsViewSchema = z.object({
  sessionId: z.number().int(),
  employeeId: z.number().int(),
  completedAt: isoDate,
  threshold: z.number().int(),
  overallScore: z.number().int(),
  skills: z.array(
    z.object({
      skillId: z.number().int(),
      name: z.string(),
      category,
      asked: z.number().int(),
      correct: z.number().int(),
      score: z.number().int(),
      isGap: z.boolean(),
    }),
  ),
  gaps: z.array(
    z.object({ skillId: z.number().int(), name: z.string(), category: z.enum(['CORE', 'NICE_TO_HAVE']), score: z.number().int(), shortfall: z.number().int() }),
  ),
});

export const learningItemViewSchema = z.object({
  contentId: z.number().int(),
  position: z.number().int(),
  title: z.string(),
  type: z.enum(['VIDEO', 'COURSE', 'ARTICLE']),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
  minutes: z.number().int(),
  difficulty,
  source: z.string(),
  reason: z.string(),
  status: progressStatus,
});

export const learningPathViewSchema = z.object({
  pathId: z.number().int(),
  employeeId: z.number().int(),
  sessionId: z.number().int(),
  generatedAt: isoDate,
  threshold: z.number().int(),
  groups: z.array(
    z.object({ skill: z.object({ id: z.number().int(), name: z.string() }), category, score: z.number().int(), items: z.array(learningItemViewSchema) }),
  ),
  completion: z.object({ total: z.number().int(), done: z.number().int(), inProgress: z.number().int(), percent: z.number().int(), completed: z.boolean() }),
});

const stepKey = z.enum(['PROFILE_LOADED', 'ASSESSMENT_COMPLETED', 'RECOMMENDATIONS_GENERATED', 'LEARNING_IN_PROGRESS']);
export const progressBarViewSchema = z.object({
  employeeId: z.number().int(),
  steps: z.array(z.object({ key: stepKey, label: z.string(), done: z.boolean() })),
  completedSteps: z.number().int(),
  totalSteps: z.number().int(),
  percent: z.number().int(),
  currentStep: stepKey,
  currentStepLabel: z.string(),
  learning: z.object({
    total: z.number().int(),
    done: z.number().int(),
    inProgress: z.number().int(),
    notStarted: z.number().int(),
    percent: z.number().int(),
    completed: z.boolean(),
  }),
});

export const contentProgressViewSchema = z.object({
  contentId: z.number().int(),
  title: z.string(),
  url: z.string(),
  status: progressStatus,
  changed: z.boolean(),
  progress: progressBarViewSchema,
});

export const dashboardViewSchema = z.object({
  profile: profileViewSchema,
  assessment: assessmentViewSchema.nullable(),
  results: resultsViewSchema.nullable(),
  learningPath: learningPathViewSchema.nullable(),
  progress: progressBarViewSchema,
});

export const teamViewSchema = z.object({
  manager: employeeViewSchema,
  reports: z.array(
    z.object({
      employee: employeeViewSchema,
      progress: progressBarViewSchema,
      latestResults: resultsViewSchema.nullable(),
    }),
  ),
});

const sectionCounts = z.object({ received: z.number().int(), created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
export const importReportSchema = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  counts: z.object({ skills: sectionCounts, roles: sectionCounts, content: sectionCounts, employees: sectionCounts, questionBank: sectionCounts }),
  rejected: z.array(
    z.object({ section: z.enum(['skills', 'roles', 'content', 'employees', 'questionBank']), source: z.string(), key: z.string().nullable(), reason: z.string() }),
  ),
});

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
