UNWIND $articles AS article
MERGE (a:Article {url: article.url})
SET a.title = article.title,
    a.published = article.published,
    a.lang = article.lang,
    a.contentHash = article.contentHash,
    a.triples = article.triples,
    a.ingestedAt = datetime()
