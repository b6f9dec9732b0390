// A central that has been running for a while: its change log holds the history of every change
// since it started (nothing prunes it). Synthetic entries, as committed transactions of four
// changes each, numbered in commit_log before anything the benchmark's workstations will pull.
import pg from 'pg'

const CHANGES_PER_COMMIT = 4
/** Far above any real transaction id of the benchmark cluster, so the synthetic ones never collide. */
const XID_BASE = 1_000_000_000_000

export async function addChangeHistory(url: string, entries: number): Promise<number> {
  const started = Date.now()
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const commits = Math.ceil(entries / CHANGES_PER_COMMIT)
    await client.query('BEGIN')
    // The commit-order trigger would stamp this loading transaction as one commit: the history
    // brings its own commit_log rows instead.
    await client.query('ALTER TABLE change_log DISABLE TRIGGER change_log_commit_order')
    await client.query(`INSERT INTO commit_log (xid, committed_at) SELECT ($2::bigint + i)::text::xid8, now() - interval '1 day' FROM generate_series(1, $1::int) AS i`, [
      commits,
      XID_BASE
    ])
    await client.query(
      `INSERT INTO change_log (xid, op, table_name, row_id, body)
       SELECT ($3::bigint + 1 + i / $2::int)::text::xid8, 'upsert', 'violations', 'history-' || i,
              jsonb_build_object('id', 'history-' || i, 'status', 'processed', 'updated_at', '2026-01-01T09:00:00.000+08:00', 'place', repeat('深', 40))
       FROM generate_series(0, $1::int - 1) AS i`,
      [entries, CHANGES_PER_COMMIT, XID_BASE]
    )
    await client.query('ALTER TABLE change_log ENABLE TRIGGER change_log_commit_order')
    await client.query('COMMIT')
    await client.query('VACUUM ANALYZE change_log')
    await client.query('VACUUM ANALYZE commit_log')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
  return (Date.now() - started) / 1000
}
