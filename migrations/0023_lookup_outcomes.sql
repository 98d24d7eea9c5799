CREATE TABLE "lgsp_lookup_outcomes" (
	"day" date NOT NULL,
	"service" text NOT NULL,
	"outcome" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "lgsp_lookup_outcomes_day_service_outcome_pk" PRIMARY KEY("day","service","outcome")
);
