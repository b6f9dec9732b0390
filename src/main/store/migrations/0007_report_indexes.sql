CREATE INDEX `decisions_decided_at` ON `decisions` (`decided_at`);--> statement-breakpoint
CREATE INDEX `payments_paid_at` ON `payments` (`paid_at`);--> statement-breakpoint
CREATE INDEX `service_records_at` ON `service_records` (`at`);