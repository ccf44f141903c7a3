/**
 * The Colyseus state every connection to a class room decodes: the class's public facts (code, title,
 * status, how many students and tables). Placements, names and controls travel as messages.
 */
import { schema, t, type SchemaType } from '@colyseus/schema';

export const ClassSchema = schema(
  {
    code: t.string().default(''),
    title: t.string().default(''),
    /** 'gathering' | 'running' | 'ended' */
    status: t.string().default('gathering'),
    students: t.uint16().default(0),
    tables: t.uint8().default(0),
  },
  'ClassSchema',
);
export type ClassSchema = SchemaType<typeof ClassSchema>;
