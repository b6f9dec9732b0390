// Text of the 处理 (several at once) and 缴款 workflows, part of the one catalogue (zh-CN.ts,
// section `payment`).
//
// Accessible names the end-to-end tests rely on:
//   Violations table: per record that can be processed, checkbox '选择违法记录<recordNo>' beside its
//     button '处理' (Shift+Tab from it; ↑ ↓ move between the checkboxes, Space ticks); in the column
//     header checkbox '全选可处理的记录'; when some are ticked, region '已选违法记录' with button
//     '处理所选' (Ctrl+Enter) and button '清除选择'; per processed, unpaid record button '缴款'.
//   Process dialog '处理交通违法' (one or several): per record a group '违法记录<recordNo>' holding its
//     warnings and, where the 12 points are reached, checkbox '已向驾驶人告知并确认'; button '确认处理';
//     then heading '处理完成', table '处理结果' (several) with a button '缴款' per decision, the printable
//     document '违法处理结果告知单', button '完成'.
//   Payment dialog '缴纳罚款': table '应缴金额' (罚款 / 加处罚款 / 合计), textbox '银行缴款回执号' (reason in its
//     helper text), button '下一步' (Enter); region '收款确认' with button '确认收款'; then the printable
//     document '交通违法罚款缴款凭证', button '完成'. A refusal (already paid, maintenance window) is an alert.
//   Top bar: button '今日收款' (Ctrl+J) opens dialog '今日收款': textbox '日期', (supervisors) combobox
//     '收款民警', table '收款明细', the printable document '窗口罚款收款日结单', button '关闭' (Esc).

export const paymentText = {
  select: {
    row: (recordNo: string): string => `选择违法记录${recordNo}`,
    all: '全选可处理的记录',
    region: '已选违法记录',
    summary: (n: number, fine: string, points: number): string => `已选 ${n} 条：罚款合计 ${fine}，记分合计 ${points} 分`,
    process: '处理所选',
    processShortcut: 'Ctrl+Enter',
    clear: '清除选择',
    hint: 'F4 定位可处理的记录 · Shift+Tab 到勾选框 · 空格 勾选 · Ctrl+Enter 处理所选'
  },
  batch: {
    loading: '正在按规则逐条核对…',
    summary: (n: number, fine: string, points: number): string => `共 ${n} 条违法记录，罚款合计 ${fine}，记分合计 ${points} 分`,
    order: '按违法时间先后逐条处理，记分逐条累加：',
    pointsPath: (before: number, after: number): string => `驾驶人本周期记分 ${before} 分 → 处理后 ${after} 分`,
    record: (recordNo: string): string => `违法记录${recordNo}`,
    running: (before: number, after: number): string => `累计 ${before} → ${after} 分`,
    common: '各条均须告知',
    refused: '以下记录不能处理，请取消勾选后重试：',
    allOrNothing: (n: number): string => `${n} 条一并处理：任一条不能处理时，全部不予处理。`,
    submitMany: (n: number): string => `确认处理 ${n} 条`,
    doneMany: (n: number): string => `已作出 ${n} 份处罚决定，违法记录已处理。`,
    resultTable: '处理结果',
    columns: { decisionNo: '决定书编号', record: '违法记录', fine: '罚款', points: '记分', due: '缴款期限', pay: '缴款' },
    paid: (receiptNo: string): string => `已缴款（回执号 ${receiptNo}）`
  },
  slip: {
    processTitle: '违法处理结果告知单',
    party: '当事人',
    idNumber: '身份证明号码',
    decision: (no: string, provisional: boolean): string => `决定书 ${no}${provisional ? '（临时编号）' : ''}`,
    decisionValue: (plate: string, behaviour: string, fine: string, points: number, due: string): string =>
      `${plate} ${behaviour}；罚款 ${fine}，记 ${points} 分；请于 ${due} 前（含当日）缴纳`,
    pointsAfter: '处理后本周期记分',
    processNotes: (provisional: boolean): string[] => [
      '逾期不缴纳罚款的，每日按罚款数额的3%加处罚款，加处罚款总额不超过罚款数额。',
      '可在交通管理部门窗口、指定银行或交管12123缴纳罚款。',
      '不服本决定的，可在收到决定书之日起60日内申请行政复议，或者6个月内提起行政诉讼。',
      ...(provisional ? ['决定书编号为临时编号，待中心确认后换发正式编号；正式处罚决定书另行送达。'] : [])
    ],
    paymentTitle: '交通违法罚款缴款凭证',
    decisionNo: '决定书编号',
    violation: '违法行为',
    fine: '罚款',
    lateFee: '加处罚款',
    total: '实收合计',
    receiptNo: '银行缴款回执号',
    paidAt: '收款时间',
    lateFeeValue: (fee: string, days: number): string => (days === 0 ? `${fee}（未逾期）` : `${fee}（逾期 ${days} 天）`),
    paymentNotes: (pending: boolean): string[] => [
      '请妥善保管本凭证及银行回执。',
      ...(pending ? ['本笔缴款已在本机登记，工作站离线，待中心确认后生效。'] : [])
    ],
    cashUpTitle: '窗口罚款收款日结单',
    cashier: '收款民警',
    date: '收款日期',
    count: '笔数',
    fineTotal: '罚款合计',
    lateFeeTotal: '加处罚款合计',
    grandTotal: '合计',
    line: (i: number, time: string, decisionNo: string): string => `${i}. ${time} 决定书 ${decisionNo}`,
    lineValue: (plate: string, receiptNo: string, total: string, fine: string, late: string): string =>
      `${plate}，回执号 ${receiptNo}，${total}（罚款 ${fine}，加处罚款 ${late}）`,
    cashUpNotes: (pending: number, rejected: number): string[] => [
      ...(pending > 0 ? [`其中 ${pending} 笔待中心确认。`] : []),
      ...(rejected > 0 ? [`另有 ${rejected} 笔被中心退回（见“数据同步 · 需处理”），已收款项须按规定退还或补办。`] : [])
    ],
    signatures: ['收款民警', '复核人']
  },
  pay: {
    action: '缴款',
    title: '缴纳罚款',
    loading: '正在计算应缴金额…',
    decision: '决定书编号',
    party: '当事人',
    violation: '违法行为',
    decidedOn: '决定日期',
    dueDate: '缴款期限',
    dueValue: (date: string): string => `${date} 前（含当日）`,
    amounts: '应缴金额',
    fine: '罚款',
    lateFee: '加处罚款',
    lateFeeDetail: (days: number): string => (days === 0 ? '未逾期' : `逾期 ${days} 天，每日 3%`),
    capped: '已达上限（不超过罚款数额）',
    total: '合计',
    payOn: (date: string): string => `按 ${date} 缴款计算`,
    receiptNo: '银行缴款回执号',
    receiptHelp: '按银行回执填写，6至32位字母或数字',
    next: '下一步',
    back: '返回修改',
    cancel: '取消',
    summary: '收款确认',
    confirmText: (total: string, receiptNo: string): string => `收取 ${total}，银行缴款回执号 ${receiptNo}。确认已收到款项？`,
    submit: '确认收款',
    submitting: '正在登记…',
    done: '缴款已登记',
    doneSummary: '罚款已收讫，违法记录已缴款。',
    pending: '工作站离线：本笔缴款已在本机登记，待中心确认（进度见“数据同步”，F9）。',
    confirmed: '中心已确认本笔缴款。',
    rejected: (message: string): string => `中心未接受本笔缴款：${message}。请审核民警在“数据同步 · 需处理”中处理，并退还款项。`,
    provisionalDecision: '该决定书为临时编号（待中心确认），缴款登记后一并上传中心。',
    close: '完成'
  },
  cashUp: {
    action: '今日收款',
    shortcut: 'Ctrl+J',
    title: '今日收款',
    date: '日期',
    cashier: '收款民警',
    loading: '正在汇总…',
    table: '收款明细',
    columns: { time: '时间', decisionNo: '决定书编号', plate: '号牌', receiptNo: '回执号', fine: '罚款', lateFee: '加处罚款', total: '合计', state: '状态' },
    states: { pending: '待中心确认', confirmed: '已确认' } as const,
    empty: '当日没有收款记录。',
    totals: (count: number, total: string): string => `共 ${count} 笔，合计 ${total}`,
    fineTotal: '罚款合计',
    lateFeeTotal: '加处罚款合计',
    rejectedTitle: '被中心退回的收款',
    rejectedLine: (time: string, receiptNo: string, total: string, reason: string): string => `${time} 回执号 ${receiptNo}，${total}：${reason}`,
    close: '关闭'
  }
} as const
