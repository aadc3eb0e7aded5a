import { z } from 'zod';

const MAX_NAME = 200;

/** A name as written in a source: trimmed, non-empty, bounded. */
const SurfaceName = z.string().trim().min(1, 'must not be empty').max(MAX_NAME, `must be at most ${MAX_NAME} characters`);

/**
 * A meeting date as precise as the source: "2025-02-20", "2025-02", "2025", or "--02-20"
 * (ISO 8601 without a year, for pages that never say which year).
 */
export const MeetingDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, 'must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD')
  .refine(isRealDate, 'is not a calendar date');

function isRealDate(value: string): boolean {
  const [year, month, day] = value.startsWith('--') ? ['2000', ...value.slice(2).split('-')] : value.split('-');
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= last;
}

export const MEETING_KINDS = ['meeting', 'talks', 'phone_call', 'visit', 'multilateral'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const ParticipantSchema = z.object({
  name: SurfaceName,
  aliases: z.array(SurfaceName).max(50).default([]),
  title: z.string().trim().max(MAX_NAME).nullish().transform((v) => v || null),
  country: z.string().trim().max(MAX_NAME).nullish().transform((v) => v || null),
});

export const PlaceSchema = z
  .object({
    city: SurfaceName.nullish().transform((v) => v ?? null),
    country: SurfaceName.nullish().transform((v) => v ?? null),
    /** A venue within the city (Great Hall of the People), when the source names one. */
    venue: SurfaceName.nullish().transform((v) => v ?? null),
    aliases: z.array(SurfaceName).max(50).default([]),
  })
  .refine((place) => place.city !== null || place.country !== null || place.venue !== null, 'needs a city, a country or a venue');

/** Most people one meeting may list: more is a roll call, not a report of who met. */
export const MAX_PARTICIPANTS = 60;
/** Most meetings one article may report. */
export const MAX_MEETINGS = 1000;

export const TopicSchema = z.object({ name: SurfaceName, aliases: z.array(SurfaceName).max(50).default([]) });

export const MeetingSchema = z.object({
  kind: z.enum(MEETING_KINDS),
  participants: z
    .array(ParticipantSchema)
    .min(2, 'a meeting needs at least two named participants')
    .max(MAX_PARTICIPANTS)
    .refine((people) => new Set(people.map((p) => p.name)).size === people.length, 'lists the same participant twice'),
  date: MeetingDate.nullable().default(null),
  place: PlaceSchema.nullable().default(null),
  topics: z.array(TopicSchema).max(50).default([]),
  /** A multilateral event the meeting took place during (G20 foreign ministers' meeting). */
  event: TopicSchema.nullish().transform((v) => v ?? null),
  /** The sentence of the source that states the meeting. */
  evidence: z.string().trim().min(1, 'must quote the sentence that states the meeting').max(4000),
  confidence: z.number().min(0).max(1).default(1),
});

/**
 * Parley's ingest format and the extractor's output: one article and the meetings it reports.
 * `source` (the input path) and `error` are the extractor's bookkeeping and are ignored on ingest.
 */
export const ArticleTriplesSchema = z.object({
  url: z.string().trim().min(1).max(2048).pipe(z.url({ protocol: /^https?$|^file$|^urn$/, message: 'must be an http(s), file or urn URL' })),
  title: z.string().trim().max(1000).nullish().transform((v) => v || null),
  published: MeetingDate.nullish().transform((v) => v ?? null),
  lang: z.enum(LANGS),
  source: z.string().optional(),
  meetings: z.array(MeetingSchema).max(MAX_MEETINGS),
});

export type Participant = z.infer<typeof ParticipantSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type ArticleTriples = z.infer<typeof ArticleTriplesSchema>;
/** What a client may send: defaults not yet applied. */
export type ArticleTriplesInput = z.input<typeof ArticleTriplesSchema>;
