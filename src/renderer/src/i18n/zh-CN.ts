// Every piece of text the clerk sees, in one typed catalogue, so wording is reviewed in one place
// and components stay free of inline strings.
//
// Accessible names the end-to-end tests rely on (Playwright getByRole / getByLabel):
//   (Password inputs have no ARIA role: reach them with getByLabel('密码').)
//   Sign-in:       textbox  '警号'            | password field labelled '密码'
//                  button   '登录'            | button  '重新连接' (only while main is unreachable)
//                  alert    (error from main or transport, role="alert")
//   App shell:     banner (top bar): group '当前操作员', button '锁屏' (Ctrl+L), button '退出'
//                  contentinfo '状态栏' (workstation, organ, 桌面版/浏览器版, version, time '当前时间')
//   Search:        searchbox '综合查询' (F2 / Ctrl+K from anywhere) | button '查询'
//                  status line '按身份证号码查询：<key> · 共 N 人' | alert (malformed key)
//                  table '查询结果': ↑/↓ in the box move the selected row (aria-current="true"),
//                  Enter on an unchanged query opens it; rows also open on click or Enter.
//                  Empty state text '未找到相关人员'
//   Person view:   button '返回查询' (Esc / Alt+←) | heading level 1 = the person's name
//                  region '驾驶证' (or text '未查询到驾驶证信息') | progressbar '本周期累计记分'
//                  region '12123 账户' | table '机动车' | table '交通违法记录'
//                  per violation row: button '12123 自助处理：<state>' and button '窗口处理：<state>'
//                  (state 可办理 / 需确认 / 不可办理 / 无法判断; aria-expanded), each opening
//                  region '<question>判断依据：违法记录<recordNo>' below the row
//                  status bar: '适用规则：<profile name>'
//                  per unprocessed row: button '处理' (enabled when the window may process it, else
//                  aria-disabled with the reason as tooltip); F4 moves the focus to the next one
//   Process:       dialog '处理交通违法' (record, warnings, consequences): checkbox
//                  '已向驾驶人告知并确认' per warning that needs it, button '确认处理', button '取消',
//                  alert (refusal from main); then heading '处理完成' with '决定书编号' (and '临时'),
//                  '缴款期限', button '完成'
//   Sync:          in the status bar: button '数据同步：<state>' (state 在线 / 离线 / 正在下载辖区数据 N% /
//                  未登记中心 / 同步已停止 / 状态未知; click or F9 opens the panel), text '待上传：N',
//                  '需处理：N' (a button '需处理：N', opening that tab, when N > 0), '最后同步：…',
//                  and the clock-skew warning '本机时钟与中心相差约 X 分钟…' when there is one
//                  dialog '数据同步': button '立即同步' (F9), status line '已与中心同步（HH:mm）。' or
//                  the reason it failed, tabs '待上传 N' / '需处理 N' / '最近已确认 N' (← →), and in the
//                  tabpanel table '待上传的操作' / '最近已确认的操作' or, per rejected action, group
//                  '被退回的操作：<summary>' (for a supervisor: textbox '处理说明', buttons '重新提交' /
//                  '作废' / '上报中心'); button '关闭' (Esc)
//   Sign-out:      with actions not yet uploaded, 退出 asks first: dialog '退出登录' with buttons
//                  '退出登录' and '取消'
//   Lock dialog:   dialog '屏幕已锁定' with password field labelled '密码', button '解锁', button '退出登录'
import type { Role, SearchKind, SyncItem, SyncStatusDto, ViolationStatus } from '../../../shared/contract'
import { bindingText } from './binding'
import { disputesText } from './disputes'
import { phoneChangeText } from './phone-change'
import { paymentText } from './payment'
import { printingText } from './printing'
import { registrationText } from './registration'
import { reportText } from './report'

type AccountKind = 'personal' | 'unit'
type AccountChannel = 'window' | 'app' | 'web'
type VehicleRelation = 'owner' | 'bound'
type ViolationSource = 'camera' | 'onsite'
type VerdictQuestion = 'selfService' | 'window'
type VerdictState = 'allowed' | 'confirm' | 'denied' | 'unavailable'
/** The engine's states, plus 'unknown' while main has not answered the status poll. */
type SyncState = SyncStatusDto['state'] | 'unknown'
type Resolution = NonNullable<SyncItem['resolution']>['kind']
type SyncTab = 'pending' | 'rejected' | 'recent'

export const zhCN = {
  product: {
    name: '交管窗口业务终端',
    latinName: 'Counterdesk',
    documentTitle: '交管窗口业务终端 Counterdesk'
  },
  common: {
    demoData: '演示数据',
    none: '无',
    notRecorded: '未登记',
    separator: '、',
    range: (from: string, to: string): string => `${from} 至 ${to}`,
    yuan: (amount: string): string => `${amount} 元`,
    gender: { M: '男', F: '女' } as const satisfies Record<'M' | 'F', string>
  },
  transport: {
    hostUnreachable: '无法连接到本机业务服务，请确认程序仍在运行后重试。',
    tokenMissing:
      '缺少访问令牌。请使用程序启动时显示的完整地址（包括末尾的 #token=… 部分）打开本页面。',
    starting: '正在连接本机业务服务…'
  },
  signIn: {
    title: '登录',
    subtitle: '请使用本人警号登录',
    policeNo: '警号',
    password: '密码',
    submit: '登录',
    submitting: '正在登录…',
    retry: '重新连接',
    workstation: '工作站',
    organ: '所属机关',
    unknownWorkstation: '未取得工作站信息',
    policeNoRequired: '请输入警号',
    passwordRequired: '请输入密码',
    sessionEnded: '登录已失效，请重新登录。',
    signedOut: '已退出登录。'
  },
  shell: {
    lock: '锁屏',
    lockShortcut: 'Ctrl+L',
    signOut: '退出',
    operator: '当前操作员',
    policeNoPrefix: '警号',
    roles: {
      clerk: '窗口民警',
      supervisor: '审核民警',
      admin: '系统管理员'
    } as const satisfies Record<Role, string>,
    status: {
      label: '状态栏',
      workstation: '工作站',
      organ: '机关',
      host: '运行方式',
      time: '当前时间',
      version: '版本',
      profile: '适用规则',
      hostKind: { electron: '桌面版', web: '浏览器版' } as const satisfies Record<'electron' | 'web', string>
    }
  },
  signOutConfirm: {
    title: '退出登录',
    message: (n: number): string => `还有 ${n} 项操作未上传中心，退出登录后将在后台继续上传。确定退出？`,
    confirm: '退出登录',
    cancel: '取消'
  },
  sync: {
    chipLabel: (state: string): string => `数据同步：${state}`,
    states: {
      online: '在线',
      offline: '离线',
      bootstrapping: '正在下载辖区数据',
      unenrolled: '未登记中心',
      blocked: '同步已停止',
      unknown: '状态未知'
    } as const satisfies Record<SyncState, string>,
    bootstrapping: (percent: number): string => `正在下载辖区数据 ${percent}%`,
    explain: {
      online: '与中心连接正常，本机办理的业务随即上传。',
      offline: '暂时无法连接中心。业务照常办理，保存在本机，连接恢复后自动上传。',
      bootstrapping: '正在从中心下载本辖区数据，完成前查询结果可能不全。',
      unenrolled: '本工作站尚未登记到中心，办理的业务只保存在本机。需要联网时请联系信息管理员。',
      blocked: '中心拒绝了本工作站的同步，须由信息管理员处理。已办理的业务保存在本机，不会丢失。',
      unknown: '暂时无法取得同步状态。'
    } as const satisfies Record<SyncState, string>,
    openHint: '点击或按 F9 查看数据同步',
    shortcut: 'F9',
    pending: '待上传',
    rejected: '需处理',
    lastSync: '最后同步',
    never: '尚未同步',
    justNow: '刚刚',
    minutesAgo: (n: number): string => `${n} 分钟前`,
    skew: (minutes: number): string => `本机时钟与中心相差约 ${minutes} 分钟，请联系信息管理员校时`,
    panel: {
      title: '数据同步',
      close: '关闭',
      syncNow: '立即同步',
      syncing: '正在同步…',
      synced: (time: string): string => `已与中心同步（${time}）。`,
      syncFailed: (message: string): string => `本次未能同步：${message}`,
      lastError: '最近一次错误',
      loading: '正在读取…',
      tabs: { pending: '待上传', rejected: '需处理', recent: '最近已确认' } as const satisfies Record<SyncTab, string>,
      tables: { pending: '待上传的操作', recent: '最近已确认的操作' },
      keysHint: '← → 切换 · Tab 进入列表 · F9 立即同步 · Esc 关闭',
      columns: {
        seq: '序号',
        type: '业务',
        summary: '内容',
        operator: '经办人',
        createdAt: '办理时间',
        attempts: '已尝试',
        lastError: '最近一次错误',
        assignedNo: '中心编号'
      },
      attempts: (n: number): string => `${n} 次`,
      empty: {
        pending: '没有待上传的操作，本机办理的业务都已上传中心。',
        rejected: '没有被中心退回的操作。',
        recent: '近期没有中心确认的操作。'
      } as const satisfies Record<SyncTab, string>,
      otherPending: (n: number): string => `另有 ${n} 项后台记录（如查阅人员档案的登记）待上传，无需处理。`,
      rejectedGroup: (summary: string): string => `被退回的操作：${summary}`,
      reason: '中心退回原因',
      localConflict: '本机数据已变化',
      handledBy: '经办',
      open: '待审核民警处理',
      supervisorOnly: '被退回的操作须由审核民警处理：请审核民警登录本工作站，在此重新提交、作废或上报中心。',
      comment: '处理说明',
      commentHint: '作废、上报中心时必填',
      commentRequired: '作废或上报中心须填写处理说明（至少 2 个字）。',
      resolutions: { reissue: '重新提交', void: '作废', escalate: '上报中心' } as const satisfies Record<Resolution, string>,
      resolving: '正在提交…',
      resolved: (kind: string, by: string, at: string): string => `已${kind}（${by}，${at}）`,
      resolvedComment: (comment: string): string => `说明：${comment}`,
      unknownOperator: '未知'
    }
  },
  process: {
    action: '处理',
    nextHint: 'F4 依次定位可处理的记录',
    notAllowed: '不能在窗口处理',
    title: '处理交通违法',
    recordNo: (no: string): string => `违法记录 ${no}`,
    party: '当事人',
    warnings: '须告知驾驶人',
    confirm: '已向驾驶人告知并确认',
    consequences: '办理后',
    noFindings: '无须特别告知的事项。',
    notOnline: (state: string): string =>
      `当前${state}：本次处理先保存在本机，决定书使用临时编号，待中心确认后换发正式编号。`,
    notEnrolled: '本工作站未登记中心（培训模式）：决定书使用临时编号，处理结果只保存在本机。',
    confirmsLeft: (n: number): string => `还有 ${n} 项须告知并确认后才能处理。`,
    submit: '确认处理',
    submitting: '正在处理…',
    cancel: '取消',
    done: '处理完成',
    doneSummary: '已作出处罚决定，违法记录已处理。',
    decisionNo: '决定书编号',
    provisional: '临时',
    provisionalTitle: '临时编号，待中心确认后换发正式编号',
    dueDate: '缴款期限',
    dueDateValue: (date: string): string => `${date} 前（含当日）`,
    fine: '罚款',
    points: '记分',
    pointsValue: (n: number): string => `${n} 分`,
    waiting: '临时编号：正在等待中心确认，确认后换发正式编号（进度见“数据同步”，F9）。',
    confirmed: (no: string): string => `中心已确认，正式决定书编号 ${no}。`,
    rejected: (message: string): string => `中心未接受本次处理：${message}。请审核民警在“数据同步 · 需处理”中处理。`,
    close: '完成'
  },
  lock: {
    title: '屏幕已锁定',
    hint: '为保护群众个人信息，屏幕已锁定。请输入本人密码解锁。',
    operator: (name: string, policeNo: string): string => `${name}（警号 ${policeNo}）`,
    password: '密码',
    unlock: '解锁',
    unlocking: '正在解锁…',
    signOut: '退出登录'
  },
  search: {
    title: '综合查询',
    inputLabel: '综合查询',
    placeholder: '身份证号码 / 号牌号码 / 手机号码 / 决定书编号',
    submit: '查询',
    searching: '正在查询…',
    shortcut: 'F2 / Ctrl+K',
    keysHint: 'Enter 查询 · ↑ ↓ 选择 · 再按 Enter 打开',
    kind: {
      idNumber: '按身份证号码查询',
      plate: '按号牌号码查询',
      phone: '按手机号码查询',
      decisionNo: '按决定书编号查询',
      licenseFileNo: '按驾驶证档案编号查询'
    } as const satisfies Record<SearchKind, string>,
    resultCount: (n: number): string => `共 ${n} 人`,
    empty: '未找到相关人员',
    emptyHint: '请核对查询内容后重试。',
    resultsTable: '查询结果',
    columns: {
      name: '姓名',
      gender: '性别',
      idNumber: '身份证号码',
      phone: '手机号码',
      matchedBy: '匹配依据',
      license: '驾驶证',
      vehicles: '机动车',
      openViolations: '未处理违法'
    },
    hasLicense: '有',
    noLicense: '无'
  },
  person: {
    back: '返回查询',
    backShortcut: 'Esc',
    loading: '正在打开人员档案…',
    title: '人员详情',
    idType: '证件类型',
    idNumber: '证件号码',
    birthDate: '出生日期',
    phone: '联系电话',
    address: '住址',
    auditNotice: '本次查看已记录。',
    license: {
      title: '驾驶证',
      none: '未查询到驾驶证信息',
      fileNo: '档案编号',
      classes: '准驾车型',
      status: '驾驶证状态',
      cycle: '记分周期',
      points: '本周期累计记分',
      pointsValue: (points: number): string => `${points} / 12 分`,
      fullScoreCount: '满分次数',
      fullScoreValue: (n: number): string => `${n} 次`,
      firstIssueDate: '初次领证日期',
      validUntil: '有效期至',
      issuingOrgan: '发证机关',
      phone: '驾驶证联系电话'
    },
    vehicles: {
      title: '机动车',
      empty: '无名下或备案机动车',
      plate: '号牌',
      use: '使用性质',
      model: '品牌型号',
      status: '状态',
      relation: '关系',
      phone: '联系电话',
      relations: { owner: '本人名下', bound: '已备案' } as const satisfies Record<VehicleRelation, string>,
      boundSince: (date: string): string => `已备案（${date} 起）`
    },
    violations: {
      title: '交通违法记录',
      empty: '无交通违法记录',
      openCount: (n: number): string => `未处理 ${n} 起`,
      occurredAt: '违法时间',
      place: '违法地点',
      behaviour: '违法行为',
      plate: '号牌',
      fine: '罚款',
      points: '记分',
      status: '状态',
      decisionNo: '决定书编号',
      action: '操作',
      statuses: {
        unprocessed: '未处理',
        processed: '已处理未缴款',
        paid: '已缴款',
        disputed: '异议中',
        voided: '已消除'
      } as const satisfies Record<ViolationStatus, string>,
      sources: { camera: '电子监控', onsite: '现场处罚' } as const satisfies Record<ViolationSource, string>,
      verdicts: {
        questions: { selfService: '12123 自助处理', window: '窗口处理' } as const satisfies Record<VerdictQuestion, string>,
        states: {
          allowed: '可办理',
          confirm: '需确认',
          denied: '不可办理',
          unavailable: '无法判断'
        } as const satisfies Record<VerdictState, string>,
        chipLabel: (question: string, state: string): string => `${question}：${state}`,
        detailsLabel: (question: string, recordNo: string): string => `${question}判断依据：违法记录${recordNo}`,
        denials: '不能办理的原因',
        warnings: '须告知驾驶人',
        consequences: '办理后',
        // A refused verdict's warnings and consequences only apply once it can be processed.
        warningsIfRefused: '可以办理时还须告知',
        consequencesIfRefused: '可以办理时的后果',
        mustConfirm: '需告知并确认',
        unavailable: '无法判断的原因',
        noFindings: '无特别事项，可以办理。',
        basis: '依据：',
        sourceWords: { article: '来源文章', facts: '事实', tip: '，提示' },
        basisSeparator: '；',
        moreCount: (n: number): string => `另有 ${n} 项`,
        allowedWithNotes: (n: number): string => `可办理，另有 ${n} 项须告知`,
        openHint: '点击或按 Enter 查看依据'
      }
    },
    account: {
      title: '12123 账户',
      none: '未注册 12123 账户',
      kind: '账户类型',
      phone: '注册手机',
      channel: '注册渠道',
      registeredAt: '注册时间',
      kinds: { personal: '个人', unit: '单位' } as const satisfies Record<AccountKind, string>,
      channels: {
        window: '窗口注册',
        app: '交管12123 App',
        web: '互联网服务平台'
      } as const satisfies Record<AccountChannel, string>
    }
  },
  phoneChange: phoneChangeText,
  binding: bindingText,
  disputes: disputesText,
  registration: registrationText,
  payment: paymentText,
  report: reportText,
  printing: printingText
} as const

export const t = zhCN
