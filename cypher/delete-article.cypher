// Last step of retracting an article: the Article node itself.
MATCH (a:Article {url: $url})
DETACH DELETE a
