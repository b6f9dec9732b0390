CREATE TABLE "commit_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"committed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commit_log_xid_unique" UNIQUE("xid")
);
--> statement-breakpoint
ALTER TABLE "enrolment_codes" ADD COLUMN "for_workstation" uuid;