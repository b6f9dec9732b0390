CREATE INDEX "decisions_decided_at" ON "decisions" USING btree ("decided_at");--> statement-breakpoint
CREATE INDEX "payments_paid_at" ON "payments" USING btree ("paid_at");--> statement-breakpoint
CREATE INDEX "service_records_at" ON "service_records" USING btree ("at");