// window_process: may the clerk process this violation here, now, for this driver, and what must
// the driver be told? The window handles what 12123 cannot (fines over 200 yuan, operating
// vehicles, points over the online cap), so only the record itself can block (RULES.md "At the
// window"); the rest are warnings and consequences.
import { z } from 'zod'
import { fullScoreConsequence } from '../../calculators/full-score'
import { paymentDueDate } from '../../calculators/late-fee'
import { scoringCycle } from '../../scoring-cycle'
import { defineAction, finding, outcome, type RuleEnv, type RuleResult } from '../action'
import { LICENSE_STATUS_ADVICE, blockingStatuses, statusNames } from '../checks/driver'
import { disputed } from '../checks/record'
import { closedRecordFindings } from '../closed-record'
import { checkViolationAgainstAt } from '../facts/consistency'
import { zonedDateTime } from '../facts/primitives'
import { driverFacts, violationFacts } from '../facts/shared'
import { percent, yuan } from '../format'
import { showMoment } from '../moment'

export const windowProcessFacts = z
  .strictObject({
    at: zonedDateTime,
    violation: violationFacts.omit({ onInternet: true }),
    driver: driverFacts.omit({ restricted: true }),
    /** The workstation reaches the central system now. */
    online: z.boolean(),
    /** Last successful synchronisation with central; null if never. */
    lastSyncAt: zonedDateTime.nullable()
  })
  .superRefine((f, ctx) => {
    checkViolationAgainstAt(ctx, f.violation, f.at)
    if (f.driver.firstIssueDate > f.at.date) {
      ctx.addIssue({ code: 'custom', path: ['driver', 'firstIssueDate'], message: `不能晚于办理日期${f.at.date}` })
    }
    if (f.lastSyncAt !== null && f.lastSyncAt.epochMs > f.at.epochMs) {
      ctx.addIssue({ code: 'custom', path: ['lastSyncAt'], message: `不能晚于办理时间${f.at.iso}` })
    }
  })

export type WindowProcessFacts = z.output<typeof windowProcessFacts>

function rule(f: WindowProcessFacts, { profile }: RuleEnv): RuleResult {
  const o = outcome()
  const { violation: v, driver: d } = f
  const closed = closedRecordFindings('window_process', v)
  // A processed or voided record is closed: that is the whole answer. Everything below describes
  // processing it now (its points are already in cyclePoints, its deadline has passed or run).
  if (closed.length > 0) {
    closed.forEach((x) => o.deny(x))
    return o.result()
  }
  o.deny(disputed(v, '须先办结异议再处理'))

  const cycle = scoringCycle(d.firstIssueDate, f.at.date)
  const cycleText = `本记分周期（${cycle.start}至${cycle.end}）`
  const total = d.cyclePoints + v.points
  const threshold = profile.points.threshold
  if (v.points > 0 && total >= threshold) {
    const already = d.cyclePoints >= threshold
    const fullScore = fullScoreConsequence(d.classes, d.fullScoreCountInCycle)
    const study = already
      ? '驾驶证已记满分，须按规定参加满分学习和考试'
      : `驾驶证将记满${threshold}分并被扣留，须参加满分学习${fullScore.studyDays}天（本记分周期第${fullScore.occurrence}次记满${fullScore.largeVehicle ? '，持大中型客货车准驾车型' : ''}），再参加科目一考试`
    o.warn(
      finding(
        'WILL_REACH_12',
        `本次记${v.points}分，当前已记${d.cyclePoints}分，累计将达${total}分：${study}。请向驾驶人说明并确认`,
        'seed 000 tip 1; FACTS §3',
        true
      )
    )
  }
  if (!f.online) {
    const since = f.lastSyncAt === null ? '从未与中心同步' : `最后同步于${showMoment(f.lastSyncAt)}`
    o.warn(
      finding(
        'OFFLINE_PROVISIONAL',
        `工作站当前离线（${since}）：本次处理为临时处理，中心确认后方才生效；该记录可能已在其他渠道处理而尚未同步（延迟最长约24小时）`,
        'seed 001 §七.2'
      )
    )
  }
  const blocking = blockingStatuses(d.licenseStatus)
  if (blocking.length > 0) {
    const advice = blocking.map((s) => LICENSE_STATUS_ADVICE[s]).filter(Boolean).join('；')
    o.warn(finding('LICENSE_STATUS_BLOCKED', `驾驶证状态为${statusNames(blocking)}：${advice}。请告知驾驶人另行办理`, 'seed 001 §四.3'))
  }

  if (d.cyclePoints >= profile.points.criticalNotice) {
    o.note(
      finding(
        'CRITICAL_POINTS_NOTICE',
        `驾驶人${cycleText}已记${d.cyclePoints}分（${profile.points.criticalNotice}分及以上），处罚决定书须打印临界告知：本次记${v.points}分后累计${total}分`,
        'FACTS §1'
      )
    )
  }
  if (v.points > 0) {
    o.note(finding('POINTS_RECORDED', `本次记${v.points}分，${cycleText}累计${total}分`, 'FACTS §3'))
  }
  if (v.fineFen > 0) {
    const fee = profile.lateFee
    const by = fee.holidayRollover
      ? `须自决定之日起${fee.deadlineDays}日内缴纳（期限最后一日遇节假日顺延）`
      : `须在${paymentDueDate(f.at.date, fee).dueDate}前（含当日）缴纳`
    o.note(
      finding(
        'PAYMENT_DEADLINE',
        `罚款${yuan(v.fineFen)}，${by}；逾期每日按罚款数额的${percent(fee.ratePerDayBasisPoints)}加处罚款，加处罚款总额不超过罚款数额`,
        'seed 004; FACTS §2'
      )
    )
  }
  return o.result()
}

export const windowProcess = defineAction('window_process', windowProcessFacts, rule)
