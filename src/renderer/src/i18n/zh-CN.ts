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
//   Lock dialog:   dialog '屏幕已锁定' with password field labelled '密码', button '解锁', button '退出登录'
import type { Role, SearchKind, ViolationStatus } from '../../../shared/contract'

type AccountKind = 'personal' | 'unit'
type AccountChannel = 'window' | 'app' | 'web'
type VehicleRelation = 'owner' | 'bound'
type ViolationSource = 'camera' | 'onsite'
type VerdictQuestion = 'selfService' | 'window'
type VerdictState = 'allowed' | 'confirm' | 'denied' | 'unavailable'

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
  }
} as const

export const t = zhCN
