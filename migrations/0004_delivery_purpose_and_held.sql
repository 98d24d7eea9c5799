ALTER TABLE "zalo_deliveries" ADD COLUMN "purpose" text DEFAULT 'reply' NOT NULL;--> statement-breakpoint
ALTER TABLE "zalo_deliveries" ADD COLUMN "in_flight_since" timestamp with time zone;