CREATE TABLE "assessment_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"sub_code" text NOT NULL,
	"values" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" integer,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"review_status" text,
	"council_points" double precision,
	"review_reason" text,
	"review_message" text,
	"answer_until" timestamp with time zone,
	"answer_note" text,
	"reviewed_by_name" text,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "assessment_items_review_check" CHECK ("assessment_items"."review_status" is null or "assessment_items"."review_status" in ('accepted', 'adjusted', 'requested', 'answered'))
);
--> statement-breakpoint
CREATE TABLE "council_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"unit_id" integer,
	"set_id" text,
	"index_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_assignments_target_check" CHECK (("council_assignments"."unit_id" is not null) <> ("council_assignments"."set_id" is not null and "council_assignments"."index_code" is not null))
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"sub_code" text NOT NULL,
	"file_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"document_number" text NOT NULL,
	"document_date" date NOT NULL,
	"issuer" text NOT NULL,
	"summary" text NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"hash" text PRIMARY KEY NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"dedupe_key" text,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "period_deadlines" (
	"period_id" integer NOT NULL,
	"set_id" text NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	CONSTRAINT "period_deadlines_period_id_set_id_pk" PRIMARY KEY("period_id","set_id")
);
--> statement-breakpoint
CREATE TABLE "period_extensions" (
	"period_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"granted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "period_extensions_period_id_unit_id_pk" PRIMARY KEY("period_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "periods" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"framework_id" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"data_from" date NOT NULL,
	"data_to" date NOT NULL,
	"answer_days" integer DEFAULT 5 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"snapshot" jsonb,
	"finalized_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periods_state_check" CHECK ("periods"."state" in ('draft', 'open', 'closed', 'under_review', 'ranked', 'approved', 'published'))
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"period_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by_name" text NOT NULL,
	"late" boolean NOT NULL,
	"item_count" integer NOT NULL,
	CONSTRAINT "submissions_period_id_unit_id_pk" PRIMARY KEY("period_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "assessment_items" ADD CONSTRAINT "assessment_items_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_items" ADD CONSTRAINT "assessment_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_file_hash_evidence_files_hash_fk" FOREIGN KEY ("file_hash") REFERENCES "public"."evidence_files"("hash") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_deadlines" ADD CONSTRAINT "period_deadlines_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_extensions" ADD CONSTRAINT "period_extensions_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_extensions" ADD CONSTRAINT "period_extensions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_items_key" ON "assessment_items" USING btree ("period_id","unit_id","sub_code");--> statement-breakpoint
CREATE INDEX "council_assignments_period_idx" ON "council_assignments" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "evidence_item_idx" ON "evidence" USING btree ("period_id","unit_id","sub_code");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "periods_year_key" ON "periods" USING btree ("year");