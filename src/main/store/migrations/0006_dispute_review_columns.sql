ALTER TABLE `disputes` ADD `person_id` text;--> statement-breakpoint
ALTER TABLE `disputes` ADD `filed_by_no` text;--> statement-breakpoint
ALTER TABLE `disputes` ADD `proposal_detail` text;--> statement-breakpoint
ALTER TABLE `disputes` ADD `proposed_by` text;--> statement-breakpoint
ALTER TABLE `disputes` ADD `proposed_by_no` text;--> statement-breakpoint
ALTER TABLE `disputes` ADD `proposed_at` text;--> statement-breakpoint
ALTER TABLE `disputes` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `disputes` ADD `reviewed_by_no` text;--> statement-breakpoint
ALTER TABLE `disputes` ADD `review_comment` text;--> statement-breakpoint
ALTER TABLE `disputes` ADD `attachments` text;--> statement-breakpoint
ALTER TABLE `disputes` ADD `updated_at` text;