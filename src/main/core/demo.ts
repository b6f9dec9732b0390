// Demo operators and demo data for a first start on embedded defaults. Demo accounts are marked
// is_demo; their passwords are public (README) and printed at start, so a real deployment must
// replace them.
import type { Store } from '../store/db'
import type { WritePath } from '../store/write-path'
import type { IdGenerator } from '../platform/ids'
import { hashPassword } from '../auth/password'
import type { Role } from '../../shared/contract/schemas'

export interface DemoOperator {
  policeNo: string
  name: string
  role: Role
  password: string
}

export const DEMO_OPERATORS: readonly DemoOperator[] = [
  { policeNo: '100001', name: '陈晓梅', role: 'clerk', password: 'demo-clerk-1' },
  { policeNo: '100002', name: '刘建国', role: 'clerk', password: 'demo-clerk-2' },
  { policeNo: '200001', name: '王振华', role: 'supervisor', password: 'demo-super-1' },
  { policeNo: '900001', name: '赵磊', role: 'admin', password: 'demo-admin-1' }
]

const ROLE_NAMES: Record<Role, string> = { clerk: '窗口民警', supervisor: '审核民警', admin: '系统管理员' }

/** Creates the demo operators when the operators table is empty; returns what to print. */
export function ensureDemoOperators(store: Store, ids: IdGenerator, writes: WritePath): DemoOperator[] {
  const count = store.sqlite.prepare('SELECT count(*) FROM operators').pluck().get() as number
  if (count === 0) {
    const insert = store.sqlite.prepare(
      `INSERT INTO operators (id, police_no, name, role, password_hash, failed_attempts, active, is_demo, created_at)
       VALUES (?, ?, ?, ?, ?, 0, 1, 1, ?)`
    )
    const hashes = DEMO_OPERATORS.map((op) => hashPassword(op.password))
    writes.run({
      action: 'operator.demoCreated',
      operatorId: null,
      subject: { type: 'operator', id: null },
      auditPayload: { policeNos: DEMO_OPERATORS.map((op) => op.policeNo) },
      command: null,
      apply: (at) => DEMO_OPERATORS.forEach((op, i) => insert.run(ids.next(), op.policeNo, op.name, op.role, hashes[i], at))
    })
  }
  const demoRows = store.sqlite.prepare('SELECT police_no FROM operators WHERE is_demo = 1').pluck().all() as string[]
  return DEMO_OPERATORS.filter((op) => demoRows.includes(op.policeNo))
}

export function roleName(role: Role): string {
  return ROLE_NAMES[role]
}
