-- Who received an announcement stops being named (erasure at the citizen's request, the retention period) while
-- the outcome of their delivery stays for the statistics: the row keeps the outcome, its citizen id is replaced.
ALTER TABLE "announcement_recipients" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "announcement_recipients" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "announcement_recipients" ADD COLUMN "outcome_reason" text;