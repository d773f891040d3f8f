-- Warta store, schema version 1: one row per article, one row per extracted item, all keyed by the
-- article's content hash. Wide columns (names, countries) are copied from the entities so that claim,
-- quote and event filters need no joins.
CREATE TABLE articles (
  key VARCHAR PRIMARY KEY,
  seq BIGINT NOT NULL,
  id VARCHAR NOT NULL,
  url VARCHAR, site VARCHAR, path VARCHAR,
  language VARCHAR, title VARCHAR, published DATE, published_text VARCHAR, dateline VARCHAR,
  text_length INTEGER, minhash BLOB, ingested TIMESTAMP,
  record VARCHAR NOT NULL
);

CREATE TABLE entities (
  article_key VARCHAR NOT NULL, entity_id VARCHAR, type VARCHAR, name VARCHAR, country VARCHAR,
  sector VARCHAR, role VARCHAR, mention_count INTEGER
);
CREATE TABLE mentions (
  article_key VARCHAR NOT NULL, entity_id VARCHAR, start_cp INTEGER, end_cp INTEGER, text VARCHAR
);
CREATE TABLE quantities (
  article_key VARCHAR NOT NULL, ord INTEGER, text VARCHAR, start_cp INTEGER, end_cp INTEGER,
  value DOUBLE, min DOUBLE, max DOUBLE, approximate BOOLEAN, unit VARCHAR, category VARCHAR
);
CREATE TABLE quotes (
  article_key VARCHAR NOT NULL, article_id VARCHAR, ord INTEGER, text VARCHAR, start_cp INTEGER, end_cp INTEGER,
  speaker_id VARCHAR, speaker VARCHAR, speaker_country VARCHAR, cue VARCHAR, direct BOOLEAN,
  published DATE, site VARCHAR, language VARCHAR
);
CREATE TABLE claims (
  article_key VARCHAR NOT NULL, article_id VARCHAR, claim_id VARCHAR, predicate VARCHAR,
  value DOUBLE, min DOUBLE, max DOUBLE, approximate BOOLEAN, object VARCHAR, object_text VARCHAR,
  claimant_id VARCHAR, claimant VARCHAR, claimant_country VARCHAR, via VARCHAR,
  agent_id VARCHAR, agent VARCHAR, agent_country VARCHAR,
  affected_id VARCHAR, affected VARCHAR, affected_country VARCHAR,
  place_id VARCHAR, place VARCHAR, period_from VARCHAR, period_to VARCHAR,
  status VARCHAR, confidence DOUBLE, evidence_start INTEGER, evidence_end INTEGER,
  day DATE, published DATE, site VARCHAR
);
CREATE TABLE claim_responses (
  article_key VARCHAR NOT NULL, claim_id VARCHAR, party_id VARCHAR, party VARCHAR, party_country VARCHAR,
  stance VARCHAR, start_cp INTEGER, end_cp INTEGER
);
CREATE TABLE events (
  article_key VARCHAR NOT NULL, article_id VARCHAR, event_id VARCHAR, type VARCHAR, mode VARCHAR,
  actors VARCHAR, actor_countries VARCHAR, recipients VARCHAR, recipient_countries VARCHAR,
  modality VARCHAR, date VARCHAR, place VARCHAR, trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
  claim_ids VARCHAR, confidence DOUBLE, day DATE, published DATE, site VARCHAR
);
CREATE TABLE story_clusters (
  article_key VARCHAR NOT NULL, cluster VARCHAR NOT NULL, similarity DOUBLE
);
