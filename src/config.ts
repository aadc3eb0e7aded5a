import path from 'node:path';
import { z } from 'zod';
import { NamedKeysSchema, UnnamedKeysSchema, type ApiKey } from './config-keys.ts';
import { badInput, issuesFromZod } from './errors.ts';

export { sha256, type ApiKey } from './config-keys.ts';

const port = z.coerce.number().int().min(0).max(65535);

/**
 * Parley's settings, read once from the environment. Nothing else reads `process.env`:
 * tests and embedders build their own Config with `loadConfig({...})`.
 */
const ConfigSchema = z.object({
  /** Bolt or routing URI of an existing Neo4j. @default unset: Parley starts a local Neo4j */
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must start with bolt://, neo4j://, bolt+s:// or neo4j+s://').optional(),
  /** @default "neo4j" */
  NEO4J_USERNAME: z.string().default('neo4j'),
  /** @default "" (no auth, as the local Neo4j runs) */
  NEO4J_PASSWORD: z.string().default(''),
  /** @default "neo4j" */
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Where the local Neo4j keeps its store. @default ".parley/neo4j" */
  PARLEY_DATA_DIR: z.string().min(1).default('.parley/neo4j'),
  /** Bolt port of the local Neo4j. @default 7687 */
  PARLEY_NEO4J_PORT: port.default(7687),
  /** Page cache of the local Neo4j in MiB. @default 256 */
  PARLEY_NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(256),
  /** HTTP host of the API. @default "127.0.0.1" */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** HTTP port of the API. @default 4000 */
  PORT: port.default(4000),
  /**
   * Named API keys that may write, comma-separated: `name:key` or `name:sha256:<64 hex>` (the
   * key already hashed). Names are 1–64 of `A-Z a-z 0-9 _ . -`; curation records the caller's
   * key name as `by`. Plain keys are hashed on load and never kept. @default unset
   */
  PARLEY_API_KEYS: NamedKeysSchema.optional(),
  /** The older form of PARLEY_API_KEYS: keys without names, which are called key-1, key-2, … in order. */
  PARLEY_API_KEY: UnnamedKeysSchema.optional(),
  /** Whether reads need a key too when keys are set: "open" or "keys". @default "open" */
  PARLEY_READS: z.enum(['open', 'keys']).default('open'),
  /** Browser origins allowed to call the API (comma-separated); unset allows the same origin only. */
  PARLEY_CORS_ORIGINS: z.string().optional(),
  /** Requests a minute per key (or per client address without one). @default 600 */
  PARLEY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Longest a Cypher transaction may run before Neo4j cancels it, in ms. @default 15000 */
  PARLEY_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /**
   * Which operations the API runs: "any" document, or only "persisted" ones (the explorer's, plus
   * those of PARLEY_PERSISTED_OPERATIONS_FILE), sent by SHA-256 hash. @default "any"
   */
  PARLEY_OPERATIONS: z.enum(['any', 'persisted']).default('any'),
  /** A JSON object of SHA-256 hex hash to GraphQL document: your clients' persisted operations. */
  PARLEY_PERSISTED_OPERATIONS_FILE: z.string().min(1).optional(),
  /**
   * Keeps answers to repeated queries in memory until the graph changes: "on" or "off". Writes
   * through this process invalidate at once, writes elsewhere within 2 s. @default "on"
   */
  PARLEY_RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
  /** Extraction worker threads. @default the machine's available parallelism */
  PARLEY_EXTRACT_THREADS: z.coerce.number().int().min(1).max(256).optional(),
  /** Longest one article may take to read, in ms; past it the article fails with ARTICLE_TOO_COMPLEX. @default 5000 */
  PARLEY_EXTRACT_BUDGET_MS: z.coerce.number().int().min(100).default(5000),
  /** Heap of each extraction worker in MB. @default 512 */
  PARLEY_EXTRACT_MEMORY_MB: z.coerce.number().int().min(64).default(512),
  /** Articles the API lets wait for a worker; one more is answered BUSY with Retry-After. @default 16 */
  PARLEY_EXTRACT_QUEUE: z.coerce.number().int().min(0).default(16),
  /** Shows unexpected errors' messages to clients. @default false */
  PARLEY_DEV: z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1'),
});

export interface Config {
  readonly neo4j: {
    /** Set when the user runs their own Neo4j (server, Aura or cluster). */
    readonly uri: string | undefined;
    readonly username: string;
    readonly password: string;
    readonly database: string;
  };
  readonly local: { readonly dataDir: string; readonly port: number; readonly pageCacheMb: number };
  readonly http: { readonly host: string; readonly port: number };
  readonly access: {
    /** The keys that may write, by name and SHA-256; empty means no keys (loopback only). */
    readonly keys: readonly ApiKey[];
    readonly reads: 'open' | 'keys';
    readonly corsOrigins: readonly string[];
    readonly ratePerMinute: number;
  };
  readonly queryTimeoutMs: number;
  readonly operations: {
    /** Only persisted operations run (production); raw documents are refused. */
    readonly persistedOnly: boolean;
    /** Extra persisted operations: a JSON object of SHA-256 hex hash → document. */
    readonly file: string | null;
  };
  readonly responseCache: boolean;
  readonly extraction: { readonly threads: number | undefined; readonly budgetMs: number; readonly memoryMb: number; readonly queue: number };
  readonly dev: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

/** Parses the environment (or the given record) into a frozen Config; names the bad variable on failure. */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ConfigSchema.safeParse(defined);
  if (!parsed.success) throw badInput(issuesFromZod(parsed.error.issues), 'environment');
  const e = parsed.data;
  // Two lists would leave it unclear which names curation records: one form at a time.
  if (e.PARLEY_API_KEYS && e.PARLEY_API_KEY) {
    throw badInput([{ path: 'PARLEY_API_KEY', message: 'set PARLEY_API_KEYS (name:key,…) or the older PARLEY_API_KEY, not both' }], 'environment');
  }
  const keys = e.PARLEY_API_KEYS ?? e.PARLEY_API_KEY ?? [];
  // Secure by default: an API reachable from other machines must not accept anonymous writes.
  if (keys.length === 0 && !LOOPBACK.test(e.HOST)) {
    throw badInput([{ path: 'HOST', message: `binding to ${e.HOST} needs PARLEY_API_KEYS; without keys Parley listens on loopback only` }], 'environment');
  }
  return Object.freeze({
    neo4j: Object.freeze({ uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }),
    local: Object.freeze({ dataDir: path.resolve(cwd, e.PARLEY_DATA_DIR), port: e.PARLEY_NEO4J_PORT, pageCacheMb: e.PARLEY_NEO4J_PAGECACHE_MB }),
    http: Object.freeze({ host: e.HOST, port: e.PORT }),
    access: Object.freeze({
      keys: Object.freeze(keys.map((key) => Object.freeze(key))),
      reads: e.PARLEY_READS,
      corsOrigins: Object.freeze((e.PARLEY_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '')),
      ratePerMinute: e.PARLEY_RATE_LIMIT_PER_MINUTE,
    }),
    queryTimeoutMs: e.PARLEY_QUERY_TIMEOUT_MS,
    operations: Object.freeze({
      persistedOnly: e.PARLEY_OPERATIONS === 'persisted',
      file: e.PARLEY_PERSISTED_OPERATIONS_FILE ? path.resolve(cwd, e.PARLEY_PERSISTED_OPERATIONS_FILE) : null,
    }),
    responseCache: e.PARLEY_RESPONSE_CACHE === 'on',
    extraction: Object.freeze({ threads: e.PARLEY_EXTRACT_THREADS, budgetMs: e.PARLEY_EXTRACT_BUDGET_MS, memoryMb: e.PARLEY_EXTRACT_MEMORY_MB, queue: e.PARLEY_EXTRACT_QUEUE }),
    dev: e.PARLEY_DEV,
  });
}
