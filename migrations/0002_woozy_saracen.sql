CREATE TABLE "citizens" (
	"zalo_user_id" text PRIMARY KEY NOT NULL,
	"following" boolean DEFAULT false NOT NULL,
	"followed_at" timestamp with time zone,
	"unfollowed_at" timestamp with time zone,
	"last_interaction_at" timestamp with time zone,
	"send_window_closed_at" timestamp with time zone,
	"language" text,
	"contact_name" text,
	"contact_phone" text,
	"contact_address" text,
	"contact_consented_at" timestamp with time zone,
	"commune_code" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"citizen_id" text NOT NULL,
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"external_id" text NOT NULL,
	"zalo_message_id" text,
	"body" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zalo_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"citizen_id" text NOT NULL,
	"batch_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"zalo_message_id" text,
	"error_code" integer,
	"reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"not_before" timestamp with time zone,
	"correlation_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "zalo_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"oa_id" text,
	"access_token_enc" text NOT NULL,
	"refresh_token_enc" text NOT NULL,
	"access_expires_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"last_error" text,
	"version" integer DEFAULT 1 NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "citizens_following_idx" ON "citizens" USING btree ("following");--> statement-breakpoint
CREATE INDEX "citizens_last_interaction_idx" ON "citizens" USING btree ("last_interaction_at");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_messages_external_key" ON "conversation_messages" USING btree ("direction","external_id");--> statement-breakpoint
CREATE INDEX "conversation_messages_citizen_idx" ON "conversation_messages" USING btree ("citizen_id","occurred_at");--> statement-breakpoint
CREATE INDEX "conversation_messages_occurred_idx" ON "conversation_messages" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "zalo_deliveries_citizen_status_idx" ON "zalo_deliveries" USING btree ("citizen_id","status","seq");--> statement-breakpoint
CREATE INDEX "zalo_deliveries_message_idx" ON "zalo_deliveries" USING btree ("zalo_message_id");--> statement-breakpoint
CREATE INDEX "zalo_deliveries_created_idx" ON "zalo_deliveries" USING btree ("created_at");