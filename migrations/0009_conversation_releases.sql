CREATE TABLE "conversation_live_release" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"release_id" integer,
	"published_by" text,
	"published_at" timestamp with time zone,
	CONSTRAINT "conversation_live_release_one_row" CHECK ("conversation_live_release"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "conversation_release_flows" (
	"release_id" integer NOT NULL,
	"flow_id" text NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "conversation_release_flows_release_id_flow_id_pk" PRIMARY KEY("release_id","flow_id")
);
--> statement-breakpoint
CREATE TABLE "conversation_release_publications" (
	"seq" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conversation_release_publications_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"release_id" integer NOT NULL,
	"kind" text NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_release_templates" (
	"release_id" integer NOT NULL,
	"namespace" text NOT NULL,
	"language" text NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "conversation_release_templates_release_id_namespace_language_pk" PRIMARY KEY("release_id","namespace","language")
);
--> statement-breakpoint
CREATE TABLE "conversation_releases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conversation_releases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversation_live_release" ADD CONSTRAINT "conversation_live_release_release_id_conversation_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."conversation_releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_release_flows" ADD CONSTRAINT "conversation_release_flows_release_id_conversation_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."conversation_releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_release_flows" ADD CONSTRAINT "conversation_release_flows_flow_id_version_conversation_flow_versions_flow_id_version_fk" FOREIGN KEY ("flow_id","version") REFERENCES "public"."conversation_flow_versions"("flow_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_release_publications" ADD CONSTRAINT "conversation_release_publications_release_id_conversation_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."conversation_releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_release_templates" ADD CONSTRAINT "conversation_release_templates_release_id_conversation_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."conversation_releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_release_templates" ADD CONSTRAINT "conversation_release_templates_namespace_language_version_conversation_template_versions_namespace_language_version_fk" FOREIGN KEY ("namespace","language","version") REFERENCES "public"."conversation_template_versions"("namespace","language","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_release_publications_release_idx" ON "conversation_release_publications" USING btree ("release_id");
--> statement-breakpoint
-- The live release: one row, created here so every publish can lock it.
INSERT INTO "conversation_live_release" ("id") VALUES (1);
--> statement-breakpoint
-- What was published before releases existed becomes release 1, live, so conversations and admins see no change.
INSERT INTO "conversation_releases" ("name", "note", "created_by")
SELECT 'published before releases', 'made by the migration from the flows and templates published at the time', 'migration'
WHERE EXISTS (SELECT 1 FROM "conversation_flow_publications") OR EXISTS (SELECT 1 FROM "conversation_template_publications");
--> statement-breakpoint
INSERT INTO "conversation_release_flows" ("release_id", "flow_id", "version")
SELECT r."id", p."flow_id", p."version" FROM "conversation_flow_publications" p CROSS JOIN "conversation_releases" r;
--> statement-breakpoint
INSERT INTO "conversation_release_templates" ("release_id", "namespace", "language", "version")
SELECT r."id", p."namespace", p."language", p."version" FROM "conversation_template_publications" p CROSS JOIN "conversation_releases" r;
--> statement-breakpoint
INSERT INTO "conversation_release_publications" ("release_id", "kind", "published_by")
SELECT "id", 'publish', 'migration' FROM "conversation_releases";
--> statement-breakpoint
UPDATE "conversation_live_release" SET "release_id" = r."id", "published_by" = 'migration', "published_at" = now()
FROM "conversation_releases" r;
--> statement-breakpoint
DROP TABLE "conversation_flow_publications" CASCADE;--> statement-breakpoint
DROP TABLE "conversation_template_publications" CASCADE;
--> statement-breakpoint
-- A release is a fixed set: sessions pinned to it must find it as it was. Changes are new releases; going live moves
-- the pointer in conversation_live_release, and conversation_release_publications is its history.
CREATE OR REPLACE FUNCTION conversation_release_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable: draft a new release instead', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER conversation_releases_immutable
  BEFORE UPDATE OR DELETE ON "conversation_releases"
  FOR EACH ROW EXECUTE FUNCTION conversation_release_reject_change();
--> statement-breakpoint
CREATE TRIGGER conversation_release_flows_immutable
  BEFORE UPDATE OR DELETE ON "conversation_release_flows"
  FOR EACH ROW EXECUTE FUNCTION conversation_release_reject_change();
--> statement-breakpoint
CREATE TRIGGER conversation_release_templates_immutable
  BEFORE UPDATE OR DELETE ON "conversation_release_templates"
  FOR EACH ROW EXECUTE FUNCTION conversation_release_reject_change();
--> statement-breakpoint
CREATE TRIGGER conversation_release_publications_immutable
  BEFORE UPDATE OR DELETE ON "conversation_release_publications"
  FOR EACH ROW EXECUTE FUNCTION conversation_release_reject_change();
