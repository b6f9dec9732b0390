CREATE TABLE "service_records" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"person_id" text,
	"unit_id" text,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"detail" text NOT NULL,
	"at" text NOT NULL,
	"operator_id" text,
	"operator_no" text,
	"operator_name" text,
	"workstation_id" text,
	"place" text NOT NULL,
	"channel" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sms_challenges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workstation_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"purpose" text NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"verified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sms_messages" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"phone" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"command_id" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sms_challenges" ADD CONSTRAINT "sms_challenges_workstation_id_workstations_id_fk" FOREIGN KEY ("workstation_id") REFERENCES "public"."workstations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_records_person" ON "service_records" USING btree ("person_id","at");--> statement-breakpoint
CREATE INDEX "service_records_unit" ON "service_records" USING btree ("unit_id","at");--> statement-breakpoint
CREATE INDEX "service_records_operator_day" ON "service_records" USING btree ("operator_id","at");--> statement-breakpoint
CREATE INDEX "sms_challenges_phone" ON "sms_challenges" USING btree ("phone","created_at");--> statement-breakpoint
CREATE INDEX "sms_messages_phone" ON "sms_messages" USING btree ("phone","seq");