-- What a release the server made itself is (the shipped files, a flow or a text namespace published), for screens to
-- name it in the admin's language; null for a release an editor drafted and named. Older releases keep null: their
-- origin is read from the name the server gave them ("publish help v2").
ALTER TABLE "conversation_releases" ADD COLUMN "origin" jsonb;