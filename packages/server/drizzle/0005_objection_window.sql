CREATE TABLE "objection_windows" (
	"period_id" integer PRIMARY KEY NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"set_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"sub_code" text NOT NULL,
	"reason" text NOT NULL,
	"evidence_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"council_points" double precision NOT NULL,
	"council_reason" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"answer" text,
	"points_after" double precision,
	"lodged_by_name" text NOT NULL,
	"lodged_at" timestamp with time zone NOT NULL,
	"answered_by_name" text,
	"answered_at" timestamp with time zone,
	CONSTRAINT "objections_status_check" CHECK ("objections"."status" in ('pending', 'upheld', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "objection_windows" ADD CONSTRAINT "objection_windows_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "objections_item_key" ON "objections" USING btree ("period_id","unit_id","sub_code");