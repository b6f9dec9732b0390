CREATE TABLE `service_records` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text,
	`unit_id` text,
	`kind` text NOT NULL,
	`summary` text NOT NULL,
	`detail` text NOT NULL,
	`at` text NOT NULL,
	`operator_id` text,
	`operator_no` text,
	`operator_name` text,
	`workstation_id` text,
	`place` text NOT NULL,
	`channel` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `service_records_person` ON `service_records` (`person_id`,`at`);--> statement-breakpoint
CREATE INDEX `service_records_unit` ON `service_records` (`unit_id`,`at`);--> statement-breakpoint
CREATE INDEX `service_records_operator_day` ON `service_records` (`operator_id`,`at`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`bytes` blob NOT NULL,
	`owner_type` text NOT NULL,
	`owner_id` text NOT NULL,
	`created_at` text NOT NULL,
	`operator_id` text
);
--> statement-breakpoint
CREATE INDEX `attachments_owner` ON `attachments` (`owner_type`,`owner_id`);--> statement-breakpoint
CREATE INDEX `attachments_sha256` ON `attachments` (`sha256`);