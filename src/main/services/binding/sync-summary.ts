// How the sync panel names the binding commands (待上传, 需处理, 最近确认), and what a supervisor's
// 重新提交 of a rejected one sends: the same action with new ids, decided again on today's data.
import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { maskName } from '../../../shared/masking'

export const BINDING_TYPE_NAMES: Readonly<Record<string, string>> = {
  'binding.create': '备案车辆',
  'binding.remove': '解除备案',
  'binding.review': '审核备案'
}

export function bindingSummaries(sqlite: Database.Database): (type: string, data: Record<string, unknown>) => string | null {
  const vehicle = sqlite.prepare('SELECT plate FROM vehicles WHERE id = ?').pluck()
  const person = sqlite.prepare('SELECT name FROM people WHERE id = ?').pluck()
  const binding = sqlite.prepare('SELECT v.plate, p.name FROM bindings b JOIN vehicles v ON v.id = b.vehicle_id JOIN people p ON p.id = b.person_id WHERE b.id = ?')
  const who = (name: string | undefined): string => (name === undefined ? '' : `（${maskName(name)}）`)
  return (type, data) => {
    if (type === 'binding.create') {
      const plate = vehicle.get(String(data.vehicleId)) as string | undefined
      return `备案${plate ?? '（本地已无该车辆）'}${who(person.get(String(data.personId)) as string | undefined)}`
    }
    if (type === 'binding.remove' || type === 'binding.review') {
      const b = binding.get(String(data.bindingId)) as { plate: string; name: string } | undefined
      const what = b === undefined ? '（本地已无该备案）' : `${b.plate}${who(b.name)}`
      if (type === 'binding.remove') return `解除备案${what}`
      return `${data.decision === 'approve' ? '通过' : '不通过'}备案${what}`
    }
    return null
  }
}

/** New ids for a re-issued binding command; null for other types. */
export function reissuedBindingData(type: string, data: Record<string, unknown>): Record<string, unknown> | null {
  if (type === 'binding.create') return { ...data, bindingId: randomUUID(), serviceRecordId: randomUUID() }
  if (type === 'binding.remove' || type === 'binding.review') return { ...data, serviceRecordId: randomUUID() }
  return null
}
