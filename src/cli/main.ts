import { runExport, runImport } from './backup-commands.ts';
import { runIngest } from './ingest-command.ts';
import { runSchema } from './schema-command.ts';
import { runServe } from './serve-command.ts';
import { runExtract } from './extract-command.ts';

const USAGE = `Usage: parley <command> [options]

Commands:
  serve [--demo]              start the API and explorer (local Neo4j unless NEO4J_URI is set);
                              --demo loads the bundled sample articles first
  ingest FILE|DIR...          load triples or articles (.json, .jsonl, .txt, .html) into the graph
  extract [--jsonl] [--explain] FILE...
                              print the meetings found in articles, one JSON object per input
                              (--explain: why each sentence became a meeting or did not)
  schema                      print the JSON Schema of the ingest format
  export [FILE]               write a backup (articles' triples and curation decisions) as JSON Lines
  export --counts --by year,country_pair [FILE]
                              meeting counts as CSV (or --format jsonl) for pandas, R, spreadsheets
  export --meetings [FILE]    every meeting as an event table: date, kind, participants, countries,
                              place, topics, source URLs (filters: --from --to --countries --topic --kind)
  import FILE                 rebuild the graph from a backup, into an empty database
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  serve: runServe,
  ingest: runIngest,
  extract: runExtract,
  schema: runSchema,
  export: runExport,
  import: runImport,
};

/** Runs one CLI command and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`parley: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command(args);
}
