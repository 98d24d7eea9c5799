CREATE TABLE "feedback_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"source_url" text,
	"failure" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"sha256" text,
	"content_type" text,
	"size_bytes" integer,
	"width" integer,
	"height" integer,
	"lgsp_file_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stored_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "place_source" text;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "place_latitude" double precision;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "place_longitude" double precision;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "place_address" text;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "place_commune_code" text;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "place_commune_name" text;--> statement-breakpoint
ALTER TABLE "feedback_tickets" ADD COLUMN "place_province_code" text;--> statement-breakpoint
ALTER TABLE "feedback_attachments" ADD CONSTRAINT "feedback_attachments_ticket_id_feedback_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."feedback_tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_attachments_ticket_position" ON "feedback_attachments" USING btree ("ticket_id","position");--> statement-breakpoint
CREATE INDEX "feedback_attachments_sha256_idx" ON "feedback_attachments" USING btree ("sha256");