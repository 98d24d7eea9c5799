ALTER TABLE "conversation_handoffs" ADD COLUMN "taken_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD COLUMN "citizen_name" text;--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD COLUMN "unanswered" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD COLUMN "last_citizen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD COLUMN "first_answer_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD COLUMN "last_answer_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD COLUMN "closed_by" text;--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD COLUMN "close_note" text;--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "conversation_handoffs_updated_idx" ON "conversation_handoffs" USING btree ("updated_at");--> statement-breakpoint
-- Older versions could leave two open handoffs of one citizen: keep the oldest open, close the others.
UPDATE "conversation_handoffs" h SET "status" = 'closed', "closed_at" = now(), "closed_by" = 'migration'
WHERE h."status" <> 'closed' AND EXISTS (
  SELECT 1 FROM "conversation_handoffs" o
  WHERE o."citizen_id" = h."citizen_id" AND o."status" <> 'closed'
    AND (o."created_at", o."id") < (h."created_at", h."id"));--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_handoffs_one_live_idx" ON "conversation_handoffs" USING btree ("citizen_id") WHERE "conversation_handoffs"."status" <> 'closed';