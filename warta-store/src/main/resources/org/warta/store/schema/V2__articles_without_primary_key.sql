-- Warta store, schema version 2: the articles table without its primary key. The key's index cost about a
-- third of the database's write time at 10,000 articles and grows with the store; the store keeps keys
-- unique itself (it looks up a batch's content hashes before writing it, under its write lock).
CREATE TABLE articles_v2 (
  key VARCHAR NOT NULL,
  seq BIGINT NOT NULL,
  id VARCHAR NOT NULL,
  url VARCHAR, site VARCHAR, path VARCHAR,
  language VARCHAR, title VARCHAR, published DATE, published_text VARCHAR, dateline VARCHAR,
  text_length INTEGER, minhash BLOB, ingested TIMESTAMP,
  record VARCHAR NOT NULL
);
INSERT INTO articles_v2 SELECT * FROM articles ORDER BY seq;
DROP TABLE articles;
ALTER TABLE articles_v2 RENAME TO articles;
