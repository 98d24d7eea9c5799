ALTER TABLE "announcements" ADD COLUMN "held_ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "announcements" ADD COLUMN "held_end_reason" text;