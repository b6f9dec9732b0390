// The records of one person whose contact phone the window may change: the driver record, the
// vehicles the person owns (not bound ones: those are someone else's records), the personal 12123
// account. Read from the workstation's cache, which holds the jurisdiction's records.
import type Database from 'better-sqlite3'
import { DomainError } from '../../../shared/contract/result'
import { maskIdNumber } from '../../../shared/masking'
import { ACCOUNT_LABEL, DRIVER_LABEL, vehicleLabel, type TargetOnRecord } from '../../commands/phone-change-rules'
import { validateMobile } from '../../rules/validators/phone'

export interface PersonForChange {
  id: string
  name: string
  idNumberMasked: string
}

export interface TargetQueries {
  person(personId: string): PersonForChange
  targets(personId: string): TargetOnRecord[]
  /** The chosen records, in the clerk's order; a record not of this person is refused. */
  chosen(personId: string, refs: readonly { kind: TargetOnRecord['kind']; id: string }[]): TargetOnRecord[]
  /** The mobile number on one of the person's records, to text a code to; null: none on it. */
  mobileOnRecord(personId: string, ref: { kind: TargetOnRecord['kind']; id: string }): string | null
  /**
   * Whose personal or unit account row uses the phone in the cache (this desk's pending
   * registrations and changes included): a person id, 'unit', or null. A closed account still
   * holds its phone (accounts_phone is unique over all rows).
   */
  accountHolder(phone: string): string | null
}

export function prepareTargetQueries(sqlite: Database.Database): TargetQueries {
  const person = sqlite.prepare('SELECT id, name, id_number FROM people WHERE id = ?')
  const driver = sqlite.prepare('SELECT id, phone FROM drivers WHERE person_id = ?')
  const vehicles = sqlite.prepare("SELECT id, plate, phone FROM vehicles WHERE owner_type = 'person' AND owner_person_id = ? ORDER BY plate, id")
  const account = sqlite.prepare("SELECT id, phone FROM accounts WHERE kind = 'personal' AND person_id = ? AND status <> 'closed'")
  const byPhone = sqlite.prepare('SELECT kind, person_id FROM accounts WHERE phone = ?')

  const self: TargetQueries = {
    person(personId) {
      const row = person.get(personId) as { id: string; name: string; id_number: string } | undefined
      if (row === undefined) throw new DomainError('PERSON_UNKNOWN', '本机没有该人员档案，请重新查询')
      return { id: row.id, name: row.name, idNumberMasked: maskIdNumber(row.id_number) }
    },
    targets(personId) {
      const out: TargetOnRecord[] = []
      const d = driver.get(personId) as { id: string; phone: string | null } | undefined
      if (d !== undefined) out.push({ kind: 'driver', id: d.id, label: DRIVER_LABEL, currentPhone: d.phone })
      for (const v of vehicles.all(personId) as { id: string; plate: string; phone: string | null }[]) {
        out.push({ kind: 'vehicle', id: v.id, label: vehicleLabel(v.plate), currentPhone: v.phone })
      }
      const a = account.get(personId) as { id: string; phone: string } | undefined
      if (a !== undefined) out.push({ kind: 'account', id: a.id, label: ACCOUNT_LABEL, currentPhone: a.phone })
      return out
    },
    chosen(personId, refs) {
      const all = self.targets(personId)
      return refs.map((ref) => {
        const found = all.find((t) => t.kind === ref.kind && t.id === ref.id)
        if (found === undefined) throw new DomainError('TARGET_NOT_OWN', '只能变更本人名下的驾驶证、机动车和账户的联系电话，请刷新后重新选择', 'targets')
        return found
      })
    },
    mobileOnRecord(personId, ref) {
      self.person(personId)
      const found = self.targets(personId).find((t) => t.kind === ref.kind && t.id === ref.id)
      if (found === undefined) throw new DomainError('TARGET_NOT_OWN', '只能向本人名下驾驶证、机动车或12123账户登记的号码发送验证码')
      if (found.currentPhone === null) return null
      const valid = validateMobile(found.currentPhone)
      return valid.ok ? valid.value : null
    },
    accountHolder(phone) {
      const row = byPhone.get(phone) as { kind: 'personal' | 'unit'; person_id: string | null } | undefined
      if (row === undefined) return null
      return row.kind === 'unit' || row.person_id === null ? 'unit' : row.person_id
    }
  }
  return self
}
