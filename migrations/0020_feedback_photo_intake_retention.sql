CREATE TABLE "feedback_photo_intake" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" text NOT NULL,
	"source_url" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"failure" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"sha256" text,
	"size_bytes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stored_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "feedback_retention" (
	"category_code" text PRIMARY KEY NOT NULL,
	"days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_photo_intake_citizen_url" ON "feedback_photo_intake" USING btree ("citizen_id","source_url");--> statement-breakpoint
CREATE INDEX "feedback_photo_intake_sha256_idx" ON "feedback_photo_intake" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "feedback_photo_intake_created_idx" ON "feedback_photo_intake" USING btree ("created_at");