import { z } from 'zod';
import { DIAGRAM_KINDS } from '../types.ts';

/** Attributes of `:::diagram{kind=… title="…" …}`: one strict schema per kind, plus all of them. */

const text = z.string().trim().min(1, 'must not be empty');

const laneList = z
  .string()
  .transform((value) => value.split(/[,，]/).map((lane) => lane.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.string())
      .min(2, 'must name at least 2 lanes, separated by commas')
      .max(6, 'may name at most 6 lanes')
      .refine((lanes) => new Set(lanes).size === lanes.length, 'must not name a lane twice'),
  );

const cols = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.number().int().min(1, 'must be at least 1').max(4, 'may be at most 4'));

const title = text.max(80, 'must be at most 80 characters').optional();

export const diagramAttributeSchemas = {
  cycle: z.strictObject({ kind: z.literal('cycle'), title, center: text.optional() }),
  flow: z.strictObject({ kind: z.literal('flow'), title, lanes: laneList.optional() }),
  matrix: z.strictObject({ kind: z.literal('matrix'), title, x: text.optional(), y: text.optional(), cols: cols.optional() }),
  funnel: z.strictObject({ kind: z.literal('funnel'), title }),
  hierarchy: z.strictObject({ kind: z.literal('hierarchy'), title, layout: z.enum(['tree', 'ladder']).optional() }),
  timeline: z.strictObject({ kind: z.literal('timeline'), title }),
} as const;

/** Every attribute any kind accepts; used when the kind itself is missing or unknown. */
export const diagramAttributeSchema = z.strictObject({
  kind: z.enum(DIAGRAM_KINDS),
  title,
  center: text.optional(),
  lanes: laneList.optional(),
  x: text.optional(),
  y: text.optional(),
  cols: cols.optional(),
  layout: z.enum(['tree', 'ladder']).optional(),
});

export type DiagramAttributes = z.infer<typeof diagramAttributeSchema>;
