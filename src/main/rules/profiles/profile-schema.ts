// The shape of a policy profile (RULES.md "Policy profiles"): one JSON file per profile, validated
// at load so that a malformed file stops the app at start with the file and field named.
//
// Files are COMPLETE rather than overlays of `national`: every parameter is spelled out in every
// file. A reader sees a profile's whole policy in one place, the schema can require every field,
// and there is no merge order to get wrong. The cost, copying national's values, is checked by
// profiles.test.ts, which lists exactly where each profile differs from national.
import { z } from 'zod'
import { isoDate, plateTypeCode } from '../engine/facts/primitives'
import { isProvinceCode } from '../validators/regions'

/** The simple procedure covers a warning or a fine of at most 200 yuan (FACTS §1). */
export const SIMPLE_PROCEDURE_MAX_FEN = 20_000

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '应为HH:MM格式的时刻（00:00至23:59）')
const int = (min: number, max: number) =>
  z.int('应为整数').min(min, `不能小于${min}`).max(max, `不能大于${max}`)

/** 'national', or a region-code prefix of 2, 4 or 6 digits ("35" Fujian, "2101" Shenyang). */
const jurisdiction = z.union([
  z.literal('national'),
  z
    .string()
    .regex(/^\d{2}(\d{2}){0,2}$/, '应为national或2、4、6位行政区划代码前缀')
    .refine((code) => isProvinceCode(code.slice(0, 2)), '的前两位不是省级行政区划代码')
])

const plateTypes = z.array(plateTypeCode).min(1, '至少列出一种号牌种类')

export const profileSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '应由小写字母、数字和连字符组成'),
    /** Shown to clerks in every decision. */
    name: z.string().min(1, '不能为空').max(40, '不能超过40个字符'),
    jurisdiction,
    /** Inclusive date range; `to: null` means open-ended. */
    effective: z
      .strictObject({ from: isoDate, to: isoDate.nullable() })
      .refine((range) => range.to === null || range.from <= range.to, {
        error: '的结束日期早于开始日期',
        path: ['to']
      }),
    /** Where the profile's parameters come from (seed files, FACTS sections). */
    sources: z.array(z.string().min(1)).min(1, '至少列出一个来源'),
    /** Interpretations and [U] marks, in English, for maintainers. */
    notes: z.array(z.string().min(1)),
    /** Vehicle types (号牌种类 codes) online self-service and binding accept. */
    vehicles: z.strictObject({
      /** The person's own vehicles: 'any' plate type, or a list. */
      own: z.union([z.literal('any'), plateTypes]),
      /** Bound (备案) non-owned vehicles; binding at the window uses the same list. */
      nonOwned: plateTypes,
      /** Whether vehicles registered to a unit may be bound and processed by a driver. */
      unitOwnedBindable: z.boolean()
    }),
    online: z.strictObject({
      /**
       * Largest fine processable on 12123, inclusive (20000 = 200 yuan). Online processing is the
       * simple procedure, whose fines stop at 200 yuan (FACTS §1), so no profile may go higher.
       */
      fineLimitFen: int(0, SIMPLE_PROCEDURE_MAX_FEN),
      /** Largest points of one violation processable online (cq: 6); null = no cap. */
      perViolationPointsCap: int(0, 12).nullable(),
      /** Rental vehicles (短时/分时租赁) processable by the lessee; null = rule not offered. */
      rental: z.strictObject({ vehicles: plateTypes }).nullable(),
      /** Daily bank reconciliation [from, to) in China Standard Time; null = none. */
      maintenanceWindow: z
        .strictObject({ from: hhmm, to: hhmm })
        .refine((w) => w.from !== w.to, { error: '的开始与结束时刻相同', path: ['to'] })
        .nullable(),
      /** Minutes after online processing within which the fine must be paid (seed 001 §六.2). */
      paymentWindowMinutes: int(1, 24 * 60),
      /** Decisions payable online: camera records, on-site simple decisions, general procedure. */
      payable: z.array(z.enum(['camera', 'onsite_simple', 'general'])).min(1, '至少列出一种')
    }),
    points: z.strictObject({
      /** Full score: cycle points + this violation's points must stay below it online. */
      threshold: int(1, 99),
      /** The decision carries the 临界告知 line when the driver already has at least this many. */
      criticalNotice: int(0, 99),
      /** Full scores in one cycle from which online self-service is refused. */
      fullScoreTimesLimit: int(1, 99)
    }),
    binding: z.strictObject({
      maxNonOwnedPerPerson: int(0, 99),
      maxDriversPerVehicle: int(0, 99),
      /** Non-owned vehicles: only violations after the binding moment (seed 001 §四.2). */
      dateRule: z.strictObject({ enforced: z.boolean(), exemptZeroPoints: z.boolean() }),
      /**
       * A binding made at the window waits for a supervisor's review (待审核) before it takes
       * effect, as the platform's bindings do where a seed says so (seed 001 §三.2–3 "等待审核").
       */
      windowReview: z.boolean()
    }),
    phone: z.strictObject({
      /** Only phones whose home location is the profile's province (seed 000 §05). */
      localOnly: z.boolean()
    }),
    lateFee: z.strictObject({
      deadlineDays: int(1, 365),
      ratePerDayBasisPoints: int(0, 10_000),
      /** The late fee never exceeds this share of the fine; the law allows at most 100%. */
      capBasisPoints: int(0, 10_000),
      holidayRollover: z.boolean()
    }),
    disputes: z.strictObject({
      /** How much of the violation's region code must match the workstation's. */
      jurisdictionLevel: z.enum(['province', 'city', 'county']),
      /** The approver must not be the proposer (FACTS §6: local policy, on by default). */
      fourEyes: z.boolean()
    }),
    /**
     * The 决定书编号's check digit. Its algorithm differs by region (FACTS §1 [V/U]): 'none' checks
     * the format and region only; 'mod7' makes the last digit the serial mod 7
     * (validators/decision-number.ts). Central numbers decisions with it, and a decision whose
     * number fails it is not printed.
     */
    decisionNumber: z.strictObject({ checkDigit: z.enum(['none', 'mod7']) })
  })
  .refine((p) => !p.phone.localOnly || p.jurisdiction !== 'national', {
    error: '为true时，辖区不能是national（需要确定本省）',
    path: ['phone', 'localOnly']
  })

export type Profile = z.output<typeof profileSchema>

/** Loaded and checked profiles by id. */
export type ProfileSet = ReadonlyMap<string, Profile>

/** The province whose phones a local-only profile accepts. */
export function profileProvince(profile: Profile): string | undefined {
  return profile.jurisdiction === 'national' ? undefined : profile.jurisdiction.slice(0, 2)
}
