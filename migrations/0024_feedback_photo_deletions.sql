CREATE TABLE "feedback_photo_deletions" (
	"store" text NOT NULL,
	"sha256" text NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	CONSTRAINT "feedback_photo_deletions_store_sha256_pk" PRIMARY KEY("store","sha256")
);
