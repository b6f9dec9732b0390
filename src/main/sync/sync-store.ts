// The workstation's sync bookkeeping on its own SQLite connection (foreign keys off: the cache
// mirrors central, which enforces integrity, and rows name operators of other workstations that
// have no local row). Every step is one transaction, saved with the position it reached, so a
// crash at any point resumes without losing or doubling anything.
import type Database from 'better-sqlite3'
import type { BootstrapPage, BootstrapStart, CommandResult, Cursor, PullResponse, WireCommand } from './protocol'
import { compareCursor, wireCommandSchema } from './protocol'
import { LocalRows } from './local-rows'
import { SyncError } from './client'
import { rebase, type LocalCommandEnv } from './rebase'
import { SYNCED_TABLES, syncedTable } from './tables'

export interface Enrolment {
  centralUrl: string
  workstationId: string
  secret: string
  jurisdiction: string
  jurisdictionName: string
}

interface BootstrapProgress {
  epoch: string
  cursor: Cursor
  tables: { table: string; after: string; done: boolean; rows: number; total: number }[]
}

/** A page that parsed but does not add up: nothing of it is written, and it is fetched again. */
function malformed(what: string): SyncError {
  return new SyncError('RESPONSE_MALFORMED', `${what}，稍后自动重试`, true)
}

const KEYS = {
  enrolment: 'sync.enrolment',
  cursor: 'sync.cursor',
  epoch: 'sync.epoch',
  bootstrap: 'sync.bootstrap',
  lastSyncAt: 'sync.lastSyncAt',
  skewMs: 'sync.skewMs',
  lastProcessedSeq: 'sync.lastProcessedSeq'
} as const

export class SyncStore {
  readonly rows: LocalRows
  private readonly getStmt: Database.Statement
  private readonly setStmt: Database.Statement
  private readonly delStmt: Database.Statement

  constructor(
    readonly sqlite: Database.Database,
    private readonly env: () => LocalCommandEnv
  ) {
    this.rows = new LocalRows(sqlite)
    this.getStmt = sqlite.prepare('SELECT value FROM sync_state WHERE key = ?').pluck()
    this.setStmt = sqlite.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    this.delStmt = sqlite.prepare('DELETE FROM sync_state WHERE key = ?')
  }

  private get<T>(key: string): T | null {
    const v = this.getStmt.get(key) as string | undefined
    return v === undefined ? null : (JSON.parse(v) as T)
  }

  private set(key: string, value: unknown): void {
    this.setStmt.run(key, JSON.stringify(value))
  }

  private write<T>(fn: () => T): T {
    return this.sqlite.transaction(fn).immediate()
  }

  enrolment(): Enrolment | null {
    return this.get<Enrolment>(KEYS.enrolment)
  }

  saveEnrolment(e: Enrolment): void {
    this.write(() => this.set(KEYS.enrolment, e))
  }

  /**
   * After a reinstall central already processed commands of this workstation id: the next local
   * command must continue after them (write-path.ts reads outbox.nextSeq, a plain number).
   */
  continueSequenceAfter(lastSeq: number): void {
    this.write(() => {
      const current = Number((this.getStmt.get('outbox.nextSeq') as string | undefined) ?? '1')
      if (lastSeq + 1 > current) this.setStmt.run('outbox.nextSeq', String(lastSeq + 1))
    })
  }

  cursor(): { cursor: Cursor; epoch: string } | null {
    const cursor = this.get<Cursor>(KEYS.cursor)
    const epoch = this.get<string>(KEYS.epoch)
    return cursor === null || epoch === null ? null : { cursor, epoch }
  }

  lastSyncAt(): string | null {
    return this.get<string>(KEYS.lastSyncAt)
  }

  skewMs(): number | null {
    return this.get<number>(KEYS.skewMs)
  }

  noteExchange(at: string, skewMs: number | null): void {
    this.write(() => {
      this.set(KEYS.lastSyncAt, at)
      if (skewMs !== null) this.set(KEYS.skewMs, skewMs)
    })
  }

  // ---- push ----

  pendingBatch(limit: number): WireCommand[] {
    const rows = this.sqlite
      .prepare("SELECT id, seq, type, payload FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT ?")
      .all(limit) as { id: string; seq: number; type: string; payload: string }[]
    return rows.map((r) => wireCommandSchema.parse({ id: r.id, seq: r.seq, type: r.type, payload: JSON.parse(r.payload) }))
  }

  /** Records central's answers; a rejection or an assigned number rebuilds the local view. */
  applyPushResults(results: CommandResult[], at: string): { applied: number; rejected: number; retry: number } {
    return this.write(() => {
      const counts = { applied: 0, rejected: 0, retry: 0 }
      let needsRebase = false
      const applied = this.sqlite.prepare("UPDATE outbox SET status = 'applied', assigned = ?, answered_at = ?, last_error = NULL WHERE id = ? AND status = 'pending'")
      const rejected = this.sqlite.prepare(
        "UPDATE outbox SET status = 'rejected', result_code = ?, result_message = ?, server_state = ?, answered_at = ?, last_error = NULL WHERE id = ? AND status = 'pending'"
      )
      const retry = this.sqlite.prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?')
      for (const r of results) {
        if (r.status === 'applied') {
          const assigned = Object.keys(r.assigned).length > 0
          const changed = applied.run(assigned ? JSON.stringify(r.assigned) : null, at, r.id).changes > 0
          counts.applied += 1
          if (changed && assigned) needsRebase = true
        } else if (r.status === 'rejected') {
          const changed = rejected.run(r.code, r.message, JSON.stringify(r.serverState), at, r.id).changes > 0
          counts.rejected += 1
          if (changed) {
            needsRebase = true
            this.openConflictTask(r.id, at)
          }
        } else {
          retry.run(`${r.code}: ${r.message}`, r.id)
          counts.retry += 1
        }
      }
      if (needsRebase) rebase(this.sqlite, this.rows, this.env())
      return counts
    })
  }

  noteTransientFailure(ids: string[], error: string): void {
    const stmt = this.sqlite.prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?')
    this.write(() => ids.forEach((id) => stmt.run(error, id)))
  }

  /** A rejected action goes to the supervisors' list (review_tasks, kind sync_conflict). */
  private openConflictTask(outboxId: string, at: string): void {
    const exists = this.sqlite.prepare("SELECT 1 FROM review_tasks WHERE kind = 'sync_conflict' AND subject_id = ?").get(outboxId)
    if (exists !== undefined) return
    const payload = this.sqlite.prepare('SELECT payload FROM outbox WHERE id = ?').pluck().get(outboxId) as string | undefined
    const operatorId = payload === undefined ? null : ((JSON.parse(payload) as { operatorId: string | null }).operatorId ?? null)
    // The proposer must be a local operator (foreign key); commands are only made by local ones.
    const known = operatorId !== null && this.sqlite.prepare('SELECT 1 FROM operators WHERE id = ?').get(operatorId) !== undefined
    this.sqlite
      .prepare("INSERT INTO review_tasks (id, kind, subject_id, status, proposer_id, created_at) VALUES (?, 'sync_conflict', ?, 'open', ?, ?)")
      .run(`conflict-${outboxId}`, outboxId, known ? operatorId : null, at)
  }

  // ---- pull ----

  /** Applies one page if it continues from the saved cursor; a re-delivered or reordered page is ignored. */
  applyPullPage(page: PullResponse): 'applied' | 'stale' {
    if (page.count !== page.changes.length) throw malformed(`同步数据页不完整（声明${page.count}条，收到${page.changes.length}条）`)
    return this.write(() => {
      const saved = this.cursor()
      if (saved === null || compareCursor(saved.cursor, page.from) !== 0) return 'stale'
      if (compareCursor(page.to, page.from) < 0) return 'stale'
      const enrolment = this.enrolment()
      const unsettled = (this.sqlite.prepare("SELECT count(*) FROM outbox WHERE settled = 0 AND status != 'rejected'").pluck().get() as number) > 0
      const applyChanges = (): void => {
        const settle = this.sqlite.prepare(
          `UPDATE outbox SET settled = 1,
             status = CASE WHEN status = 'pending' THEN ? ELSE status END,
             result_code = coalesce(result_code, ?), result_message = coalesce(result_message, ?)
           WHERE id = ?`
        )
        for (const c of page.changes) {
          if (c.op === 'upsert') this.rows.upsert(c.table, c.row)
          else if (c.op === 'delete') this.rows.delete(c.table, c.id)
          else if (enrolment !== null && c.workstationId === enrolment.workstationId) {
            settle.run(c.status, c.code, c.message, c.id)
            if (c.status === 'rejected') this.openConflictTask(c.id, page.serverTime)
          }
        }
      }
      if (unsettled || this.rows.hasShadows()) rebase(this.sqlite, this.rows, this.env(), applyChanges)
      else applyChanges()
      this.set(KEYS.cursor, page.to)
      this.set(KEYS.lastProcessedSeq, page.lastProcessedSeq)
      return 'applied'
    })
  }

  // ---- bootstrap ----

  bootstrapProgress(): BootstrapProgress | null {
    return this.get<BootstrapProgress>(KEYS.bootstrap)
  }

  isBootstrapped(): boolean {
    return this.cursor() !== null && this.bootstrapProgress() === null
  }

  /** Starts (or restarts after CURSOR_UNKNOWN) a bootstrap: the cached tables are emptied first. */
  beginBootstrap(start: BootstrapStart): void {
    this.write(() => {
      for (const t of [...SYNCED_TABLES].reverse()) this.sqlite.prepare(`DELETE FROM "${t.name}"`).run()
      this.sqlite.prepare('DELETE FROM sync_shadow').run()
      // Commands central already applied are committed there, so the snapshot holds their effect;
      // their settlement markers lie behind the new cursor and will never be pulled.
      this.sqlite.prepare("UPDATE outbox SET settled = 1 WHERE status = 'applied'").run()
      this.delStmt.run(KEYS.cursor)
      this.set(KEYS.bootstrap, {
        epoch: start.epoch,
        cursor: start.cursor,
        tables: start.tables.map((t) => ({ table: t.table, after: '', done: false, rows: 0, total: t.rows }))
      } satisfies BootstrapProgress)
    })
  }

  applyBootstrapPage(page: BootstrapPage): void {
    const table = syncedTable(page.table)
    if (table === undefined) throw new Error(`unknown table ${page.table}`)
    if (page.count !== page.rows.length) throw malformed(`辖区数据页不完整（声明${page.count}行，收到${page.rows.length}行）`)
    this.write(() => {
      const progress = this.bootstrapProgress()
      const entry = progress?.tables.find((t) => t.table === page.table)
      // A page that does not continue where the last one ended (a retry after a crash) is skipped.
      if (progress === null || entry === undefined || entry.after !== page.after || entry.done) return
      this.rows.upsertMany(page.table, page.columns, page.rows)
      entry.after = page.last ?? entry.after
      entry.rows += page.rows.length
      entry.done = page.done
      this.set(KEYS.bootstrap, progress)
    })
  }

  /** All tables in: pull continues from the bootstrap's cursor, and pending actions are replayed on top. */
  finishBootstrap(): void {
    this.write(() => {
      const progress = this.bootstrapProgress()
      if (progress === null || progress.tables.some((t) => !t.done)) throw new Error('bootstrap is not complete')
      this.set(KEYS.cursor, progress.cursor)
      this.set(KEYS.epoch, progress.epoch)
      this.delStmt.run(KEYS.bootstrap)
      rebase(this.sqlite, this.rows, this.env())
    })
  }

  // ---- status ----

  /**
   * For the status bar: clerk actions only. Audit records of views travel the same way but are
   * nothing a clerk waits for, so they are not counted as 待上传.
   */
  counts(): { pending: number; awaitingPull: number; rejectedOpen: number } {
    const row = this.sqlite
      .prepare(
        `SELECT
           sum(CASE WHEN status = 'pending' AND type != 'audit.personViewed' THEN 1 ELSE 0 END) AS pending,
           sum(CASE WHEN status = 'applied' AND settled = 0 THEN 1 ELSE 0 END) AS awaiting,
           (SELECT count(*) FROM review_tasks WHERE kind = 'sync_conflict' AND status = 'open') AS rejected
         FROM outbox`
      )
      .get() as { pending: number | null; awaiting: number | null; rejected: number }
    return { pending: row.pending ?? 0, awaitingPull: row.awaiting ?? 0, rejectedOpen: row.rejected }
  }
}
