-- DropIndex
DROP INDEX "Engagement_organizationId_state_idx";

-- DropIndex
DROP INDEX "Engagement_organizationId_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Engagement_organizationId_state_id_idx" ON "Engagement"("organizationId", "state", "id");

-- CreateIndex
CREATE INDEX "Engagement_organizationId_updatedAt_id_idx" ON "Engagement"("organizationId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Engagement_organizationId_title_id_idx" ON "Engagement"("organizationId", "title", "id");

-- CreateIndex
CREATE INDEX "Engagement_organizationId_latestTotal_id_idx" ON "Engagement"("organizationId", "latestTotal", "id");

-- Hand-written: search. `EngagementFilter.search` is a case-insensitive substring of the title or
-- the IMC id. An FTS5 index with the trigram tokenizer answers substrings of three characters or
-- more (a quoted phrase: the user's text is matched literally); shorter text falls back to
-- `instr()` over the organization's rows. External content: the text stays in "Engagement", the
-- index is keyed by its rowid and kept in sync by the triggers below (a rowid survives VACUUM on
-- SQLite 3.53; `INSERT INTO "EngagementSearch"("EngagementSearch") VALUES ('rebuild')` re-reads
-- every row if it ever needs to).
CREATE VIRTUAL TABLE "EngagementSearch" USING fts5(
    "title", "imcId", content = 'Engagement', content_rowid = 'rowid', tokenize = 'trigram'
);

CREATE TRIGGER "Engagement_search_insert" AFTER INSERT ON "Engagement"
BEGIN
    INSERT INTO "EngagementSearch"("rowid", "title", "imcId") VALUES (new."rowid", new."title", new."imcId");
END;

CREATE TRIGGER "Engagement_search_delete" AFTER DELETE ON "Engagement"
BEGIN
    INSERT INTO "EngagementSearch"("EngagementSearch", "rowid", "title", "imcId")
    VALUES ('delete', old."rowid", old."title", old."imcId");
END;

CREATE TRIGGER "Engagement_search_update" AFTER UPDATE OF "title", "imcId" ON "Engagement"
BEGIN
    INSERT INTO "EngagementSearch"("EngagementSearch", "rowid", "title", "imcId")
    VALUES ('delete', old."rowid", old."title", old."imcId");
    INSERT INTO "EngagementSearch"("rowid", "title", "imcId") VALUES (new."rowid", new."title", new."imcId");
END;

-- Engagements written before this migration.
INSERT INTO "EngagementSearch"("EngagementSearch") VALUES ('rebuild');
