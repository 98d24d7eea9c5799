CREATE TABLE "announcement_article_quota" (
	"month" text NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "announcement_article_quota_month_pk" PRIMARY KEY("month")
);
--> statement-breakpoint
CREATE TABLE "announcement_recipients" (
	"announcement_id" uuid NOT NULL,
	"citizen_id" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"lane" text,
	"reason" text,
	"delivery_id" uuid,
	"queued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "announcement_recipients_announcement_id_citizen_id_pk" PRIMARY KEY("announcement_id","citizen_id")
);
--> statement-breakpoint
CREATE TABLE "announcement_subscriptions" (
	"citizen_id" text PRIMARY KEY NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"unsubscribed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"paused_from" text,
	"content" jsonb NOT NULL,
	"audience" jsonb NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"author_id" text NOT NULL,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"return_comment" text,
	"send_at" timestamp with time zone,
	"fanout_cursor" text,
	"fanout_done_at" timestamp with time zone,
	"article_token" text,
	"article_id" text,
	"article_status" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "announcement_recipients_status_idx" ON "announcement_recipients" USING btree ("announcement_id","status");--> statement-breakpoint
CREATE INDEX "announcement_recipients_citizen_idx" ON "announcement_recipients" USING btree ("citizen_id","queued_at");--> statement-breakpoint
CREATE INDEX "announcements_status_idx" ON "announcements" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "message_deliveries_correlation_idx" ON "message_deliveries" USING btree ("correlation_id");