import { z } from 'zod';
import { ArticleTriplesSchema } from '../extract/index.ts';

/** Prints the JSON Schema of the ingest format (also checked in as schema/triples.schema.json). */
export function triplesJsonSchema(): unknown {
  return z.toJSONSchema(ArticleTriplesSchema, { io: 'input', unrepresentable: 'any' });
}

export async function runSchema(): Promise<number> {
  process.stdout.write(`${JSON.stringify(triplesJsonSchema(), null, 2)}\n`);
  return 0;
}
