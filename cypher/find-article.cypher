// Articles by URL, any number in one statement (a subscription's batch, or one for `article`).
UNWIND $urls AS url
MATCH (a:Article {url: url})
RETURN a {
  .url, .title, .published, .lang, .contentHash,
  meetingIds: [(a)<-[:REPORTED_BY]-(m:Meeting) | m.id]
} AS article
