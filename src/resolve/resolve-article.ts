import { createHash } from 'node:crypto';
import type { ArticleTriples, Participant, Place, Topic } from '../extract/index.ts';
import type { PersonContext } from './resolver.ts';
import type { DatePrecision, EntityRecord, LinkReason, MeetingRecord, MentionRecord, ResolvedArticle } from './resolved-article.ts';

/** An entity a mention links to, with why and how sure. */
export interface Link extends EntityRecord {
  readonly reason: LinkReason;
  readonly confidence: number;
}


/** Links mentions to entities; `createLinker` builds the knowledge-base one. */
export interface Linker {
  /** Null for a title without a name ("the US Secretary of State"): never a participant. */
  person(mention: Participant, context: PersonContext): Link | null;
  /** The place's most precise entity (venue, city or country), with the country it stands in. */
  place(mention: Place): { readonly place: Link | null; readonly country: Link | null };
  topic(mention: Topic): Link;
  event(mention: Topic): Link;
  /** A country by a name in any script, or by its ISO 3166 alpha-2 code (CN, cn). */
  country(text: string): Link | null;
}

/** Content identity of an article: the same triples always hash the same, key order aside. */
export function contentHashOf(triples: ArticleTriples): string {
  const canonical = JSON.stringify({ title: triples.title, published: triples.published, lang: triples.lang, meetings: triples.meetings });
  return createHash('sha256').update(canonical).digest('hex');
}

export function datePrecisionOf(date: string | null): DatePrecision | null {
  if (date === null) return null;
  if (date.startsWith('--')) return 'day_of_year';
  return (['year', 'month', 'day'] as const)[date.split('-').length - 1] ?? null;
}

/**
 * Links every mention of an article and returns what the store writes: entities, meetings over
 * entity ids, and mentions with their reasons. Pure: the graph is consulted by the store.
 */
export function resolveArticle(triples: ArticleTriples, linker: Linker): ResolvedArticle {
  const entities: EntityRecord[] = [];
  const mentions: MentionRecord[] = [];
  const articlePeople = triples.meetings.flatMap((m) => m.participants);

  const keep = (link: Link | null, text: string | null, evidence: string): string | null => {
    if (link === null) return null;
    entities.push(link);
    if (text !== null) {
      const start = evidence.indexOf(text);
      mentions.push({
        entityId: link.id,
        text,
        start: start >= 0 ? start : null,
        end: start >= 0 ? start + text.length : null,
        reason: link.reason,
        confidence: link.confidence,
      });
    }
    return link.id;
  };

  const meetings: MeetingRecord[] = triples.meetings.map((meeting) => {
    const context: PersonContext = { date: meeting.date ?? triples.published, articlePeople, lang: triples.lang };
    const roles: Record<string, string> = {};
    const participantIds = meeting.participants.flatMap((p) => {
      const link = linker.person(p, context);
      if (link === null) return [];
      if (p.title) roles[link.id] = p.title;
      const country = p.country ? linker.country(p.country) : null;
      keep(country, p.country, meeting.evidence);
      return [keep(country && link.container === null ? { ...link, container: { id: country.id, rel: 'FROM' } } : link, p.name, meeting.evidence) as string];
    });
    let placeId: string | null = null;
    if (meeting.place) {
      const { place, country } = linker.place(meeting.place);
      keep(country, meeting.place.country, meeting.evidence);
      placeId = keep(place, meeting.place.venue ?? meeting.place.city, meeting.evidence);
    }
    const topicIds = meeting.topics.map((t) => keep(linker.topic(t), t.name, meeting.evidence) as string);
    const eventId = meeting.event ? keep(linker.event(meeting.event), meeting.event.name, meeting.evidence) : null;
    const date = meeting.date;
    return {
      kind: meeting.kind,
      date,
      datePrecision: datePrecisionOf(date),
      day: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
      participantIds: [...new Set(participantIds)].sort(),
      roles,
      placeId,
      topicIds: [...new Set(topicIds)],
      eventId,
      evidence: meeting.evidence,
      confidence: meeting.confidence,
    };
  });

  return {
    article: { url: triples.url, title: triples.title, published: triples.published, lang: triples.lang, contentHash: contentHashOf(triples), triples: JSON.stringify(triples) },
    // Linking two spellings of one person in one meeting gives one participant, not a self-meeting.
    meetings: meetings.filter((m) => m.participantIds.length >= 2),
    entities,
    mentions,
  };
}
