-- Every transaction that appends to the change log is stamped in commit_log at commit time, under
-- one advisory lock held until the commit completes: commit_log.seq is then the commit order.
-- Deferred, so the lock is taken as late as possible (the work before it runs concurrently).
CREATE FUNCTION counterdesk_stamp_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM commit_log WHERE xid = pg_current_xact_id()) THEN
    PERFORM pg_advisory_xact_lock(727271);
    INSERT INTO commit_log DEFAULT VALUES;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER change_log_commit_order AFTER INSERT ON change_log
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION counterdesk_stamp_commit();
