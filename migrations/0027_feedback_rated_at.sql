ALTER TABLE "feedback_tickets" ADD COLUMN "rated_at" timestamp with time zone;--> statement-breakpoint
-- Tickets rated before: counted as rated when last changed, so an old rating button cannot rate (or reopen) them again;
-- except an answer given after the rating (reopened, then answered anew: its last change is that answer), which is
-- still to be rated. An answer the LGSP dated before it reached us cannot be told apart and counts as rated.
UPDATE "feedback_tickets" SET "rated_at" = "updated_at"
WHERE "rating" IS NOT NULL AND ("status" <> 'answered' OR "answered_at" IS NULL OR "updated_at" > "answered_at");
