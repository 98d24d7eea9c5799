CREATE TABLE "announcement_topics" (
	"code" text PRIMARY KEY NOT NULL,
	"labels" jsonb NOT NULL,
	"position" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "announcement_subscriptions" ADD COLUMN "consented_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "announcement_subscriptions" ADD COLUMN "consent_text" text;