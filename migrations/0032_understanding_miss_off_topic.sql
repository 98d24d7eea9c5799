-- A message the bot recognised as a subject no flow serves ("giá vàng hôm nay", answered with what it does) is kept
-- with its own outcome, apart from the misses. Those recorded before were kept as fallbacks and stay so.
ALTER TABLE "understanding_misses" DROP CONSTRAINT "understanding_misses_outcome_check";--> statement-breakpoint
ALTER TABLE "understanding_misses" ADD CONSTRAINT "understanding_misses_outcome_check" CHECK ("understanding_misses"."outcome" in ('fallback', 'asked', 'off_topic'));