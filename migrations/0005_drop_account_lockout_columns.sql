ALTER TABLE "admin_accounts" DROP COLUMN "failed_login_count";--> statement-breakpoint
ALTER TABLE "admin_accounts" DROP COLUMN "locked_until";