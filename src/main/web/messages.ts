// What the web host itself answers when it refuses a request: a stable code for logs and tests,
// and a sentence the clerk (or the IT colleague helping them) can act on.
export const REFUSALS = {
  HOST_REJECTED: '请求的主机地址不被接受。请使用本程序启动时显示的地址（127.0.0.1）打开页面。',
  ORIGIN_REJECTED: '请求来自其他网页，已拒绝。请直接使用本程序启动时显示的地址打开页面。',
  TOKEN_INVALID: '访问凭据缺失或无效。请使用本程序本次启动时显示的完整地址重新打开页面。',
  TAB_ID_INVALID: '页面标识缺失或格式不正确，请刷新页面后重试。',
  UNSUPPORTED_MEDIA_TYPE: '请求格式不正确：只接受 JSON（application/json）。',
  REQUEST_TOO_LARGE: '请求内容过大，已拒绝。',
  INVALID_JSON: '请求内容不是有效的 JSON。',
  METHOD_NOT_ALLOWED: '不支持该请求方式。',
  NOT_FOUND: '未找到该接口。',
  INTERNAL: '系统内部错误，本次操作未完成。请重试或联系信息技术人员。'
} as const

export type RefusalCode = keyof typeof REFUSALS

export const STATIC_TEXT = {
  HOST_REJECTED: '主机地址不被接受。请使用本程序启动时显示的地址打开页面。',
  PATH_REJECTED: '请求路径不被接受。',
  NOT_FOUND: '未找到该文件。',
  METHOD_NOT_ALLOWED: '不支持该请求方式。',
  INTERNAL: '系统内部错误。'
} as const
