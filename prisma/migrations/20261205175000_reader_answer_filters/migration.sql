-- Readers filter the list by "besvarade av socialtjänsten" (the story has a public answer) and by
-- who told the story (staff, or clients and relatives). Both filters keep the list's promise at
-- 100,000 stories: keyset paging on an index, and exact counts kept by triggers, never count(*).

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "answered" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Story_status_answered_publishedAt_id_idx" ON "Story"("status", "answered", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Story_status_authorRole_publishedAt_id_idx" ON "Story"("status", "authorRole", "publishedAt", "id");

-- ---------------------------------------------------------------------------------------------
-- Story."answered": true while the story has an answer with status PUBLISHED (the public-answer
-- rule, lib/stories/public-answers.ts), rebuilt for every story whose answers a statement touched.
-- The Story update it makes moves the counts through the Story trigger below.

CREATE FUNCTION sakligt_story_answered(story_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "Answer" a WHERE a."storyId" = story_id AND a."status" = 'PUBLISHED')
$$;

CREATE FUNCTION sakligt_refresh_story_answered() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Story" s SET "answered" = sakligt_story_answered(s."id")
    WHERE s."id" IN (SELECT "storyId" FROM new_rows)
      AND s."answered" IS DISTINCT FROM sakligt_story_answered(s."id");
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE "Story" s SET "answered" = sakligt_story_answered(s."id")
    WHERE s."id" IN (SELECT "storyId" FROM new_rows UNION SELECT "storyId" FROM old_rows)
      AND s."answered" IS DISTINCT FROM sakligt_story_answered(s."id");
  ELSE
    UPDATE "Story" s SET "answered" = sakligt_story_answered(s."id")
    WHERE s."id" IN (SELECT "storyId" FROM old_rows)
      AND s."answered" IS DISTINCT FROM sakligt_story_answered(s."id");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Answer_answered_insert" AFTER INSERT ON "Answer"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sakligt_refresh_story_answered();
CREATE TRIGGER "Answer_answered_update" AFTER UPDATE ON "Answer"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sakligt_refresh_story_answered();
CREATE TRIGGER "Answer_answered_delete" AFTER DELETE ON "Answer"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sakligt_refresh_story_answered();

-- ---------------------------------------------------------------------------------------------
-- Counts per reader filter. Every (scope, key) row a published story adds is added again under
-- each filter it matches: "<scope>+answered", "<scope>+<voice>", "<scope>+answered+<voice>",
-- where voice is "personal" (authorRole PERSONAL) or "klienter" (KLIENT, ANHORIG). A story told
-- by someone else (ANNAN) or by no one named counts only without a voice filter.

CREATE FUNCTION sakligt_story_voice(role text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE role WHEN 'PERSONAL' THEN 'personal' WHEN 'KLIENT' THEN 'klienter' WHEN 'ANHORIG' THEN 'klienter' END
$$;

CREATE FUNCTION sakligt_story_count_facets(base_scope text, base_key text, is_answered boolean, voice text)
RETURNS TABLE (scope text, key text) LANGUAGE sql IMMUTABLE AS $$
  SELECT base_scope, base_key
  UNION ALL SELECT base_scope || '+answered', base_key WHERE is_answered
  UNION ALL SELECT base_scope || '+' || voice, base_key WHERE voice IS NOT NULL
  UNION ALL SELECT base_scope || '+answered+' || voice, base_key WHERE is_answered AND voice IS NOT NULL
$$;

-- The rows that one published story adds to the counts (its tags as they are in StoryTag now).
CREATE FUNCTION sakligt_story_count_rows(story_id text, municipality text, is_answered boolean, voice text)
RETURNS TABLE (scope text, key text) LANGUAGE sql STABLE AS $$
  SELECT f.scope, f.key
  FROM (
    SELECT 'total' AS scope, '' AS key
    UNION ALL SELECT 'municipality', municipality WHERE municipality IS NOT NULL
    UNION ALL SELECT 'tag', st."tagId" FROM "StoryTag" st WHERE st."storyId" = story_id
    UNION ALL SELECT 'tagMunicipality', st."tagId" || ':' || municipality
              FROM "StoryTag" st WHERE st."storyId" = story_id AND municipality IS NOT NULL
  ) b CROSS JOIN LATERAL sakligt_story_count_facets(b.scope, b.key, is_answered, voice) f
$$;

-- Filters keep their own scopes, so "only tag scopes name a tag" now reads the scope's first part.
CREATE OR REPLACE FUNCTION sakligt_apply_story_count_deltas(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "PublicStoryCount" ("scope", "key", "count")
  SELECT d.scope, d.key, sum(d.delta)::int
  FROM jsonb_to_recordset(deltas) AS d(scope text, key text, delta int)
  WHERE split_part(d.scope, '+', 1) NOT IN ('tag', 'tagMunicipality')
     OR EXISTS (SELECT 1 FROM "Tag" t WHERE t."id" = split_part(d.key, ':', 1))
  GROUP BY d.scope, d.key
  HAVING sum(d.delta) <> 0
  ON CONFLICT ("scope", "key") DO UPDATE SET "count" = "PublicStoryCount"."count" + EXCLUDED."count"
$$;

CREATE OR REPLACE FUNCTION sakligt_story_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sakligt_apply_story_count_deltas(coalesce((
    SELECT jsonb_agg(jsonb_build_object('scope', c.scope, 'key', c.key, 'delta', 1))
    FROM new_rows s CROSS JOIN LATERAL sakligt_story_count_rows(
      s."id", s."municipalityCode", s."answered", sakligt_story_voice(s."authorRole"::text)) c
    WHERE s."status" = 'PUBLISHED'
  ), '[]'::jsonb));
  RETURN NULL;
END $$;

-- Story updated: a change of visibility, municipality, answered or author's role moves a count.
CREATE OR REPLACE FUNCTION sakligt_story_counts_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sakligt_apply_story_count_deltas(coalesce((
    SELECT jsonb_agg(jsonb_build_object('scope', c.scope, 'key', c.key, 'delta', changed.sign))
    FROM (
      SELECT o."id", o."municipalityCode" AS municipality, o."answered", o."authorRole"::text AS role, -1 AS sign
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE o."status" = 'PUBLISHED'
        AND (n."status" <> 'PUBLISHED' OR n."municipalityCode" IS DISTINCT FROM o."municipalityCode"
             OR n."answered" IS DISTINCT FROM o."answered" OR n."authorRole" IS DISTINCT FROM o."authorRole")
      UNION ALL
      SELECT n."id", n."municipalityCode", n."answered", n."authorRole"::text, 1
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE n."status" = 'PUBLISHED'
        AND (o."status" <> 'PUBLISHED' OR n."municipalityCode" IS DISTINCT FROM o."municipalityCode"
             OR n."answered" IS DISTINCT FROM o."answered" OR n."authorRole" IS DISTINCT FROM o."authorRole")
    ) changed CROSS JOIN LATERAL sakligt_story_count_rows(
      changed."id", changed.municipality, changed."answered", sakligt_story_voice(changed.role)) c
  ), '[]'::jsonb));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sakligt_story_counts_before_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'PUBLISHED' THEN
    PERFORM sakligt_apply_story_count_deltas(coalesce((
      SELECT jsonb_agg(jsonb_build_object('scope', c.scope, 'key', c.key, 'delta', -1))
      FROM sakligt_story_count_rows(OLD."id", OLD."municipalityCode", OLD."answered", sakligt_story_voice(OLD."authorRole"::text)) c
    ), '[]'::jsonb));
  END IF;
  RETURN OLD;
END $$;

-- StoryTag inserted or deleted: theme counts of stories that are published now, per filter.
CREATE OR REPLACE FUNCTION sakligt_story_tag_counts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
  deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('scope', f.scope, 'key', f.key, 'delta', sign)) INTO deltas
    FROM new_rows r
    JOIN "Story" s ON s."id" = r."storyId" AND s."status" = 'PUBLISHED'
    CROSS JOIN LATERAL (
      SELECT 'tag' AS scope, r."tagId" AS key
      UNION ALL SELECT 'tagMunicipality', r."tagId" || ':' || s."municipalityCode" WHERE s."municipalityCode" IS NOT NULL
    ) b
    CROSS JOIN LATERAL sakligt_story_count_facets(b.scope, b.key, s."answered", sakligt_story_voice(s."authorRole"::text)) f;
  ELSE
    SELECT jsonb_agg(jsonb_build_object('scope', f.scope, 'key', f.key, 'delta', sign)) INTO deltas
    FROM old_rows r
    JOIN "Story" s ON s."id" = r."storyId" AND s."status" = 'PUBLISHED'
    CROSS JOIN LATERAL (
      SELECT 'tag' AS scope, r."tagId" AS key
      UNION ALL SELECT 'tagMunicipality', r."tagId" || ':' || s."municipalityCode" WHERE s."municipalityCode" IS NOT NULL
    ) b
    CROSS JOIN LATERAL sakligt_story_count_facets(b.scope, b.key, s."answered", sakligt_story_voice(s."authorRole"::text)) f;
  END IF;
  PERFORM sakligt_apply_story_count_deltas(coalesce(deltas, '[]'::jsonb));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sakligt_tag_counts_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "PublicStoryCount" c USING old_rows o
  WHERE (split_part(c."scope", '+', 1) = 'tag' AND c."key" = o."id")
     OR (split_part(c."scope", '+', 1) = 'tagMunicipality' AND split_part(c."key", ':', 1) = o."id");
  RETURN NULL;
END $$;

DROP FUNCTION sakligt_story_count_rows(text, text);

-- Backfill what existed before this migration.
UPDATE "Story" s SET "answered" = true WHERE sakligt_story_answered(s."id");
DELETE FROM "PublicStoryCount";
INSERT INTO "PublicStoryCount" ("scope", "key", "count")
SELECT c.scope, c.key, count(*)::int
FROM "Story" s CROSS JOIN LATERAL sakligt_story_count_rows(
  s."id", s."municipalityCode", s."answered", sakligt_story_voice(s."authorRole"::text)) c
WHERE s."status" = 'PUBLISHED'
GROUP BY c.scope, c.key;
