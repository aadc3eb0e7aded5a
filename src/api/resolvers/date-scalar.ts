import { GraphQLScalarType, Kind } from 'graphql';
import { MeetingDate } from '../../extract/index.ts';
import { ParleyError } from '../../errors.ts';

function parseDate(value: unknown): string {
  const parsed = MeetingDate.safeParse(value);
  if (!parsed.success) {
    throw new ParleyError('BAD_USER_INPUT', `Date: ${JSON.stringify(value)} ${parsed.error.issues[0]?.message ?? 'is not a date'}`);
  }
  return parsed.data;
}

/** Dates as precise as their source (2025-02-20, 2025-02, 2025, --02-20), as ISO strings. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDate(ast.value) : parseDate(null)),
});
