// Applied at every start; each statement is idempotent (IF NOT EXISTS).
// The one file holding several statements: the schema is one unit, run statement by statement.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_iso2 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso2 IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_url IF NOT EXISTS FOR (n:Article) REQUIRE n.url IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE;
CREATE INDEX redirect_from IF NOT EXISTS FOR (n:Redirect) ON (n.from);
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (n:Curation) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_sort_key IF NOT EXISTS FOR (n:Meeting) ON (n.sortKey);
CREATE INDEX meeting_day IF NOT EXISTS FOR (n:Meeting) ON (n.day);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind);
CREATE INDEX meeting_participants IF NOT EXISTS FOR (n:Meeting) ON (n.participantsKey);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX article_ingested_at IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt);
CREATE INDEX curation_at IF NOT EXISTS FOR (n:Curation) ON (n.at);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person) ON EACH [n.names] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX place_names IF NOT EXISTS FOR (n:Place) ON EACH [n.names] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX topic_names IF NOT EXISTS FOR (n:Topic) ON EACH [n.names] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX organization_names IF NOT EXISTS FOR (n:Organization) ON EACH [n.names] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CALL db.awaitIndexes(300);
