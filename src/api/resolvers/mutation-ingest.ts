import { ingestArticle, ingestTriples, type IngestOutcome } from '../../pipeline.ts';
import type { Result } from '../../errors.ts';
import { readArticle } from '../../store/index.ts';
import type { RequestContext } from '../context.ts';

async function toIngestResult(result: Result<IngestOutcome>, context: RequestContext) {
  if (!result.success) throw result.error;
  const { data } = result;
  return {
    status: data.status,
    meetingCount: data.meetingIds.length,
    mergedMeetingCount: data.mergedMeetingCount,
    article: () => readArticle(context.graph, data.url),
  };
}

/** `ingestTriples`: the ingest format, validated, linked and stored in one transaction. */
export async function mutationIngestTriples(_: unknown, args: { input: unknown }, context: RequestContext) {
  return toIngestResult(await ingestTriples(context.pipeline, args.input), context);
}

/** `ingestArticle`: text or HTML, extracted, then stored like `ingestTriples`. */
export async function mutationIngestArticle(_: unknown, args: { input: unknown }, context: RequestContext) {
  return toIngestResult(await ingestArticle(context.pipeline, args.input), context);
}
