// account.register: 面签注册 of a 交管12123 account at the window, for a person (resident or
// military ID) or a unit (RULES.md "Registration"). Decided with rules register_account on the
// rows it reads: PHONE_TAKEN / ID_TAKEN come from the accounts rows, so the workstation decides on
// its cache and central re-decides on the whole country's accounts. The person (or unit) is created
// from the document when unknown; their own vehicles and licence are linked by being theirs. When
// the clerk chose to, the contact phone on the driver and vehicle records changes in the same
// visit. Registered offline, there is no SMS proof of the phone: central confirms the account
// later and texts the phone that it was registered, so a wrong number is noticed.
import { z } from 'zod'
import { maskIdNumber, maskPhone } from '../../shared/masking'
import { clerkSchema, serviceRecordWrite, smsProofHolds, smsProofSchema } from './clerk'
import {
  cardPayload,
  idTypeLetter,
  matchingPerson,
  openAccounts,
  recordPhonesOf,
  registrationVerdict,
  type Applicant,
  type CardPayload,
  type RecordPhone
} from './register-account-facts'
import { text } from './rows'
import { defineCommand, refuse, type CommandContext, type Notification, type RowWrite, type StateView } from './types'
import type { WireRow } from '../sync/protocol'

const id = z.string().min(1).max(64)

export const registerAccountPayload = z.strictObject({
  accountId: id,
  /** Printed on the slip and kept in the history (窗口业务流水号). */
  slipNo: z.string().min(1).max(32),
  applicant: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('person'), newPersonId: id, card: cardPayload }),
    z.strictObject({
      kind: z.literal('unit'),
      newUnitId: id,
      unit: z.strictObject({
        creditCode: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/),
        name: z.string().min(2).max(60),
        address: z.string().min(2).max(100)
      }),
      /** The unit's manager (经办人), present with their own ID document. */
      manager: z.strictObject({ newPersonId: id, card: cardPayload }),
      /** The scanned authorisation letter (授权委托书), kept in the workstation's attachments. */
      letter: z.strictObject({
        attachmentId: id,
        fileName: z.string().min(1).max(120),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        size: z.number().int().min(1).max(5 * 1024 * 1024),
        mime: z.enum(['application/pdf', 'image/jpeg', 'image/png'])
      })
    })
  ]),
  phone: z.string().regex(/^1\d{10}$/),
  /** The clerk checked the ID document against the person in front of the window (当场面签). */
  identityConfirmed: z.boolean(),
  /** sms: a code sent to the phone was read back (central re-checks it); offline: central was unreachable. */
  verification: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('sms'), proof: smsProofSchema }),
    z.strictObject({ kind: z.literal('offline') })
  ]),
  /** The clerk chose to put the new phone on the driver and vehicle records too (PHONE_DIFFERS_FROM_RECORD). */
  changeRecordPhones: z.boolean(),
  /** Ids of the history rows: the registration, and the records' phone change when there is one. */
  serviceRecordId: id,
  phoneChangeRecordId: id,
  clerk: clerkSchema
})
export type RegisterAccountPayload = z.infer<typeof registerAccountPayload>

function cardOf(p: RegisterAccountPayload): CardPayload {
  return p.applicant.kind === 'person' ? p.applicant.card : p.applicant.manager.card
}

function personRowsOf(p: RegisterAccountPayload, peek: (t: string, c: string, v: string) => WireRow[] | undefined): WireRow | undefined {
  const card = cardOf(p)
  const rows = peek('people', 'id_number', card.idNumber)
  return rows === undefined ? undefined : matchingPerson(rows, card.idType)
}

/** The applicant's own records: a person's licence and vehicles, or a unit's vehicles. */
function ownRecords(p: RegisterAccountPayload, state: StateView, person: WireRow | undefined, unit: WireRow | undefined) {
  if (p.applicant.kind === 'person') {
    if (person === undefined) return { driver: undefined, vehicles: [] as WireRow[] }
    const personId = text(person, 'id')
    return { driver: state.where('drivers', 'person_id', personId)[0], vehicles: state.where('vehicles', 'owner_person_id', personId) }
  }
  return { driver: undefined, vehicles: unit === undefined ? [] : state.where('vehicles', 'owner_unit_id', text(unit, 'id')) }
}

function personWrite(card: CardPayload, existing: WireRow | undefined, newId: string, phone: string, at: string): RowWrite {
  if (existing !== undefined) return { table: 'people', op: 'upsert', row: { ...existing, phone, updated_at: at } }
  return {
    table: 'people',
    op: 'upsert',
    row: {
      id: newId,
      id_type: idTypeLetter(card),
      id_number: card.idNumber,
      name: card.name,
      gender: card.gender,
      birth_date: card.birthDate,
      address: card.address,
      phone,
      updated_at: at
    }
  }
}

function phoneWrites(changed: readonly RecordPhone[], state: StateView, phone: string, at: string): RowWrite[] {
  return changed.map((r) => {
    const table = r.record === 'driver' ? 'drivers' : 'vehicles'
    const row = state.byId(table, r.id)!
    return { table, op: 'upsert' as const, row: { ...row, phone, updated_at: at } }
  })
}

/** 驾驶证档案 / 机动车档案 / 驾驶证、机动车档案, for the records named. */
function recordNames(records: readonly RecordPhone[]): string {
  const names = [...new Set(records.map((r) => (r.record === 'driver' ? '驾驶证' : '机动车')))]
  return `${names.join('、')}档案`
}

function notifications(p: RegisterAccountPayload, changed: readonly RecordPhone[], holder: string, ctx: CommandContext): Notification[] {
  const day = `${ctx.at.slice(0, 4)}年${Number(ctx.at.slice(5, 7))}月${Number(ctx.at.slice(8, 10))}日`
  const what = p.applicant.kind === 'person' ? '交管12123个人账户' : `单位“${p.applicant.unit.name}”的交管12123单位账户`
  const records = changed.length > 0 ? `，${recordNames(changed)}联系电话已同时变更为本号码` : ''
  const check = p.verification.kind === 'offline' ? '办理时未能短信验证本号码，' : ''
  const out: Notification[] = [
    {
      phone: p.phone,
      text: `【交管12123】${holder}于${day}在${p.clerk.place}面签注册${what}，登录名为本手机号码${records}。${check}如非本人办理，请携带身份证件到公安交管窗口处理。`
    }
  ]
  for (const old of new Set(changed.map((r) => r.phone))) {
    if (old === p.phone) continue
    const these = changed.filter((r) => r.phone === old)
    out.push({ phone: old, text: `【交管12123】${holder}于${day}在${p.clerk.place}将${recordNames(these)}联系电话由本号码变更为${maskPhone(p.phone)}。如非本人办理，请到公安交管窗口处理。` })
  }
  return out
}

export const registerAccount = defineCommand<RegisterAccountPayload>({
  type: 'account.register',
  payload: registerAccountPayload,
  reads(p, peek) {
    const card = cardOf(p)
    const queries = [
      { table: 'accounts', column: 'id', value: p.accountId },
      { table: 'accounts', column: 'phone', value: p.phone },
      { table: 'people', column: 'id_number', value: card.idNumber }
    ]
    const person = personRowsOf(p, peek)
    if (person !== undefined) {
      const personId = text(person, 'id')
      queries.push({ table: 'accounts', column: 'person_id', value: personId })
      if (p.applicant.kind === 'person') {
        queries.push({ table: 'drivers', column: 'person_id', value: personId }, { table: 'vehicles', column: 'owner_person_id', value: personId })
      }
    }
    if (p.applicant.kind === 'unit') {
      queries.push({ table: 'units', column: 'credit_code', value: p.applicant.unit.creditCode })
      const unit = peek('units', 'credit_code', p.applicant.unit.creditCode)?.[0]
      if (unit !== undefined) {
        const unitId = text(unit, 'id')
        queries.push({ table: 'accounts', column: 'unit_id', value: unitId }, { table: 'vehicles', column: 'owner_unit_id', value: unitId })
      }
    }
    return queries
  },
  decide(p, state, ctx) {
    if (!p.identityConfirmed) return refuse('IDENTITY_NOT_VERIFIED', '未当面核验本人：须查验身份证明原件并核对本人后才能面签注册')
    if (p.verification.kind === 'sms') {
      const { proof } = p.verification
      if (proof.phone !== p.phone || proof.purpose !== 'register' || !smsProofHolds(proof, ctx)) {
        return refuse('SMS_NOT_VERIFIED', `手机号码${maskPhone(p.phone)}的短信验证码未经中心核验或已过期，请重新发送验证码`)
      }
    }
    if (state.byId('accounts', p.accountId) !== undefined) return refuse('ACCOUNT_ID_TAKEN', '账户编号已被占用')

    const card = cardOf(p)
    const person = matchingPerson(state.where('people', 'id_number', card.idNumber), card.idType)
    const unit = p.applicant.kind === 'unit' ? state.where('units', 'credit_code', p.applicant.unit.creditCode)[0] : undefined
    const holderAccounts =
      p.applicant.kind === 'person'
        ? person === undefined ? [] : state.where('accounts', 'person_id', text(person, 'id'))
        : unit === undefined ? [] : state.where('accounts', 'unit_id', text(unit, 'id'))
    const { driver, vehicles } = ownRecords(p, state, person, unit)
    const recordPhones = recordPhonesOf(driver, vehicles)
    const applicant: Applicant =
      p.applicant.kind === 'person'
        ? { kind: 'person', idType: card.idType, idNumber: card.idNumber }
        : { kind: 'unit', creditCode: p.applicant.unit.creditCode }
    const verdict = registrationVerdict(
      {
        at: ctx.at,
        applicant,
        phone: p.phone,
        phoneTaken: openAccounts(state.where('accounts', 'phone', p.phone)).length > 0,
        idTaken: openAccounts(holderAccounts).length > 0,
        recordPhones
      },
      ctx
    )
    if (!verdict.ok) return refuse(verdict.code, verdict.message)
    if (!verdict.decision.allowed) {
      return refuse(verdict.decision.denials[0]?.code ?? 'REFUSED', verdict.decision.denials.map((d) => d.message).join('；'))
    }

    const personId = person === undefined ? (p.applicant.kind === 'person' ? p.applicant.newPersonId : p.applicant.manager.newPersonId) : text(person, 'id')
    const changed = p.changeRecordPhones ? recordPhones.filter((r) => r.phone !== p.phone) : []
    // A unit's manager already on file keeps their own contact phone: the unit's account phone is the unit's.
    const writes: RowWrite[] = p.applicant.kind === 'person' || person === undefined ? [personWrite(card, person, personId, p.phone, ctx.at)] : []
    let unitId: string | null = null
    if (p.applicant.kind === 'unit') {
      const u = p.applicant.unit
      unitId = unit === undefined ? p.applicant.newUnitId : text(unit, 'id')
      writes.push({
        table: 'units',
        op: 'upsert',
        row:
          unit === undefined
            ? { id: unitId, credit_code: u.creditCode, name: u.name, manager_person_id: personId, manager_phone: p.phone, address: u.address, updated_at: ctx.at }
            : { ...unit, manager_person_id: personId, manager_phone: p.phone, updated_at: ctx.at }
      })
    }
    writes.push({
      table: 'accounts',
      op: 'upsert',
      row: {
        id: p.accountId,
        kind: p.applicant.kind === 'person' ? 'personal' : 'unit',
        person_id: p.applicant.kind === 'person' ? personId : null,
        unit_id: unitId,
        phone: p.phone,
        channel: 'window',
        // Active once central has decided it; on the workstation it waits for central.
        status: ctx.side === 'central' ? 'active' : 'pending',
        registered_at: ctx.at,
        registered_by: ctx.operatorId
      }
    })
    writes.push(...phoneWrites(changed, state, p.phone, ctx.at))

    const holder = p.applicant.kind === 'person' ? card.name : p.applicant.unit.name
    const linked = { licence: driver === undefined ? null : text(driver, 'file_no'), plates: vehicles.map((v) => text(v, 'plate')) }
    const accountWords = p.applicant.kind === 'person' ? '个人账户' : `单位账户（${p.applicant.unit.name}，经办人${card.name}）`
    writes.push(
      serviceRecordWrite(
        {
          id: p.serviceRecordId,
          personId,
          unitId,
          kind: 'account.register',
          summary: `面签注册交管12123${accountWords}，手机号码${maskPhone(p.phone)}${p.verification.kind === 'offline' ? '（离线办理，未短信验证）' : ''}`,
          detail: {
            accountId: p.accountId,
            slipNo: p.slipNo,
            document: `${idTypeLetter(card)} ${maskIdNumber(card.idNumber)}`,
            verification: p.verification.kind,
            linked,
            ...(p.applicant.kind === 'unit' ? { creditCode: p.applicant.unit.creditCode, letter: p.applicant.letter } : {})
          },
          clerk: p.clerk
        },
        ctx
      )
    )
    if (changed.length > 0) {
      const from = [...new Set(changed.map((r) => maskPhone(r.phone)))].join('、')
      writes.push(
        serviceRecordWrite(
          {
            id: p.phoneChangeRecordId,
            personId,
            unitId,
            kind: 'phone.change',
            summary: `${recordNames(changed)}联系电话 ${from} → ${maskPhone(p.phone)}（面签注册时同次办理）`,
            detail: { records: changed.map((r) => ({ record: r.record, label: r.label })), slipNo: p.slipNo, verification: 'id_document' },
            clerk: p.clerk
          },
          ctx
        )
      )
    }
    return { ok: true, writes, notifications: notifications(p, changed, holder, ctx) }
  }
})
