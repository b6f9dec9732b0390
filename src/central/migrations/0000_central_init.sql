CREATE SEQUENCE "public"."decision_serial" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"person_id" text,
	"unit_id" text,
	"phone" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"registered_at" text NOT NULL,
	"registered_by" text
);
--> statement-breakpoint
CREATE TABLE "bindings" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"vehicle_id" text NOT NULL,
	"status" text NOT NULL,
	"consent" text NOT NULL,
	"bound_at" text NOT NULL,
	"unbound_at" text,
	"channel" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "central_meta" (
	"id" integer PRIMARY KEY NOT NULL,
	"epoch" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"jurisdiction_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"op" text NOT NULL,
	"table_name" text,
	"row_id" text,
	"body" jsonb
);
--> statement-breakpoint
CREATE TABLE "commands" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workstation_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text NOT NULL,
	"code" text,
	"message" text,
	"assigned" jsonb NOT NULL,
	"server_state" jsonb NOT NULL,
	"client_time" text NOT NULL,
	"effective_time" text NOT NULL,
	"audit_seq" bigint NOT NULL,
	"audit_hash" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"decision_no" text NOT NULL,
	"provisional" boolean NOT NULL,
	"violation_id" text NOT NULL,
	"person_id" text NOT NULL,
	"fine_fen" integer NOT NULL,
	"points" integer NOT NULL,
	"decided_at" text NOT NULL,
	"due_date" text NOT NULL,
	"organ" text NOT NULL,
	"operator_id" text
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"violation_id" text NOT NULL,
	"ground" text NOT NULL,
	"statement" text NOT NULL,
	"status" text NOT NULL,
	"proposal" text,
	"filed_by" text NOT NULL,
	"filed_at" text NOT NULL,
	"resolved_at" text
);
--> statement-breakpoint
CREATE TABLE "drivers" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"file_no" text NOT NULL,
	"classes" text NOT NULL,
	"status" text NOT NULL,
	"first_issue_date" text NOT NULL,
	"valid_until" text NOT NULL,
	"cycle_points" integer NOT NULL,
	"full_score_count" integer NOT NULL,
	"restricted" boolean NOT NULL,
	"issuing_organ" text NOT NULL,
	"phone" text,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrolment_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_by" uuid,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"decision_id" text NOT NULL,
	"fine_fen" integer NOT NULL,
	"late_fee_fen" integer NOT NULL,
	"receipt_no" text NOT NULL,
	"channel" text NOT NULL,
	"paid_at" text NOT NULL,
	"operator_id" text
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"id_type" text NOT NULL,
	"id_number" text NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" text NOT NULL,
	"address" text NOT NULL,
	"phone" text,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"credit_code" text NOT NULL,
	"name" text NOT NULL,
	"manager_person_id" text,
	"manager_phone" text,
	"address" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vehicles" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"plate" text NOT NULL,
	"plate_type" text NOT NULL,
	"use_code" text NOT NULL,
	"model" text NOT NULL,
	"status" text NOT NULL,
	"vehicle_kind" text,
	"restricted" boolean NOT NULL,
	"owner_type" text NOT NULL,
	"owner_person_id" text,
	"owner_unit_id" text,
	"phone" text,
	"registered_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "violations" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"record_no" text NOT NULL,
	"source" text NOT NULL,
	"vehicle_id" text,
	"plate" text NOT NULL,
	"plate_type" text NOT NULL,
	"driver_person_id" text,
	"code" text NOT NULL,
	"behaviour" text NOT NULL,
	"penalty" text,
	"fine_fen" integer NOT NULL,
	"points" integer NOT NULL,
	"status" text NOT NULL,
	"occurred_at" text NOT NULL,
	"place" text NOT NULL,
	"region_code" text NOT NULL,
	"discovering_organ" text NOT NULL,
	"on_internet" boolean NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workstations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"secret_hash" text NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone,
	"last_skew_ms" bigint
);
--> statement-breakpoint
ALTER TABLE "commands" ADD CONSTRAINT "commands_workstation_id_workstations_id_fk" FOREIGN KEY ("workstation_id") REFERENCES "public"."workstations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_phone" ON "accounts" USING btree ("phone");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_person" ON "accounts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "accounts_unit" ON "accounts" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "bindings_person" ON "bindings" USING btree ("person_id","status");--> statement-breakpoint
CREATE INDEX "bindings_vehicle" ON "bindings" USING btree ("vehicle_id","status");--> statement-breakpoint
CREATE INDEX "change_log_position" ON "change_log" USING btree ("xid","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "commands_ws_seq" ON "commands" USING btree ("workstation_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_no" ON "decisions" USING btree ("decision_no");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_violation" ON "decisions" USING btree ("violation_id");--> statement-breakpoint
CREATE INDEX "decisions_person" ON "decisions" USING btree ("person_id","decided_at");--> statement-breakpoint
CREATE INDEX "disputes_violation" ON "disputes" USING btree ("violation_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "drivers_person" ON "drivers" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "drivers_file_no" ON "drivers" USING btree ("file_no");--> statement-breakpoint
CREATE INDEX "drivers_phone" ON "drivers" USING btree ("phone");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_decision" ON "payments" USING btree ("decision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_receipt" ON "payments" USING btree ("receipt_no");--> statement-breakpoint
CREATE UNIQUE INDEX "people_id_number" ON "people" USING btree ("id_type","id_number");--> statement-breakpoint
CREATE INDEX "people_phone" ON "people" USING btree ("phone");--> statement-breakpoint
CREATE UNIQUE INDEX "units_credit_code" ON "units" USING btree ("credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "vehicles_plate" ON "vehicles" USING btree ("plate","plate_type");--> statement-breakpoint
CREATE INDEX "vehicles_owner_person" ON "vehicles" USING btree ("owner_person_id");--> statement-breakpoint
CREATE INDEX "vehicles_owner_unit" ON "vehicles" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "vehicles_phone" ON "vehicles" USING btree ("phone");--> statement-breakpoint
CREATE UNIQUE INDEX "violations_record_no" ON "violations" USING btree ("record_no");--> statement-breakpoint
CREATE INDEX "violations_vehicle" ON "violations" USING btree ("vehicle_id","occurred_at");--> statement-breakpoint
CREATE INDEX "violations_driver" ON "violations" USING btree ("driver_person_id","occurred_at");--> statement-breakpoint
CREATE INDEX "violations_plate" ON "violations" USING btree ("plate","plate_type");