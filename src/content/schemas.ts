import { z } from 'zod';
import { LOCALES } from './types.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes');
const localized = z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, z.string().min(1)])) as Record<(typeof LOCALES)[number], z.ZodString>);

export const courseSchema = z.strictObject({
  id: slug,
  title: localized,
  passMark: z.number().min(0).max(1).default(0.8),
  test: z
    .strictObject({
      questions: z.number().int().min(1).max(20).default(5),
      cooldownMinutes: z.number().int().min(0).max(7 * 24 * 60).default(0),
      attemptsPerDay: z.number().int().min(0).max(100).default(0),
    })
    .default({ questions: 5, cooldownMinutes: 0, attemptsPerDay: 0 }),
  chapters: z.array(z.strictObject({ id: slug, title: localized })).min(1),
});
export type CourseConfig = z.infer<typeof courseSchema>;

export const frontmatterSchema = z.strictObject({
  id: slug,
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  duration: z.number().int().positive().max(600),
  objectives: z.array(z.strictObject({ id: slug, text: z.string().trim().min(1) })).min(1),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const finite = z
  .string()
  .trim()
  .regex(/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/, 'must be a number')
  .transform(Number);
const quizId = z.string().regex(/^q-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must start with "q-" followed by lowercase letters, digits and dashes');

const quizCommon = {
  id: quizId,
  objective: slug.optional(),
  shuffle: flag.optional(),
};

/** One strict schema per quiz type, so an attribute that means nothing for that type is an error. */
export const quizAttributeSchemas = {
  single: z.strictObject({ ...quizCommon, type: z.literal('single') }),
  multiple: z.strictObject({ ...quizCommon, type: z.literal('multiple'), partial: flag.optional() }),
  truefalse: z.strictObject({ ...quizCommon, type: z.literal('truefalse'), answer: flag.optional() }),
  numeric: z.strictObject({
    ...quizCommon,
    type: z.literal('numeric'),
    answer: finite.optional(),
    tolerance: finite.pipe(z.number().min(0)).optional(),
    unit: z.string().max(20).optional(),
    signed: z.literal('either').optional(),
  }),
  order: z.strictObject({ ...quizCommon, type: z.literal('order') }),
} as const;
export type QuizType = keyof typeof quizAttributeSchemas;
export const QUIZ_TYPES = Object.keys(quizAttributeSchemas) as QuizType[];

export const calloutAttributeSchema = z.strictObject({
  type: z.enum(['tip', 'warning', 'case']),
  title: z.string().trim().min(1).optional(),
});

export const chartAttributeSchema = z.strictObject({
  data: slug,
  type: z.enum(['line', 'bar', 'funnel']),
  title: z.string().trim().min(1).optional(),
  unit: z.string().max(20).optional(),
});

export const notesAttributeSchema = z.strictObject({});

/** Chart data in JSON form; CSV is parsed into the same shape. */
export const chartDataSchema = z.strictObject({
  columns: z.array(z.string().min(1)).min(2),
  rows: z.array(z.array(z.union([z.string(), z.number()]))).min(1),
});
