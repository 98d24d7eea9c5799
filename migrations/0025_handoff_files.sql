CREATE TABLE "conversation_handoff_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"handoff_id" uuid NOT NULL,
	"citizen_id" text NOT NULL,
	"kind" text NOT NULL,
	"source_url" text NOT NULL,
	"name" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"failure" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"sha256" text,
	"size_bytes" integer,
	"content_type" text,
	"received_at" timestamp with time zone NOT NULL,
	"stored_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "conversation_handoff_files" ADD CONSTRAINT "conversation_handoff_files_handoff_id_conversation_handoffs_id_fk" FOREIGN KEY ("handoff_id") REFERENCES "public"."conversation_handoffs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_handoff_files_source_idx" ON "conversation_handoff_files" USING btree ("handoff_id","source_url");--> statement-breakpoint
CREATE INDEX "conversation_handoff_files_citizen_idx" ON "conversation_handoff_files" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "conversation_handoff_files_sha256_idx" ON "conversation_handoff_files" USING btree ("sha256");