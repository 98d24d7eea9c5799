CREATE TABLE "province_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"overrides" jsonb NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "province_settings_single_row" CHECK ("province_settings"."id" = 1)
);
