// Clerk actions that become central commands. Each is one write-path transaction: the command is
// decided on local rows with the same definition central uses, its effect written as pending
// (shadowed, so a rejection can take it back), an audit entry chained, the outbox command queued.
// A refusal throws DomainError and writes nothing.
import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { DomainError } from '../../shared/contract/result'
import type { OperatorDto, ProcessResult } from '../../shared/contract/schemas'
import type { ProcessViolationPayload } from '../commands'
import type { Clerk } from '../commands/clerk'
import { LocalRows } from '../sync/local-rows'
import { executeLocally, type LocalCommandEnv } from '../sync/rebase'
import type { WritePath } from '../store/write-path'

export interface WindowActionDeps {
  sqlite: Database.Database
  writes: WritePath
  env: () => LocalCommandEnv
  workstationId: string
  organName: string
}

const SERIAL_KEY = 'decision.provisionalSerial'

export function createWindowActions(deps: WindowActionDeps) {
  const rows = new LocalRows(deps.sqlite)
  const readSerial = deps.sqlite.prepare('SELECT value FROM sync_state WHERE key = ?').pluck()
  const writeSerial = deps.sqlite.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
  const decisionRow = deps.sqlite.prepare('SELECT decision_no, provisional, due_date, fine_fen, points FROM decisions WHERE id = ?')

  /** 临-<workstation>-<serial>: unique across workstations, obviously not a definitive number. */
  function nextProvisionalNo(): string {
    const serial = Number((readSerial.get(SERIAL_KEY) as string | undefined) ?? '0') + 1
    writeSerial.run(SERIAL_KEY, String(serial))
    return `临-${deps.workstationId.slice(0, 4).toUpperCase()}-${String(serial).padStart(6, '0')}`
  }

  function run<T>(type: string, data: T, at: string, operatorId: string): void {
    const outcome = executeLocally(rows, type, data, { at, operatorId }, deps.env())
    if (!outcome.ok) throw new DomainError(outcome.code, outcome.message)
  }

  return {
    processViolation(input: { violationId: string; personId: string; confirmed: string[] }, operator: OperatorDto): ProcessResult {
      const operatorId = operator.id
      // Recorded with the decision, so the person's history says who processed it and where.
      const clerk: Clerk = { operatorNo: operator.policeNo, operatorName: operator.name, workstationId: deps.workstationId, place: deps.organName }
      const decisionId = randomUUID()
      const receipt = deps.writes.run({
        action: 'violation.process',
        operatorId,
        subject: { type: 'violation', id: input.violationId },
        auditPayload: { ...input },
        // The payload holds the provisional number, drawn inside the transaction by apply.
        command: (payload: ProcessViolationPayload) => ({ type: 'violation.process', payload }),
        apply: (at) => {
          const payload: ProcessViolationPayload = {
            violationId: input.violationId,
            driverPersonId: input.personId,
            decisionId,
            provisionalNo: nextProvisionalNo(),
            confirmed: input.confirmed,
            organ: deps.organName,
            clerk
          }
          run('violation.process', payload, at, operatorId)
          return payload
        }
      })
      const row = decisionRow.get(decisionId) as { decision_no: string; provisional: number; due_date: string; fine_fen: number; points: number }
      return {
        decisionId,
        decisionNo: row.decision_no,
        provisional: row.provisional === 1,
        dueDate: row.due_date,
        fineFen: row.fine_fen,
        points: row.points,
        commandId: receipt.commandId!
      }
    }
  }
}

export type WindowActions = ReturnType<typeof createWindowActions>
