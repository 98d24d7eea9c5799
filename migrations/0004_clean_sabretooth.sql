CREATE TABLE "lgsp_dossier_follows" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"citizen_id" text NOT NULL,
	"dossier_code" text NOT NULL,
	"language" text NOT NULL,
	"last_status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"next_check_at" timestamp with time zone NOT NULL,
	"last_checked_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"end_reason" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "lgsp_dossier_follows_citizen_dossier" ON "lgsp_dossier_follows" USING btree ("citizen_id","dossier_code");--> statement-breakpoint
CREATE INDEX "lgsp_dossier_follows_due_idx" ON "lgsp_dossier_follows" USING btree ("next_check_at") WHERE "lgsp_dossier_follows"."ended_at" is null;