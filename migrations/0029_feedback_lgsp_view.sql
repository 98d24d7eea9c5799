ALTER TABLE "feedback_tickets" ADD COLUMN "lgsp_status" text;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "lgsp_answer" text;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "lgsp_answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "lgsp_checked_at" timestamp with time zone;--> statement-breakpoint
-- Tickets an official or the citizen settled or reopened here were no longer asked about at the LGSP: asked again at
-- the next tick, so what the LGSP says of them is known (and told) and polling stops once both sides are done. Tickets
-- the LGSP itself answered are done there already.
UPDATE "feedback_tickets" SET "next_check_at" = now()
WHERE "lgsp_id" IS NOT NULL AND "purged_at" IS NULL AND "next_check_at" IS NULL
  AND ("status" IN ('reopened', 'rejected', 'duplicate', 'closed')
    OR ("status" = 'answered' AND "answered_by" IS DISTINCT FROM 'lgsp'));
