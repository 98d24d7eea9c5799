CREATE TABLE "lgsp_procedure_catalogue" (
	"id" integer PRIMARY KEY NOT NULL,
	"synced_at" timestamp with time zone,
	"procedure_count" integer DEFAULT 0 NOT NULL,
	"attempted_at" timestamp with time zone,
	"last_outcome" text
);
--> statement-breakpoint
CREATE TABLE "lgsp_procedures" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"field_name" text NOT NULL,
	"level" text,
	"mode" text,
	"synced_at" timestamp with time zone NOT NULL
);
