// Turns a zod failure into one clerk-readable Chinese sentence and the field it concerns.
import type { z } from 'zod'

const HAS_CHINESE = /[\u4e00-\u9fff]/

export function describeInputError(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0]
  if (!issue) return { message: '输入内容不符合要求。' }
  const field = issue.path.map(String).join('.')
  const named = field ? `“${field}”` : '请求'
  if (HAS_CHINESE.test(issue.message)) return field ? { message: issue.message, field } : { message: issue.message }
  let message: string
  switch (issue.code) {
    case 'unrecognized_keys':
      message = `请求包含不允许的字段：${issue.keys.join('、')}。`
      break
    case 'invalid_type':
      message = `${named}的类型不正确。`
      break
    case 'too_big':
      message = `${named}过长或过大。`
      break
    case 'too_small':
      message = `${named}不能为空或过短。`
      break
    default:
      message = `${named}的内容不符合要求。`
  }
  return field ? { message, field } : { message }
}
