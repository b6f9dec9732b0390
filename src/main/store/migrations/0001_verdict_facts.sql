ALTER TABLE `drivers` ADD `restricted` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `vehicles` ADD `vehicle_kind` text;--> statement-breakpoint
ALTER TABLE `vehicles` ADD `restricted` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `violations` ADD `penalty` text;