// How the sync panel names a registration (待上传, 需处理, 最近确认), from the command's own payload,
// masked, and what a supervisor's 重新提交 of a rejected one sends: the same registration with new
// ids, decided again by central on today's accounts (an SMS proof older than its validity fails).
import { randomUUID } from 'node:crypto'
import { maskPhone } from '../../../shared/masking'

export const REGISTRATION_TYPE_NAMES: Readonly<Record<string, string>> = { 'account.register': '面签注册' }

const maskName = (name: string): string => (name.length <= 1 ? name : `${name.slice(0, 1)}${'*'.repeat(Math.min(name.length - 1, 2))}`)

interface RegistrationData {
  slipNo?: unknown
  phone?: unknown
  applicant?: { kind?: unknown; card?: { name?: unknown }; unit?: { name?: unknown } }
  verification?: { kind?: unknown }
}

export function registrationSummary(type: string, data: Record<string, unknown>): string | null {
  if (type !== 'account.register') return null
  const d = data as RegistrationData
  const who = d.applicant?.kind === 'unit' ? `单位 ${String(d.applicant.unit?.name ?? '')}` : maskName(String(d.applicant?.card?.name ?? ''))
  const offline = d.verification?.kind === 'offline' ? '，离线办理' : ''
  return `${who}，手机${maskPhone(String(d.phone ?? '')) ?? ''}，流水号${String(d.slipNo ?? '')}${offline}`
}

/** New ids for a re-issued registration; null for other types. */
export function reissuedRegistrationData(type: string, data: Record<string, unknown>): Record<string, unknown> | null {
  if (type !== 'account.register') return null
  return { ...data, accountId: randomUUID(), serviceRecordId: randomUUID(), phoneChangeRecordId: randomUUID() }
}
