CREATE TABLE `printed_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`subject_id` text NOT NULL,
	`content_digest` text NOT NULL,
	`pdf_sha256` text NOT NULL,
	`pdf` blob NOT NULL,
	`first_printed_at` text NOT NULL,
	`operator_id` text,
	`reprints` integer DEFAULT 0 NOT NULL,
	`last_printed_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `printed_documents_subject` ON `printed_documents` (`kind`,`subject_id`);--> statement-breakpoint
CREATE INDEX `printed_documents_day` ON `printed_documents` (`first_printed_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_disputes` (
	`id` text PRIMARY KEY NOT NULL,
	`violation_id` text NOT NULL,
	`ground` text NOT NULL,
	`statement` text NOT NULL,
	`status` text NOT NULL,
	`proposal` text,
	`filed_by` text NOT NULL,
	`filed_at` text NOT NULL,
	`resolved_at` text,
	FOREIGN KEY (`violation_id`) REFERENCES `violations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_disputes`("id", "violation_id", "ground", "statement", "status", "proposal", "filed_by", "filed_at", "resolved_at") SELECT "id", "violation_id", "ground", "statement", "status", "proposal", "filed_by", "filed_at", "resolved_at" FROM `disputes`;--> statement-breakpoint
DROP TABLE `disputes`;--> statement-breakpoint
ALTER TABLE `__new_disputes` RENAME TO `disputes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `disputes_violation` ON `disputes` (`violation_id`,`status`);--> statement-breakpoint
ALTER TABLE `decisions` ADD `points_before` integer;