-- Issue 9, the house style: every reply now opens with SiteSetting.replyOpening and closes with
-- SiteSetting.replyClosing (lib/replies/compose-reply.ts), so templates hold only the middle.
-- The seeded reply templates all began and ended with the words below. This data migration
-- makes those words the house style and takes them out of every template that still begins or
-- ends with them word for word; a template a moderator reworded there keeps its text. The
-- rejection template ("kan-inte-publicera") is left alone: a rejection goes out as written.
-- A database with no such template (a fresh one, migrated before the seed runs) gets nothing
-- here; npm start's seed gives it the house style (lib/seed/seed-database.ts, seedHouseStyle).

-- 1. The house style, from the templates that use it. The settings row may not exist yet.
WITH style (opening, closing) AS (
  VALUES ('Tack för att du berättar om din upplevelse.'::text, 'Vänliga hälsningar, moderatorerna'::text)
),
found AS (
  SELECT
    bool_or(left(t."body", length(s.opening) + 1) IN (s.opening || ' ', s.opening || E'\n')) AS has_opening,
    bool_or(right(t."body", length(s.closing) + 1) IN (' ' || s.closing, E'\n' || s.closing)) AS has_closing
  FROM "ReplyTemplate" t CROSS JOIN style s
  WHERE t."slug" <> 'kan-inte-publicera'
)
INSERT INTO "SiteSetting" ("id", "replyOpening", "replyClosing", "updatedAt")
SELECT 1,
       CASE WHEN f.has_opening THEN s.opening ELSE '' END,
       CASE WHEN f.has_closing THEN s.closing ELSE '' END,
       CURRENT_TIMESTAMP
FROM found f CROSS JOIN style s
WHERE f.has_opening OR f.has_closing
ON CONFLICT ("id") DO UPDATE
SET "replyOpening" = EXCLUDED."replyOpening", "replyClosing" = EXCLUDED."replyClosing", "updatedAt" = EXCLUDED."updatedAt";

-- 2. The opening out of the templates that begin with it (followed by a space or a line break).
WITH style (opening) AS (VALUES ('Tack för att du berättar om din upplevelse.'::text))
UPDATE "ReplyTemplate" t
SET "body" = ltrim(substr(t."body", length(s.opening) + 2), E' \n'), "updatedAt" = CURRENT_TIMESTAMP
FROM style s
WHERE t."slug" <> 'kan-inte-publicera'
  AND left(t."body", length(s.opening) + 1) IN (s.opening || ' ', s.opening || E'\n')
  AND btrim(substr(t."body", length(s.opening) + 2), E' \n') <> '';

-- 3. The closing out of the templates that end with it (after a space or a line break).
WITH style (closing) AS (VALUES ('Vänliga hälsningar, moderatorerna'::text))
UPDATE "ReplyTemplate" t
SET "body" = rtrim(left(t."body", length(t."body") - length(s.closing) - 1), E' \n'), "updatedAt" = CURRENT_TIMESTAMP
FROM style s
WHERE t."slug" <> 'kan-inte-publicera'
  AND right(t."body", length(s.closing) + 1) IN (' ' || s.closing, E'\n' || s.closing)
  AND btrim(left(t."body", length(t."body") - length(s.closing) - 1), E' \n') <> '';
