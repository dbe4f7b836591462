-- Portfolio search reads the trigram indexes (20261204060641_portfolio_indexes_and_search). GIN's
-- default `fastupdate` queues new rows in a pending list that every search then reads linearly
-- until a vacuum merges it: after 100,000 engagements were created in bulk, a search for a word
-- no title holds spent 12 ms reading the 100,002 pending entries of the IMC-id index, and search
-- times followed autovacuum's timing instead of the data. Engagements are created and renamed
-- rarely and searched often, so these two indexes are updated directly.
ALTER INDEX "Engagement_title_trgm_idx" SET (fastupdate = off);
ALTER INDEX "Engagement_imcId_trgm_idx" SET (fastupdate = off);

-- Merge what is already pending.
SELECT gin_clean_pending_list('"Engagement_title_trgm_idx"'::regclass);
SELECT gin_clean_pending_list('"Engagement_imcId_trgm_idx"'::regclass);
