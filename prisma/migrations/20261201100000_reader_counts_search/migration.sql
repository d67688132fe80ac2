-- Readers at scale (issue 8): counts a reader sees, and Swedish full-text search, both kept by
-- triggers so that every writer (the app, the bulk seeder, raw SQL, a restore) keeps them right.
-- A story is visible to readers when status = 'PUBLISHED' (lib/stories/visibility.ts).

-- DropIndex (replaced by the keyset indexes below)
DROP INDEX "Story_status_publishedAt_idx";

-- AlterTable. Text search lower-cases with the server's locale, and under the C locale (common
-- on servers, and the test cluster's) "Överklagandet" would keep its capital Ö and never match
-- "överklagade"; translate() folds the Swedish and other Latin capitals the same way everywhere.
-- The search text is lower-cased in lib/stories/search-query.ts.
ALTER TABLE "Story" ADD COLUMN     "searchExtra" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('swedish'::regconfig, translate("title", 'ÅÄÖÉÈÜÆØÀÁÂÃÇÊËÌÍÎÏÑÒÓÔÕÙÚÛÝ', 'åäöéèüæøàáâãçêëìíîïñòóôõùúûý')), 'A') ||
  setweight(to_tsvector('swedish'::regconfig, translate("body", 'ÅÄÖÉÈÜÆØÀÁÂÃÇÊËÌÍÎÏÑÒÓÔÕÙÚÛÝ', 'åäöéèüæøàáâãçêëìíîïñòóôõùúûý')), 'B') ||
  setweight(to_tsvector('swedish'::regconfig, translate("searchExtra", 'ÅÄÖÉÈÜÆØÀÁÂÃÇÊËÌÍÎÏÑÒÓÔÕÙÚÛÝ', 'åäöéèüæøàáâãçêëìíîïñòóôõùúûý')), 'C')
) STORED;

-- CreateTable
CREATE TABLE "PublicStoryCount" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicStoryCount_pkey" PRIMARY KEY ("scope","key")
);

-- CreateIndex
CREATE INDEX "Story_status_publishedAt_id_idx" ON "Story"("status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Story_status_municipalityCode_publishedAt_id_idx" ON "Story"("status", "municipalityCode", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Story_searchVector_idx" ON "Story" USING GIN ("searchVector");

-- ---------------------------------------------------------------------------------------------
-- Counts. Every trigger reduces its change to rows of (scope, key, delta) and hands them to
-- sakligt_apply_story_count_deltas, which sums them per key. Tag keys are tag ids (a rename
-- changes nothing); a delta for a tag that no longer exists is dropped, and a deleted tag's rows
-- are deleted, whichever of the two runs first while a tag and its StoryTag rows go.


-- The rows that one published story adds to the counts (its tags as they are in StoryTag now).
CREATE FUNCTION sakligt_story_count_rows(story_id text, municipality text)
RETURNS TABLE (scope text, key text) LANGUAGE sql STABLE AS $$
  SELECT 'total', ''
  UNION ALL SELECT 'municipality', municipality WHERE municipality IS NOT NULL
  UNION ALL SELECT 'tag', st."tagId" FROM "StoryTag" st WHERE st."storyId" = story_id
  UNION ALL SELECT 'tagMunicipality', st."tagId" || ':' || municipality
            FROM "StoryTag" st WHERE st."storyId" = story_id AND municipality IS NOT NULL
$$;

CREATE FUNCTION sakligt_apply_story_count_deltas(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "PublicStoryCount" ("scope", "key", "count")
  SELECT d.scope, d.key, sum(d.delta)::int
  FROM jsonb_to_recordset(deltas) AS d(scope text, key text, delta int)
  WHERE d.scope NOT IN ('tag', 'tagMunicipality')
     OR EXISTS (SELECT 1 FROM "Tag" t WHERE t."id" = split_part(d.key, ':', 1))
  GROUP BY d.scope, d.key
  HAVING sum(d.delta) <> 0
  ON CONFLICT ("scope", "key") DO UPDATE SET "count" = "PublicStoryCount"."count" + EXCLUDED."count"
$$;

-- Story inserted: total and municipality (its StoryTag rows come later and count themselves).
CREATE FUNCTION sakligt_story_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sakligt_apply_story_count_deltas(coalesce((
    SELECT jsonb_agg(jsonb_build_object('scope', c.scope, 'key', c.key, 'delta', 1))
    FROM new_rows s CROSS JOIN LATERAL sakligt_story_count_rows(s."id", s."municipalityCode") c
    WHERE s."status" = 'PUBLISHED'
  ), '[]'::jsonb));
  RETURN NULL;
END $$;

-- Story updated: only a change of visibility or of municipality moves a count.
CREATE FUNCTION sakligt_story_counts_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sakligt_apply_story_count_deltas(coalesce((
    SELECT jsonb_agg(jsonb_build_object('scope', c.scope, 'key', c.key, 'delta', changed.sign))
    FROM (
      SELECT o."id", o."municipalityCode" AS municipality, -1 AS sign
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE o."status" = 'PUBLISHED'
        AND (n."status" <> 'PUBLISHED' OR n."municipalityCode" IS DISTINCT FROM o."municipalityCode")
      UNION ALL
      SELECT n."id", n."municipalityCode", 1
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE n."status" = 'PUBLISHED'
        AND (o."status" <> 'PUBLISHED' OR n."municipalityCode" IS DISTINCT FROM o."municipalityCode")
    ) changed CROSS JOIN LATERAL sakligt_story_count_rows(changed."id", changed.municipality) c
  ), '[]'::jsonb));
  RETURN NULL;
END $$;

-- Story deleted: counted BEFORE the delete, while its StoryTag rows still exist (the cascade
-- removes them first, and then the StoryTag trigger no longer finds a published story).
CREATE FUNCTION sakligt_story_counts_before_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'PUBLISHED' THEN
    PERFORM sakligt_apply_story_count_deltas(coalesce((
      SELECT jsonb_agg(jsonb_build_object('scope', c.scope, 'key', c.key, 'delta', -1))
      FROM sakligt_story_count_rows(OLD."id", OLD."municipalityCode") c
    ), '[]'::jsonb));
  END IF;
  RETURN OLD;
END $$;

CREATE FUNCTION sakligt_story_counts_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "PublicStoryCount";
  RETURN NULL;
END $$;

-- StoryTag inserted or deleted: theme counts of stories that are published now.
CREATE FUNCTION sakligt_story_tag_counts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
  deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT 'tag' AS scope, r."tagId" AS key, sign AS delta
      FROM new_rows r JOIN "Story" s ON s."id" = r."storyId" AND s."status" = 'PUBLISHED'
      UNION ALL
      SELECT 'tagMunicipality', r."tagId" || ':' || s."municipalityCode", sign
      FROM new_rows r JOIN "Story" s ON s."id" = r."storyId" AND s."status" = 'PUBLISHED'
      WHERE s."municipalityCode" IS NOT NULL
    ) d;
  ELSE
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT 'tag' AS scope, r."tagId" AS key, sign AS delta
      FROM old_rows r JOIN "Story" s ON s."id" = r."storyId" AND s."status" = 'PUBLISHED'
      UNION ALL
      SELECT 'tagMunicipality', r."tagId" || ':' || s."municipalityCode", sign
      FROM old_rows r JOIN "Story" s ON s."id" = r."storyId" AND s."status" = 'PUBLISHED'
      WHERE s."municipalityCode" IS NOT NULL
    ) d;
  END IF;
  PERFORM sakligt_apply_story_count_deltas(coalesce(deltas, '[]'::jsonb));
  RETURN NULL;
END $$;

CREATE FUNCTION sakligt_tag_counts_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "PublicStoryCount" c USING old_rows o
  WHERE (c."scope" = 'tag' AND c."key" = o."id")
     OR (c."scope" = 'tagMunicipality' AND split_part(c."key", ':', 1) = o."id");
  RETURN NULL;
END $$;

CREATE TRIGGER "Story_counts_insert" AFTER INSERT ON "Story"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sakligt_story_counts_after_insert();
CREATE TRIGGER "Story_counts_update" AFTER UPDATE ON "Story"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sakligt_story_counts_after_update();
CREATE TRIGGER "Story_counts_delete" BEFORE DELETE ON "Story"
  FOR EACH ROW EXECUTE FUNCTION sakligt_story_counts_before_delete();
CREATE TRIGGER "Story_counts_truncate" AFTER TRUNCATE ON "Story"
  FOR EACH STATEMENT EXECUTE FUNCTION sakligt_story_counts_after_truncate();
CREATE TRIGGER "StoryTag_counts_insert" AFTER INSERT ON "StoryTag"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sakligt_story_tag_counts();
CREATE TRIGGER "StoryTag_counts_delete" AFTER DELETE ON "StoryTag"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sakligt_story_tag_counts();
CREATE TRIGGER "Tag_counts_delete" AFTER DELETE ON "Tag"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sakligt_tag_counts_after_delete();

-- ---------------------------------------------------------------------------------------------
-- Search. Story."searchExtra" holds the story's published replies and approved comments, oldest
-- first, rebuilt for every story whose replies or comments a statement touched.

CREATE FUNCTION sakligt_story_search_extra(story_id text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg(x.body, E'\n' ORDER BY x.at), '')
  FROM (
    SELECT r."body", r."createdAt" AS at FROM "Reply" r
    WHERE r."storyId" = story_id AND r."publishedAt" IS NOT NULL
    UNION ALL
    SELECT c."body", c."createdAt" FROM "Comment" c
    WHERE c."storyId" = story_id AND c."status" = 'APPROVED'
  ) x
$$;

CREATE FUNCTION sakligt_refresh_search_extra() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Story" s SET "searchExtra" = sakligt_story_search_extra(s."id")
    WHERE s."id" IN (SELECT "storyId" FROM new_rows)
      AND s."searchExtra" IS DISTINCT FROM sakligt_story_search_extra(s."id");
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE "Story" s SET "searchExtra" = sakligt_story_search_extra(s."id")
    WHERE s."id" IN (SELECT "storyId" FROM new_rows UNION SELECT "storyId" FROM old_rows)
      AND s."searchExtra" IS DISTINCT FROM sakligt_story_search_extra(s."id");
  ELSE
    UPDATE "Story" s SET "searchExtra" = sakligt_story_search_extra(s."id")
    WHERE s."id" IN (SELECT "storyId" FROM old_rows)
      AND s."searchExtra" IS DISTINCT FROM sakligt_story_search_extra(s."id");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Reply_search_insert" AFTER INSERT ON "Reply"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sakligt_refresh_search_extra();
CREATE TRIGGER "Reply_search_update" AFTER UPDATE ON "Reply"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sakligt_refresh_search_extra();
CREATE TRIGGER "Reply_search_delete" AFTER DELETE ON "Reply"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sakligt_refresh_search_extra();
CREATE TRIGGER "Comment_search_insert" AFTER INSERT ON "Comment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sakligt_refresh_search_extra();
CREATE TRIGGER "Comment_search_update" AFTER UPDATE ON "Comment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sakligt_refresh_search_extra();
CREATE TRIGGER "Comment_search_delete" AFTER DELETE ON "Comment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sakligt_refresh_search_extra();

-- Backfill what existed before this migration.
UPDATE "Story" s SET "searchExtra" = sakligt_story_search_extra(s."id");
DELETE FROM "PublicStoryCount";
INSERT INTO "PublicStoryCount" ("scope", "key", "count")
SELECT c.scope, c.key, count(*)::int
FROM "Story" s CROSS JOIN LATERAL sakligt_story_count_rows(s."id", s."municipalityCode") c
WHERE s."status" = 'PUBLISHED'
GROUP BY c.scope, c.key;
