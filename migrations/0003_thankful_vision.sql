CREATE TABLE "conversation_flow_publications" (
	"flow_id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_flow_versions" (
	"flow_id" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"source" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_flow_versions_flow_id_version_pk" PRIMARY KEY("flow_id","version")
);
--> statement-breakpoint
CREATE TABLE "conversation_handoffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" text NOT NULL,
	"flow_id" text NOT NULL,
	"reason" text,
	"status" text DEFAULT 'open' NOT NULL,
	"taken_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "conversation_template_publications" (
	"namespace" text NOT NULL,
	"language" text NOT NULL,
	"version" integer NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_template_publications_namespace_language_pk" PRIMARY KEY("namespace","language")
);
--> statement-breakpoint
CREATE TABLE "conversation_template_versions" (
	"namespace" text NOT NULL,
	"language" text NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_template_versions_namespace_language_version_pk" PRIMARY KEY("namespace","language","version")
);
--> statement-breakpoint
ALTER TABLE "conversation_flow_publications" ADD CONSTRAINT "conversation_flow_publications_flow_id_version_conversation_flow_versions_flow_id_version_fk" FOREIGN KEY ("flow_id","version") REFERENCES "public"."conversation_flow_versions"("flow_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_template_publications" ADD CONSTRAINT "conversation_template_publications_namespace_language_version_conversation_template_versions_namespace_language_version_fk" FOREIGN KEY ("namespace","language","version") REFERENCES "public"."conversation_template_versions"("namespace","language","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_handoffs_status_created_idx" ON "conversation_handoffs" USING btree ("status","created_at");