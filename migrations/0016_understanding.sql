CREATE TABLE "understanding_misses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "understanding_misses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone NOT NULL,
	"language" text NOT NULL,
	"text" text NOT NULL,
	"outcome" text NOT NULL,
	"candidates" jsonb NOT NULL,
	"resolution" text,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"resolved_flow_id" text,
	"resolved_version" integer,
	CONSTRAINT "understanding_misses_outcome_check" CHECK ("understanding_misses"."outcome" in ('fallback', 'asked'))
);
--> statement-breakpoint
CREATE INDEX "understanding_misses_occurred_idx" ON "understanding_misses" USING btree ("occurred_at");