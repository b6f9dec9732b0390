// Words a zod failure as one Chinese sentence that names the field path, so a clerk (or the
// developer of a service building facts) sees exactly which value to fix:
//   字段“violation.fineFen”不能为负数，收到-100
// Schemas in ./facts attach Chinese phrases to their own checks; generic failures (missing field,
// wrong type, unknown key, value not in a list) are worded here.
import type { z } from 'zod'

const HAS_CHINESE = /[\u4e00-\u9fff]/

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true或false',
  object: '对象',
  array: '数组',
  null: 'null'
}

export interface DescribedIssue {
  field: string
  message: string
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return `文本“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return '数组'
  if (typeof value === 'object') return '对象'
  return typeof value
}

/** Follows `path` in the raw input; `missing` when the last key is absent from an object. */
function lookup(root: unknown, path: readonly PropertyKey[]): { missing: boolean; value: unknown } {
  let current: unknown = root
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in current)) return { missing: true, value: undefined }
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return { missing: false, value: current }
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}

function predicate(issue: z.core.$ZodIssue, raw: unknown): string {
  const { missing, value } = lookup(raw, issue.path)
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return '缺失'
      if (HAS_CHINESE.test(issue.message)) return `${issue.message}，收到${describeValue(value)}`
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，收到${describeValue(value)}`
    case 'unrecognized_keys':
      return '不是该业务的事实字段（不接受未知字段），请核对字段名'
    case 'invalid_value':
      return `应为以下之一：${issue.values.map(String).join('、')}，收到${missing ? '空值' : describeValue(value)}`
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options
      if (Array.isArray(options)) {
        return `应为以下之一：${options.map(String).join('、')}，收到${missing ? '空值' : describeValue(value)}`
      }
      return `的内容不符合要求，收到${describeValue(value)}`
    }
    default:
      if (HAS_CHINESE.test(issue.message)) {
        const withValue = issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_format'
        return withValue && !missing ? `${issue.message}，收到${describeValue(value)}` : issue.message
      }
      return `的内容不符合要求（${issue.message}）`
  }
}

/** One issue as {field, message}. Unknown keys are named with the key itself. */
function describeOne(issue: z.core.$ZodIssue, raw: unknown, root: string): DescribedIssue {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path
  const field = fieldName(path)
  const subject = field === '' ? root : `字段“${field}”`
  const extra = issue.code === 'unrecognized_keys' && issue.keys.length > 1 ? `（另有未知字段：${issue.keys.slice(1).join('、')}）` : ''
  return { field, message: `${subject}${predicate(issue, raw)}${extra}` }
}

/**
 * The first issue, worded, plus the paths of the others so that a document with several
 * mistakes is not fixed one round-trip at a time.
 */
export function describeIssues(error: z.ZodError, raw: unknown, root = '事实数据'): DescribedIssue {
  const [first, ...rest] = error.issues
  if (first === undefined) return { field: '', message: `${root}不符合要求` }
  const described = describeOne(first, raw, root)
  if (rest.length === 0) return described
  const others = [...new Set(rest.map((issue) => describeOne(issue, raw, root).field || '（整体）'))].slice(0, 5)
  return { ...described, message: `${described.message}（另有${rest.length}处问题：${others.join('、')}）` }
}
