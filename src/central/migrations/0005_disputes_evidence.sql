CREATE TABLE "evidence_photos" (
	"violation_id" text NOT NULL,
	"seq" integer NOT NULL,
	"mime" text NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"captured_at" text NOT NULL,
	"caption" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "points_before" integer;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "person_id" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "filed_by_no" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "proposal_detail" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "proposed_by" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "proposed_by_no" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "proposed_at" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "reviewed_by" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "reviewed_by_no" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "attachments" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "updated_at" text;--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_photos_violation" ON "evidence_photos" USING btree ("violation_id","seq");