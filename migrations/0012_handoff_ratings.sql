ALTER TABLE "conversation_handoffs" ADD COLUMN "rating" smallint;--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD COLUMN "rated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversation_handoffs" ADD CONSTRAINT "conversation_handoffs_rating_range" CHECK ("conversation_handoffs"."rating" between 1 and 5);