// Text of the 面签注册 workflow, part of the one catalogue (zh-CN.ts, section `registration`).
//
// Accessible names the end-to-end tests rely on:
//   Top bar:      button '面签注册' (F3 from anywhere)
//   Screen:       heading level 1 '面签注册' | tabs '个人' / '单位' | list '办理步骤'
//                 button '上一步' (Esc / Alt+←; on the first step '返回查询')
//   Step 1 读取证件: button '读取身份证' (F8) | button '模拟新身份' (simulated reader) | button '手工录入'
//                 manual form: radio '居民身份证' / '军人证件', combobox '军人证件种类', textboxes '姓名',
//                 '身份证号码' / '军人证件号码', '性别', '出生日期', '住址', '签发日期', '有效期至', checkbox '长期',
//                 '签发机关'; button '确认证件信息'
//                 region '证件信息' (the card read) | button '下一步'
//                 unit tab: textboxes '统一社会信用代码', '单位名称', '单位地址'; button '选择授权委托书'
//   Step 2 当面核验: checkbox '已查验证件原件，并核对是本人' | button '下一步'
//   Step 3 手机号码: textbox '手机号码' (Enter: button '查询号码', main checks phone and ID first; a refusal
//                 shows as alert here) | SMS: button '发送验证码', textbox '短信验证码' | button '核对'
//   Step 4 核对:   region '核对注册信息' | checkbox '同时变更档案联系电话' | button '确认注册'
//                 alert (refusal, with the rule's reason)
//   Step 5 完成:   document '交管12123账户面签注册回执' | button '办理下一位' | button '查看人员档案'
import type { MilitaryDocument } from '../../../shared/contract/workflows/registration'

export const registrationText = {
  title: '面签注册',
  action: '面签注册',
  actionShortcut: 'F3',
  breadcrumb: '综合查询 / 面签注册',
  backToSearch: '返回查询',
  back: '上一步',
  backShortcut: 'Esc',
  next: '下一步',
  tabs: { person: '个人', unit: '单位' } as const,
  tabsLabel: '注册类型',
  stepsLabel: '办理步骤',
  steps: ['读取证件', '当面核验', '手机号码', '核对', '完成'] as const,
  card: {
    heading: '证件信息',
    managerHeading: '经办人证件信息',
    read: '读取身份证',
    readShortcut: 'F8',
    reading: '正在读卡…',
    newIdentity: '模拟新身份',
    manual: '手工录入',
    manualHint: '证件芯片无法读取、未配置读卡器或军人证件时，按证件所载内容手工录入。',
    readerName: (name: string): string => `读卡器：${name}`,
    noReader: '本窗口未配置身份证阅读器，请手工录入。',
    placeholder: '请将身份证放在读卡器上，按 F8 读取；军人证件请手工录入。',
    confirmManual: '确认证件信息',
    cancelManual: '取消录入',
    reread: '重新读取',
    sources: { reader: '读卡器读取', manual: '手工录入' } as const,
    idTypes: { resident: '居民身份证', military: '军人证件' } as const,
    idTypeLabel: '证件类型',
    militaryDocuments: { C: '军官证', D: '士兵证', E: '军官离退休证' } as const satisfies Record<MilitaryDocument, string>,
    militaryDocumentLabel: '军人证件种类',
    fields: {
      name: '姓名',
      idNumber: '身份证号码',
      militaryNumber: '军人证件号码',
      gender: '性别',
      birthDate: '出生日期',
      address: '住址',
      validFrom: '签发日期',
      validUntil: '有效期至',
      longTerm: '长期',
      issuer: '签发机关',
      validity: '有效期限'
    },
    fromNumber: '由证件号码自动识别',
    datePlaceholder: 'YYYY-MM-DD',
    longTermValue: '长期',
    onFile: '本地档案中已有此人，注册后其驾驶证和名下机动车自动关联',
    notOnFile: '本地档案中没有此人，将按证件信息新建人员档案'
  },
  unit: {
    heading: '单位信息',
    creditCode: '统一社会信用代码',
    name: '单位名称',
    address: '单位地址',
    letter: '授权委托书扫描件',
    chooseLetter: '选择授权委托书',
    letterHint: '支持 PDF、JPEG、PNG，不超过 5 MB',
    letterChosen: (name: string, size: string): string => `${name}（${size}）`,
    letterTooLarge: '文件超过 5 MB，请重新扫描（降低分辨率）后再选择',
    letterType: '只接受 PDF、JPEG 或 PNG 格式的扫描件',
    letterMissing: '请选择授权委托书扫描件',
    letterUnreadable: '无法读取该文件，请重新选择',
    managerNote: '单位账户由经办人持本人身份证件当面办理，注册手机为经办人手机。'
  },
  identity: {
    heading: '当面核验本人',
    intro: '请查验证件原件：核对证件照片与本人相貌、证件有效期，确认证件无涂改。',
    confirm: '已查验证件原件，并核对是本人',
    required: '须当面核验本人后才能继续',
    militaryNote: '军人证件无芯片，请仔细核对证件上的照片、姓名和号码。'
  },
  phone: {
    heading: '注册手机号码',
    label: '手机号码',
    hint: '该号码将作为交管12123登录名，并接收验证码',
    smsLabel: '短信验证码',
    offline: '当前与交管中心连接中断，无法发送短信验证码。可继续办理：注册将保存为“待中心确认”，中心确认后向该号码发送注册通知短信。',
    smsNeeded: '请发送验证码，并输入市民手机收到的6位验证码',
    verified: (masked: string): string => `${masked} 的短信验证码已核验`,
    available: { central: '已向交管中心核实：该号码和证件均未注册过账户。', local: '离线：本地数据中该号码和证件均未注册过账户，中心收到后将再次核实。' } as const,
    reverify: '重新验证',
    lookup: '查询号码',
    refusedBelow: '该号码不能注册，原因见下方',
    check: '核对',
    checking: '正在查询…'
  },
  review: {
    heading: '核对注册信息',
    applicant: '注册人',
    unit: '注册单位',
    manager: '经办人',
    document: '证件',
    phone: '注册手机',
    verification: '手机验证',
    smsVerified: '短信验证码已核验',
    offlineVerification: '离线办理，未短信验证（待中心确认）',
    answeredBy: { central: '已向交管中心核实手机号码和证件未被注册', local: '离线：仅按本地数据核对，中心收到后将再次核实' } as const,
    refused: '不能注册',
    warnings: '请告知市民',
    linked: '注册后自动关联',
    licence: '驾驶证',
    vehicles: '名下机动车',
    noLinked: '本地档案中没有此人的驾驶证和机动车',
    unitVehicles: '单位名下机动车',
    noUnitVehicles: '本地档案中没有该单位名下的机动车',
    recordPhones: '档案登记的联系电话',
    changePhones: '同时变更档案联系电话',
    changePhonesHint: (masked: string): string => `驾驶证、机动车档案的联系电话将一并变更为 ${masked}（同次办理，记入业务记录）`,
    letter: '授权委托书',
    submit: '确认注册',
    submitting: '正在保存…'
  },
  slip: {
    title: '交管12123账户面签注册回执',
    rows: {
      kind: '注册类型',
      holder: '注册人',
      unit: '注册单位',
      creditCode: '统一社会信用代码',
      manager: '经办人',
      document: '证件',
      phone: '注册手机号码',
      status: '办理状态',
      licence: '关联驾驶证',
      plates: '关联机动车',
      recordPhones: '档案联系电话',
      letter: '授权委托书'
    },
    kinds: { person: '个人账户', unit: '单位账户' } as const,
    statusPending: '已提交，待中心确认',
    statusConfirmed: '交管中心已确认，账户已开通',
    statusRejected: (reason: string): string => `中心未予确认：${reason}`,
    changedTo: (records: string, masked: string): string => `${records}，已变更为 ${masked}`,
    vehicle: '机动车',
    awaitingCentral: '（待中心确认）',
    notes: {
      pending: '本次注册已在窗口保存，待交管中心确认后生效；确认结果将以短信通知注册手机。',
      offline: '办理时与交管中心连接中断，未进行短信验证。注册待中心确认，中心确认后向注册手机发送通知短信。',
      login: '账户登录名为注册手机号码，请在“交管12123”App 或网站使用“忘记密码”设置登录密码。',
      keep: '请妥善保管本回执。如非本人办理或信息有误，请携带证件到交管业务窗口处理。'
    },
    next: '办理下一位',
    nextShortcut: 'Enter',
    openPerson: '查看人员档案'
  },
  none: '无'
} as const
