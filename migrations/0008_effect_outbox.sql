CREATE TABLE "effect_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"type" text NOT NULL,
	"citizen_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"in_flight_since" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"performed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "effect_outbox_key" ON "effect_outbox" USING btree ("key");--> statement-breakpoint
CREATE INDEX "effect_outbox_status_idx" ON "effect_outbox" USING btree ("status","updated_at");