MATCH (a:Article {url: $url})
RETURN a {
  .url, .title, .published, .lang, .contentHash,
  meetingIds: [(a)<-[:REPORTED_BY]-(m:Meeting) | m.id]
} AS article
