// Nationwide uniqueness for 12123 accounts (RULES.md register_account, change_phone): one account
// per phone, one per person or unit. Central answers from its own tables, which hold accounts the
// workstation's jurisdiction cache may not (registered in the app, or at another window not yet
// pulled). A closed account still holds its phone and its holder (restored through 12123, never
// registered anew), as the unique indexes on accounts enforce.
import type { AccountLookupRequest } from '../main/sync/services-protocol'
import type { Querier } from './db'

/** Document letters of military ID holders (军官证, 士兵证, 军官离退休证). */
const MILITARY_ID_TYPES = ['C', 'D', 'E']

export async function lookupAccounts(
  q: Querier,
  request: AccountLookupRequest
): Promise<{ phoneTaken: boolean; phoneAccountPersonId: string | null; idTaken: boolean }> {
  let phoneTaken = false
  let phoneAccountPersonId: string | null = null
  if (request.phone !== undefined) {
    const rows = await q.query<{ person_id: string | null }>(`SELECT person_id FROM accounts WHERE phone = $1 LIMIT 1`, [request.phone])
    phoneTaken = rows.length > 0
    phoneAccountPersonId = rows[0]?.person_id ?? null
  }
  let idTaken = false
  if (request.person !== undefined) {
    const types = request.person.idType === 'resident' ? ['A'] : MILITARY_ID_TYPES
    const rows = await q.query(
      `SELECT 1 FROM accounts a JOIN people p ON p.id = a.person_id
       WHERE p.id_number = $1 AND p.id_type = ANY($2::text[]) LIMIT 1`,
      [request.person.idNumber.toUpperCase(), types]
    )
    idTaken = rows.length > 0
  }
  if (request.creditCode !== undefined) {
    const rows = await q.query(
      `SELECT 1 FROM accounts a JOIN units u ON u.id = a.unit_id WHERE u.credit_code = $1 LIMIT 1`,
      [request.creditCode]
    )
    idTaken = idTaken || rows.length > 0
  }
  return { phoneTaken, phoneAccountPersonId, idTaken }
}
