-- Which releases were made before 0030 stored origins: only their names can be the server's and say what they are
-- ("publish help v2"); a release made since without an origin was drafted and named by an editor, shown as typed.
-- 0030 left no mark of when it ran, so the server's first release with an origin marks it: a release without one is
-- older when no release with an origin precedes it (all of them while the server has published nothing since).
ALTER TABLE "conversation_releases" ADD COLUMN "made_before_origins" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Releases are immutable; this mark, set once here, says when a row was made and changes nothing it holds.
ALTER TABLE "conversation_releases" DISABLE TRIGGER conversation_releases_immutable;--> statement-breakpoint
UPDATE "conversation_releases" AS "release" SET "made_before_origins" = true
WHERE "release"."origin" IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM "conversation_releases" AS "earlier"
    WHERE "earlier"."origin" IS NOT NULL AND "earlier"."id" < "release"."id"
  );--> statement-breakpoint
ALTER TABLE "conversation_releases" ENABLE TRIGGER conversation_releases_immutable;
