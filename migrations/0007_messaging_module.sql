-- Delivery records and the conversation log belong to the channel-neutral messaging module: neutral names.
ALTER TABLE "zalo_deliveries" RENAME TO "message_deliveries";--> statement-breakpoint
ALTER TABLE "message_deliveries" RENAME CONSTRAINT "zalo_deliveries_pkey" TO "message_deliveries_pkey";--> statement-breakpoint
ALTER SEQUENCE "zalo_deliveries_seq_seq" RENAME TO "message_deliveries_seq_seq";--> statement-breakpoint
ALTER TABLE "message_deliveries" RENAME COLUMN "zalo_message_id" TO "channel_message_id";--> statement-breakpoint
ALTER INDEX "zalo_deliveries_citizen_status_idx" RENAME TO "message_deliveries_citizen_status_idx";--> statement-breakpoint
ALTER INDEX "zalo_deliveries_message_idx" RENAME TO "message_deliveries_message_idx";--> statement-breakpoint
ALTER INDEX "zalo_deliveries_created_idx" RENAME TO "message_deliveries_created_idx";--> statement-breakpoint
ALTER TABLE "conversation_messages" RENAME COLUMN "zalo_message_id" TO "channel_message_id";
