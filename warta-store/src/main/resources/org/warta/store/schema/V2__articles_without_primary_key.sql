-- Warta store, schema version 2: the articles table without its primary key. The key's index cost about a
-- third of the database's write time at 10,000 articles and grows with the store; the store keeps keys
-- unique itself (it looks up a batch's content hashes before writing it, under its write lock).
-- The copy keeps version 1's columns and types; the NOT NULL constraints are set again after it.
CREATE TABLE articles_v2 AS SELECT * FROM articles ORDER BY seq;
DROP TABLE articles;
ALTER TABLE articles_v2 RENAME TO articles;
ALTER TABLE articles ALTER COLUMN key SET NOT NULL;
ALTER TABLE articles ALTER COLUMN seq SET NOT NULL;
ALTER TABLE articles ALTER COLUMN id SET NOT NULL;
ALTER TABLE articles ALTER COLUMN record SET NOT NULL;
