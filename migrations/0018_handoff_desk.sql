CREATE TABLE "canned_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_citizens" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id_by_app" text NOT NULL,
	"display_name" text NOT NULL,
	"following" boolean NOT NULL,
	"last_interaction_at" timestamp with time zone,
	"shared_info" jsonb,
	"tags" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD COLUMN "unit" text;