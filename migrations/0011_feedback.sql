CREATE SEQUENCE "public"."feedback_ticket_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "feedback_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"citizen_id" text NOT NULL,
	"language" text NOT NULL,
	"category_code" text NOT NULL,
	"category_name" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"consent_kind" text NOT NULL,
	"consent_text" text NOT NULL,
	"consent_version" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"contact_name_sealed" text,
	"contact_phone_sealed" text,
	"lgsp_id" text,
	"agency" text,
	"answer" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"status_reason" text,
	"rating" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"forwarded_at" timestamp with time zone,
	"next_check_at" timestamp with time zone,
	"last_checked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_tickets_number" ON "feedback_tickets" USING btree ("number");--> statement-breakpoint
CREATE INDEX "feedback_tickets_citizen_idx" ON "feedback_tickets" USING btree ("citizen_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_tickets_status_idx" ON "feedback_tickets" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "feedback_tickets_due_idx" ON "feedback_tickets" USING btree ("next_check_at") WHERE "feedback_tickets"."next_check_at" is not null;