CREATE TABLE `sync_shadow` (
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`row_json` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_shadow_row` ON `sync_shadow` (`table_name`,`row_id`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `settled` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `result_code` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `result_message` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `server_state` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `assigned` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `local_conflict` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `answered_at` text;