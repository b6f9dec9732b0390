CREATE TABLE `operators` (
	`id` text PRIMARY KEY NOT NULL,
	`police_no` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`active` integer DEFAULT true NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `operators_police_no` ON `operators` (`police_no`);--> statement-breakpoint
CREATE TABLE `drivers` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`file_no` text NOT NULL,
	`classes` text NOT NULL,
	`status` text NOT NULL,
	`first_issue_date` text NOT NULL,
	`valid_until` text NOT NULL,
	`cycle_points` integer DEFAULT 0 NOT NULL,
	`full_score_count` integer DEFAULT 0 NOT NULL,
	`issuing_organ` text NOT NULL,
	`phone` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drivers_person` ON `drivers` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `drivers_file_no` ON `drivers` (`file_no`);--> statement-breakpoint
CREATE INDEX `drivers_phone` ON `drivers` (`phone`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`id_type` text DEFAULT 'A' NOT NULL,
	`id_number` text NOT NULL,
	`name` text NOT NULL,
	`gender` text NOT NULL,
	`birth_date` text NOT NULL,
	`address` text NOT NULL,
	`phone` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_id_number` ON `people` (`id_type`,`id_number`);--> statement-breakpoint
CREATE INDEX `people_phone` ON `people` (`phone`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` text PRIMARY KEY NOT NULL,
	`credit_code` text NOT NULL,
	`name` text NOT NULL,
	`manager_person_id` text,
	`manager_phone` text,
	`address` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`manager_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_credit_code` ON `units` (`credit_code`);--> statement-breakpoint
CREATE TABLE `bindings` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`vehicle_id` text NOT NULL,
	`status` text NOT NULL,
	`consent` text NOT NULL,
	`bound_at` text NOT NULL,
	`unbound_at` text,
	`channel` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bindings_person` ON `bindings` (`person_id`,`status`);--> statement-breakpoint
CREATE INDEX `bindings_vehicle` ON `bindings` (`vehicle_id`,`status`);--> statement-breakpoint
CREATE TABLE `vehicles` (
	`id` text PRIMARY KEY NOT NULL,
	`plate` text NOT NULL,
	`plate_type` text NOT NULL,
	`use_code` text NOT NULL,
	`model` text NOT NULL,
	`status` text NOT NULL,
	`owner_type` text NOT NULL,
	`owner_person_id` text,
	`owner_unit_id` text,
	`phone` text,
	`registered_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`owner_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vehicles_plate` ON `vehicles` (`plate`,`plate_type`);--> statement-breakpoint
CREATE INDEX `vehicles_owner_person` ON `vehicles` (`owner_person_id`);--> statement-breakpoint
CREATE INDEX `vehicles_owner_unit` ON `vehicles` (`owner_unit_id`);--> statement-breakpoint
CREATE INDEX `vehicles_phone` ON `vehicles` (`phone`);--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`person_id` text,
	`unit_id` text,
	`phone` text NOT NULL,
	`channel` text NOT NULL,
	`status` text NOT NULL,
	`registered_at` text NOT NULL,
	`registered_by` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_phone` ON `accounts` (`phone`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_person` ON `accounts` (`person_id`);--> statement-breakpoint
CREATE INDEX `accounts_unit` ON `accounts` (`unit_id`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`decision_no` text NOT NULL,
	`provisional` integer DEFAULT false NOT NULL,
	`violation_id` text NOT NULL,
	`person_id` text NOT NULL,
	`fine_fen` integer NOT NULL,
	`points` integer NOT NULL,
	`decided_at` text NOT NULL,
	`due_date` text NOT NULL,
	`organ` text NOT NULL,
	`operator_id` text,
	FOREIGN KEY (`violation_id`) REFERENCES `violations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_no` ON `decisions` (`decision_no`);--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_violation` ON `decisions` (`violation_id`);--> statement-breakpoint
CREATE INDEX `decisions_person` ON `decisions` (`person_id`,`decided_at`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`decision_id` text NOT NULL,
	`fine_fen` integer NOT NULL,
	`late_fee_fen` integer NOT NULL,
	`receipt_no` text NOT NULL,
	`channel` text NOT NULL,
	`paid_at` text NOT NULL,
	`operator_id` text,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payments_decision` ON `payments` (`decision_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `payments_receipt` ON `payments` (`receipt_no`);--> statement-breakpoint
CREATE TABLE `violations` (
	`id` text PRIMARY KEY NOT NULL,
	`record_no` text NOT NULL,
	`source` text NOT NULL,
	`vehicle_id` text,
	`plate` text NOT NULL,
	`plate_type` text NOT NULL,
	`driver_person_id` text,
	`code` text NOT NULL,
	`behaviour` text NOT NULL,
	`fine_fen` integer NOT NULL,
	`points` integer NOT NULL,
	`status` text NOT NULL,
	`occurred_at` text NOT NULL,
	`place` text NOT NULL,
	`region_code` text NOT NULL,
	`discovering_organ` text NOT NULL,
	`on_internet` integer DEFAULT true NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`driver_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `violations_record_no` ON `violations` (`record_no`);--> statement-breakpoint
CREATE INDEX `violations_vehicle` ON `violations` (`vehicle_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `violations_driver` ON `violations` (`driver_person_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `violations_plate` ON `violations` (`plate`,`plate_type`);--> statement-breakpoint
CREATE TABLE `disputes` (
	`id` text PRIMARY KEY NOT NULL,
	`violation_id` text NOT NULL,
	`ground` text NOT NULL,
	`statement` text NOT NULL,
	`status` text NOT NULL,
	`proposal` text,
	`filed_by` text NOT NULL,
	`filed_at` text NOT NULL,
	`resolved_at` text,
	FOREIGN KEY (`violation_id`) REFERENCES `violations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`filed_by`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disputes_violation` ON `disputes` (`violation_id`,`status`);--> statement-breakpoint
CREATE TABLE `review_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`subject_id` text NOT NULL,
	`status` text NOT NULL,
	`proposer_id` text,
	`reviewer_id` text,
	`comment` text,
	`created_at` text NOT NULL,
	`decided_at` text,
	FOREIGN KEY (`proposer_id`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_tasks_open` ON `review_tasks` (`status`,`kind`,`created_at`);--> statement-breakpoint
CREATE TABLE `audit_head` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`operator_id` text,
	`workstation_id` text NOT NULL,
	`action` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text,
	`payload_digest` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_subject` ON `audit_log` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_seq` ON `outbox` (`seq`);--> statement-breakpoint
CREATE INDEX `outbox_status` ON `outbox` (`status`,`seq`);--> statement-breakpoint
CREATE TABLE `sync_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
