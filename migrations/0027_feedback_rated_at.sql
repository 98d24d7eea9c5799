ALTER TABLE "feedback_tickets" ADD COLUMN "rated_at" timestamp with time zone;--> statement-breakpoint
-- Tickets rated before: counted as rated when last changed, so an old rating button cannot rate (or reopen) them again.
UPDATE "feedback_tickets" SET "rated_at" = "updated_at" WHERE "rating" IS NOT NULL;
