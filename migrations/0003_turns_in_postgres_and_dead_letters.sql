CREATE TABLE "conversation_sessions" (
	"citizen_id" text PRIMARY KEY NOT NULL,
	"session" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zalo_dead_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" text NOT NULL,
	"event_key" text NOT NULL,
	"raw_body" text NOT NULL,
	"error" text NOT NULL,
	"failures" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text
);
--> statement-breakpoint
CREATE INDEX "conversation_sessions_updated_idx" ON "conversation_sessions" USING btree ("updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "zalo_dead_letters_event_key" ON "zalo_dead_letters" USING btree ("event_key");--> statement-breakpoint
CREATE INDEX "zalo_dead_letters_status_idx" ON "zalo_dead_letters" USING btree ("status","created_at");