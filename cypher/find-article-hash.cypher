// The stored content hash of an article, to skip unchanged re-ingests.
MATCH (a:Article {url: $url})
RETURN a.contentHash AS contentHash
