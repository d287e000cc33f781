-- Issue 11, item 5: voters draw their ids in blocks (docs/csv-import.md, "How fast").
--
-- Each imported voter draws an identity value. With the default cache of 1, every draw locks the sequence's
-- page, changes it and writes WAL every 32 values: about 0.2 s of server time per million imported voters
-- (measured with the import's own statement, CPU time of the server process). With a cache of 1000 a
-- session takes 1000 values at a time and hands them out from memory.
--
-- What changes: ids are still unique and increase within a session, but two sessions that insert at the
-- same time interleave blocks, and a session that ends leaves the rest of its block unused (gaps). Nothing
-- in Elect reads meaning into a voter's id: lists page by id only to have a stable order.
SET search_path = elect, pg_catalog;

ALTER TABLE voters ALTER COLUMN id SET CACHE 1000;
