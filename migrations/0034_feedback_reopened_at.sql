-- When a feedback ticket was last reopened: an answer given before then can no longer be rated (a ticket an official
-- reopened, then closed without a new answer, has no answer to rate). Tickets reopened before this column take the
-- time of their last reopening in the audit log.
ALTER TABLE "feedback_tickets" ADD COLUMN "reopened_at" timestamp with time zone;--> statement-breakpoint
UPDATE "feedback_tickets" AS t SET "reopened_at" = (
  SELECT max(a."occurred_at") FROM "audit_log" AS a
  WHERE a."action" = 'feedback.reopen' AND a."target_type" = 'feedback_ticket' AND a."target_id" = t."number"
) WHERE t."status" <> 'received';
