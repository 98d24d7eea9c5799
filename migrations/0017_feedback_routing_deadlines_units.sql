CREATE TABLE "feedback_deadlines" (
	"category_code" text PRIMARY KEY NOT NULL,
	"working_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_routes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_code" text NOT NULL,
	"commune_code" text,
	"unit_code" text NOT NULL,
	"unit_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "admin_accounts" ADD COLUMN "unit_code" text;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "unit_code" text;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "purged_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_routes_category_commune" ON "feedback_routes" USING btree ("category_code",coalesce("commune_code", ''));--> statement-breakpoint
CREATE INDEX "feedback_tickets_unit_idx" ON "feedback_tickets" USING btree ("unit_code","created_at");