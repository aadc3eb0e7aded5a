// The stored content hash of each article that exists, to skip unchanged re-ingests.
UNWIND $urls AS url
MATCH (a:Article {url: url})
RETURN a.url AS url, a.contentHash AS contentHash
