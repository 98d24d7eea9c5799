CREATE TABLE "feedback_unit_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_code" text NOT NULL,
	"day" text NOT NULL,
	"ticket_count" integer NOT NULL,
	"tickets" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_unit_reminders_unit_day" ON "feedback_unit_reminders" USING btree ("unit_code","day");--> statement-breakpoint
CREATE INDEX "feedback_unit_reminders_day_idx" ON "feedback_unit_reminders" USING btree ("day");