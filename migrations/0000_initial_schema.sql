CREATE TABLE "admin_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admin_api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_type" text NOT NULL,
	"actor_account_id" uuid,
	"actor_email" text,
	"actor_token_id" uuid,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "citizens" (
	"zalo_user_id" text PRIMARY KEY NOT NULL,
	"following" boolean DEFAULT false NOT NULL,
	"followed_at" timestamp with time zone,
	"unfollowed_at" timestamp with time zone,
	"last_interaction_at" timestamp with time zone,
	"send_window_closed_at" timestamp with time zone,
	"language" text,
	"contact_name" text,
	"contact_phone" text,
	"contact_address" text,
	"contact_consented_at" timestamp with time zone,
	"commune_code" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "conversation_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"citizen_id" text NOT NULL,
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"external_id" text NOT NULL,
	"zalo_message_id" text,
	"body" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zalo_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"citizen_id" text NOT NULL,
	"batch_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"zalo_message_id" text,
	"error_code" integer,
	"reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"not_before" timestamp with time zone,
	"correlation_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "zalo_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"oa_id" text,
	"access_token_enc" text NOT NULL,
	"refresh_token_enc" text NOT NULL,
	"access_expires_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"last_error" text,
	"version" integer DEFAULT 1 NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "admin_api_tokens" ADD CONSTRAINT "admin_api_tokens_account_id_admin_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."admin_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_flow_publications" ADD CONSTRAINT "conversation_flow_publications_flow_id_version_conversation_flow_versions_flow_id_version_fk" FOREIGN KEY ("flow_id","version") REFERENCES "public"."conversation_flow_versions"("flow_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_template_publications" ADD CONSTRAINT "conversation_template_publications_namespace_language_version_conversation_template_versions_namespace_language_version_fk" FOREIGN KEY ("namespace","language","version") REFERENCES "public"."conversation_template_versions"("namespace","language","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "admin_accounts_email_lower_key" ON "admin_accounts" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "admin_api_tokens_token_hash_key" ON "admin_api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "admin_api_tokens_account_id_idx" ON "admin_api_tokens" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","id");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_type","target_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_account_idx" ON "audit_log" USING btree ("actor_account_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "citizens_following_idx" ON "citizens" USING btree ("following");--> statement-breakpoint
CREATE INDEX "citizens_last_interaction_idx" ON "citizens" USING btree ("last_interaction_at");--> statement-breakpoint
CREATE INDEX "conversation_handoffs_status_created_idx" ON "conversation_handoffs" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lgsp_dossier_follows_citizen_dossier" ON "lgsp_dossier_follows" USING btree ("citizen_id","dossier_code");--> statement-breakpoint
CREATE INDEX "lgsp_dossier_follows_due_idx" ON "lgsp_dossier_follows" USING btree ("next_check_at") WHERE "lgsp_dossier_follows"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_messages_external_key" ON "conversation_messages" USING btree ("direction","external_id");--> statement-breakpoint
CREATE INDEX "conversation_messages_citizen_idx" ON "conversation_messages" USING btree ("citizen_id","occurred_at");--> statement-breakpoint
CREATE INDEX "conversation_messages_occurred_idx" ON "conversation_messages" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "zalo_deliveries_citizen_status_idx" ON "zalo_deliveries" USING btree ("citizen_id","status","seq");--> statement-breakpoint
CREATE INDEX "zalo_deliveries_message_idx" ON "zalo_deliveries" USING btree ("zalo_message_id");--> statement-breakpoint
CREATE INDEX "zalo_deliveries_created_idx" ON "zalo_deliveries" USING btree ("created_at");