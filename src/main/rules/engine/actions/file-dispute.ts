// file_dispute: may an objection (异议) to this violation record be filed at this window?
// RULES.md "Disputes". Needs the workstation's region code: objections belong to the place
// where the violation occurred (seed 001 §六.1).
import { z } from 'zod'
import { addDays, addMonths } from '../../calculators/calendar-days'
import { defineAction, finding, outcome, type RuleEnv, type RuleResult } from '../action'
import { alreadyProcessed, recordName, voided } from '../checks/record'
import { isoDate, zonedDateTime } from '../facts/primitives'
import { violationFacts } from '../facts/shared'
import { regionName } from '../format'

export const fileDisputeFacts = z
  .strictObject({
    at: zonedDateTime,
    violation: violationFacts.pick({ recordNo: true, source: true, status: true, disputed: true, occurredAt: true, regionCode: true }),
    /** Date the penalty decision was made (processed records); null when unknown or unprocessed. */
    decidedOn: isoDate.nullable()
  })
  .superRefine((f, ctx) => {
    if (f.violation.occurredAt.epochMs > f.at.epochMs) {
      ctx.addIssue({ code: 'custom', path: ['violation', 'occurredAt'], message: `不能晚于办理时间${f.at.iso}` })
    }
    if (f.decidedOn !== null && f.decidedOn > f.at.date) {
      ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: `不能晚于办理日期${f.at.date}` })
    }
  })

export type FileDisputeFacts = z.output<typeof fileDisputeFacts>

const DIGITS = { province: 2, city: 4, county: 6 } as const
const LEVEL_NAMES = { province: '省', city: '市', county: '区县' } as const

function rule(f: FileDisputeFacts, { profile, jurisdiction }: RuleEnv): RuleResult {
  if (jurisdiction === undefined) {
    return {
      error: { code: 'JURISDICTION_REQUIRED', field: 'jurisdiction', message: '受理异议须知道本工作站的辖区（6位行政区划代码），请提供jurisdiction' }
    }
  }
  const o = outcome()
  const v = f.violation
  const level = profile.disputes.jurisdictionLevel
  const digits = DIGITS[level]
  if (v.regionCode.slice(0, digits) !== jurisdiction.slice(0, digits)) {
    o.deny(
      finding(
        'DISPUTE_WRONG_JURISDICTION',
        `违法发生地为${regionName(v.regionCode)}，本窗口辖区为${regionName(jurisdiction)}，两地不在同一${LEVEL_NAMES[level]}；异议须向违法行为发生地公安交管部门提出`,
        'seed 001 §六.1'
      )
    )
  }
  if (v.disputed) {
    o.deny(finding('ALREADY_DISPUTED', `${recordName(v)}已有未办结的异议，同一记录只能有一个未办结异议`, 'seed 001 §六.1'))
  }
  const processed = alreadyProcessed(v, '不能再提出异议')
  if (processed !== undefined) {
    const routes =
      f.decidedOn === null
        ? '如不服处罚决定，可自收到处罚决定书之日起60日内申请行政复议，或6个月内提起行政诉讼'
        : `如不服处罚决定，可在${addDays(f.decidedOn, 60)}前申请行政复议，或在${addMonths(f.decidedOn, 6)}前提起行政诉讼（自${f.decidedOn}收到决定书起算）`
    o.deny({ ...processed, message: `${processed.message}；${routes}`, source: 'FACTS §1; seed 001 §六.3' })
  }
  o.deny(voided(v))
  return o.result()
}

export const fileDispute = defineAction('file_dispute', fileDisputeFacts, rule)
