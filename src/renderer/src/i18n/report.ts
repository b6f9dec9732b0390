// Text of the supervisors' 业务统计 screen, part of the one catalogue (zh-CN.ts, section `report`).
//
// Accessible names the end-to-end tests rely on:
//   Top bar (supervisors): button '业务统计' (Ctrl+B) opens the screen.
//   Screen: button '返回查询' (Esc / Alt+←), heading level 1 '业务统计'; group '统计期间' holding
//     textboxes '起始日期' and '截止日期' (Enter queries; the reason of a refusal in their helper
//     text), button '查询', buttons '今天' (Alt+1) '昨天' (Alt+2) '近7天' (Alt+3) '本月' (Alt+4),
//     '上一段' (Alt+PageUp) '下一段' (Alt+PageDown); button '导出 CSV' (Ctrl+S); status line
//     '统计期间：…'; table '按经办人统计' (a row per clerk or channel, then row '合计'); combobox
//     '按日明细范围'; figure '每日业务量' (the chart; '各经办人业务量' for a single day); table '按日统计'
//     (a row per day, then '合计').
import { REPORT_CHANNEL_ROW_NAMES, REPORT_MEASURE_NAMES } from '../../../shared/contract/workflows/report-schemas'

export const reportText = {
  action: '业务统计',
  actionShortcut: 'Ctrl+B',
  title: '业务统计',
  breadcrumb: '综合查询 / 业务统计',
  backToSearch: '返回查询',
  backShortcut: 'Esc',
  range: {
    label: '统计期间',
    from: '起始日期',
    to: '截止日期',
    query: '查询',
    queryShortcut: 'Enter',
    today: '今天',
    yesterday: '昨天',
    lastSeven: '近7天',
    thisMonth: '本月',
    earlier: '上一段',
    later: '下一段',
    earlierShortcut: 'Alt+PgUp',
    laterShortcut: 'Alt+PgDn',
    quickShortcut: (n: number): string => `Alt+${n}`,
    hint: '输入日期后按 Enter 查询；Alt+1～4 快速选择；Alt+PgUp / Alt+PgDn 前后翻一段',
    reversed: '起始日期不能晚于截止日期',
    tooLong: (max: number, days: number): string => `一次最多统计${max}天，所选为${days}天`,
    future: (today: string): string => `不能晚于今天（${today}）`,
    invalid: '请输入完整的日期'
  },
  export: '导出 CSV',
  exportShortcut: 'Ctrl+S',
  exported: (fileName: string, lines: number): string => `已导出 ${fileName}（${lines} 行）`,
  loading: '正在统计…',
  period: (from: string, to: string, days: number): string => (from === to ? `统计期间：${from}（1天）` : `统计期间：${from} 至 ${to}（${days}天）`),
  generated: (at: string): string => `统计时间 ${at}`,
  pending: (n: number): string => `其中 ${n} 项本窗口办理的业务尚待中心确认，已计入统计。`,
  scopeNote: '统计本工作站同步的辖区数据：窗口业务按经办民警，互联网、银行等渠道按渠道分列；异议审核结果计入审核民警。',
  summary: {
    decisions: '处罚决定',
    decisionsSplit: (window: number, app: number): string => `窗口 ${window} · 12123 ${app}`,
    fines: '罚款收缴',
    lateFees: '加处罚款',
    disputes: '异议受理 / 办结'
  },
  byClerk: {
    title: '按经办人',
    table: '按经办人统计',
    who: '经办人',
    total: '合计',
    empty: '所选期间没有业务记录。',
    policeNo: (no: string): string => `警号 ${no}`,
    channels: REPORT_CHANNEL_ROW_NAMES
  },
  byDay: {
    title: '按日',
    table: '按日统计',
    date: '日期',
    total: '合计',
    scope: '按日明细范围',
    everyone: '全部经办人'
  },
  chart: {
    perDay: '每日业务量',
    perClerk: '各经办人业务量',
    countAxis: '笔数',
    noData: '所选期间没有业务',
    loading: '正在统计…'
  },
  groups: {
    accounts: '账户与备案',
    decisions: '处罚与缴款',
    disputes: '异议'
  },
  /** Column headers; money columns are in yuan. */
  measures: REPORT_MEASURE_NAMES
} as const
