// Text of the 异议 (objections to camera records) workflow and the 审核 screen, part of the one
// catalogue (zh-CN.ts, section `disputes`).
//
// Accessible names the end-to-end tests rely on:
//   Person view:  region '交通违法异议' with table '异议记录' (per row button '查看异议 <recordNo>');
//                 button '受理异议' (Alt+Y)
//   Dialog '受理交通违法异议': radio group '异议的违法记录' (one radio per record), region '规则核查',
//     radio group '异议理由', textbox '当事人陈述', button '添加附件' (file input '选择附件'), list '附件';
//     button '下一步' (Enter), then region '异议内容' and button '确认受理', then the printable receipt
//     '交通违法记录异议受理回执' and button '完成'
//   Dialog '异议详情': region '证据照片' (+ − 0 zoom, arrows pan or switch), region '处理意见',
//     region '规则核查', list '办理经过'; for the clerk radio group '处理意见类型' (维持记录 / 消除记录 /
//     更正号牌 / 转移至实际驾驶人), combobox '消除依据', textbox '号牌号码', combobox '号牌种类',
//     button '查找车辆', textbox '实际驾驶人身份证号码', button '查找驾驶人', textbox '说明',
//     button '提交审核'; button '关闭' (Esc)
//   Top bar: button '审核' (Ctrl+E) → screen heading '审核': tabs '待审核 N' / '我的异议 N';
//     combobox '类型', combobox '时长', combobox '经办人'; list '待审核事项' (option per item);
//     for a dispute: textbox '审核意见', buttons '通过' / '驳回' / '退回补正' (disabled with the reasons
//     shown in region '不能审核的原因')
import type {
  DisputeGround,
  DisputeOutcome,
  DisputeStatus,
  ReviewDecision
} from '../../../shared/contract/workflows/disputes-schemas'

export const disputesText = {
  grounds: {
    emergency_vehicle_on_duty: '执行紧急任务的警车、消防车、救护车、工程救险车',
    vehicle_stolen: '车辆在被盗抢期间被记录',
    fake_or_borrowed_plate: '被套牌（他人使用伪造、变造或本车号牌）',
    plate_misrecorded: '号牌号码录入错误',
    evidence_unclear: '证据不能清晰反映车辆、号牌、时间、地点或违法事实',
    handled_on_spot: '已现场处理',
    conflicting_signals: '交通信号指示不一致',
    rescue_or_emergency_avoidance: '因救助危难或紧急避险',
    other: '其他'
  } as const satisfies Record<DisputeGround, string>,
  statuses: {
    open: '已受理，待提出意见',
    proposed: '待审核',
    approved: '审核通过',
    rejected: '不予采纳',
    returned: '退回补正'
  } as const satisfies Record<DisputeStatus, string>,
  outcomes: {
    uphold: '维持记录',
    void: '消除记录',
    correct_plate: '更正号牌',
    transfer: '转移至实际驾驶人'
  } as const satisfies Record<DisputeOutcome, string>,
  outcomeHelp: {
    uphold: '异议不成立，记录维持，审核通过后恢复为未处理，可正常处理',
    void: '符合消除情形，审核通过后记录消除，须选择依据',
    correct_plate: '号牌录错或被套牌，审核通过后记录转至实际被拍车辆，并短信告知其车主',
    transfer: '租赁、出借车辆，审核通过后记录转至实际驾驶人名下待处理'
  } as const satisfies Record<DisputeOutcome, string>,
  decisions: { approve: '通过', reject: '驳回', return: '退回补正' } as const satisfies Record<ReviewDecision, string>,
  awaitingCentral: '待中心确认',
  section: {
    title: '交通违法异议',
    table: '异议记录',
    file: '受理异议',
    fileShortcut: 'Alt+Y',
    empty: '该人员没有异议记录。',
    loading: '正在读取异议…',
    record: '违法记录',
    ground: '异议理由',
    status: '状态',
    outcome: '处理意见',
    filedAt: '受理时间',
    actions: '操作',
    view: '查看',
    viewLabel: (recordNo: string) => `查看异议 ${recordNo}`,
    noCandidates: '该人员没有未处理的违法记录，无可受理异议的记录。'
  },
  file: {
    title: '受理交通违法异议',
    steps: ['记录与理由', '确认', '回执'],
    records: '异议的违法记录',
    checks: '规则核查',
    checking: '正在核查…',
    allowed: '可以在本窗口受理异议',
    grounds: '异议理由',
    statement: '当事人陈述',
    statementHelp: '写明当事人所述情形（以“其他”理由提出时必填）；Ctrl+Enter 下一步',
    statementRequired: '以“其他”理由提出异议时，须写明当事人陈述',
    summary: '异议内容',
    submit: '确认受理',
    submitting: '正在受理…',
    needRecord: '请选择一条可以受理异议的违法记录',
    next: '下一步',
    back: '上一步',
    backShortcut: 'Alt+←',
    cancel: '取消',
    done: '完成',
    savedOffline: '已保存，待中心确认：联网后自动上传。',
    receipt: '交通违法记录异议受理回执',
    receiptLabels: {
      person: '当事人',
      recordNo: '违法记录编号',
      plate: '号牌',
      occurredAt: '违法时间',
      place: '违法地点',
      behaviour: '违法行为',
      ground: '异议理由',
      statement: '当事人陈述',
      attachments: '附件',
      state: '受理状态'
    },
    behaviourLine: (behaviour: string, code: string, fine: string, points: number) => `${behaviour}（${code}），罚款${fine}，记${points}分`,
    noAttachments: '无',
    attachmentLine: (name: string, sha: string) => `${name}（SHA-256 ${sha.slice(0, 16)}…）`,
    stateText: '已受理，记录暂停处理，待审核',
    signatures: ['当事人', '受理民警'],
    receiptNotes: [
      '异议受理期间，该违法记录暂停处理，12123 及各窗口均不能处理。',
      '处理意见经审核人员审核后办结，结果以短信告知当事人，可在任一窗口查询。',
      '附件原件由受理窗口保存，回执所列校验值（SHA-256）用于核对。'
    ]
  },
  attachments: {
    title: '附件',
    add: '添加附件',
    input: '选择附件',
    help: (mb: number, n: number) => `扫描件或照片：PDF、JPEG、PNG，单个不超过 ${mb} MB，最多 ${n} 个`,
    remove: (name: string) => `移除 ${name}`,
    wrongType: (name: string) => `“${name}”不是 PDF、JPEG 或 PNG 文件`,
    tooLarge: (name: string, mb: number) => `“${name}”超过 ${mb} MB`,
    tooMany: (n: number) => `最多 ${n} 个附件`,
    hereOnly: '原件在受理窗口',
    open: (name: string) => `查看附件 ${name}`
  },
  evidence: {
    title: '证据照片',
    loading: '正在调取证据照片…',
    none: '该记录没有证据照片（现场处罚记录）。',
    fromCentral: '已从中心调取并缓存到本机',
    fromCache: '本机缓存',
    photo: (i: number, n: number) => `第 ${i} / ${n} 张`,
    zoom: (pct: number) => `${pct}%`,
    keys: '+ / − 缩放，0 复原，← → 切换照片（放大后方向键平移）',
    zoomIn: '放大',
    zoomOut: '缩小',
    reset: '复原',
    previous: '上一张',
    next: '下一张',
    alt: (caption: string) => `证据照片：${caption}`
  },
  detail: {
    title: '异议详情',
    close: '关闭',
    record: '违法记录',
    person: '当事人',
    statement: '当事人陈述',
    filed: '受理',
    proposal: '处理意见',
    noProposal: '尚未提出处理意见。',
    checks: '规则核查',
    history: '办理经过',
    lastReview: '审核意见',
    vehicle: '更正后车辆',
    driver: '实际驾驶人',
    ground: '消除依据',
    note: '说明',
    proposer: '经办人',
    reviewer: '审核人'
  },
  propose: {
    title: (returned: boolean) => (returned ? '补正后重新提交' : '提出处理意见'),
    kind: '处理意见类型',
    ground: '消除依据',
    plate: '号牌号码',
    plateType: '号牌种类',
    findVehicle: '查找车辆',
    idNumber: '实际驾驶人身份证号码',
    findDriver: '查找驾驶人',
    note: '说明',
    noteHelp: '写明核查情况（以“其他”理由消除时必填）',
    submit: '提交审核',
    submitting: '正在提交…',
    submitted: '处理意见已提交，等待审核人员审核。',
    found: '已找到',
    needVehicle: '请先查找更正后的车辆',
    needDriver: '请先查找实际驾驶人',
    needGround: '请选择消除依据'
  },
  review: {
    title: '审核',
    action: '审核',
    shortcut: 'Ctrl+E',
    tabs: { awaiting: (n: number) => `待审核 ${n}`, mine: (n: number) => `我的异议 ${n}` },
    list: '待审核事项',
    mineList: '我的异议',
    filters: { type: '类型', age: '时长', clerk: '经办人' },
    types: { all: '全部', dispute: '异议', binding: '备案', conflict: '同步冲突' } as const,
    ages: { all: '全部', today: '今天', over1: '超过 1 天', over3: '超过 3 天' } as const,
    anyClerk: '全部经办人',
    empty: '没有符合条件的待审核事项。',
    mineEmpty: '您没有受理或提出意见的异议。',
    pick: '从左侧选择一项查看。',
    comment: '审核意见',
    commentHelp: '驳回或退回补正须填写（至少2个字）',
    commentRequired: '驳回或退回补正须填写审核意见',
    blocked: '不能审核的原因',
    disputeDone: (decision: string, plate: string) => `已${decision}：${plate} 的异议处理意见。`,
    bindingDone: (decision: string, plate: string) => `已${decision}：备案 ${plate}。`,
    supervisorOnly: '只有审核人员（主管）可以审核；您可以查看。',
    binding: {
      title: (plate: string) => `备案 ${plate}`,
      approve: '通过',
      reject: '不通过',
      own: '该备案由您本人办理，须由另一名审核人员审核。',
      consent: '车主同意方式',
      requested: '申请时间'
    },
    conflict: { title: '被中心退回的操作', done: '已处理该被中心退回的操作。' },
    kinds: { dispute: '异议', binding: '备案', conflict: '同步冲突' } as const,
    since: (days: number) => (days < 1 ? '今天' : `${Math.floor(days)} 天前`)
  }
}
