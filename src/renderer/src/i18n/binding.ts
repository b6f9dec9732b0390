// Text of the 备案 (binding a non-owned vehicle) workflow, part of the one catalogue (zh-CN.ts,
// section `binding`).
//
// Accessible names the end-to-end tests rely on:
//   Person view:  region '备案车辆' with a table '备案车辆', per row button '解除备案 <plate>';
//                 button '新增备案' (F7)
//   Dialog '新增备案（非本人机动车）': steps 车辆 / 车主同意 / 确认 / 回执;
//     step 1: combobox '号牌种类', textbox '号牌号码' (reasons in its helper text), region '核查结果'
//             with the refusals; at a limit, table '本人已备案车辆' / '该车已备案驾驶人' with buttons
//             '解除 <plate or name>'
//     step 2: radio '车主到场同意' / '短信验证车主手机'; checkbox '已核验车主（管理人）身份证明，本人到场同意备案';
//             the SMS field: button '发送验证码至车主手机', textbox '车主手机验证码'
//     step 3: region '备案内容' | button '确认备案'
//     step 4: the printable slip '非本人机动车备案回执' | button '完成'
//   Dialog '解除备案': radio per reason, textbox '说明', button '确认解除'
//   Sync panel, 需处理 tab: region '待审核的备案', per item buttons '通过' / '不通过', textbox '审核意见'
import type { BindingItem, UnbindReason } from '../../../shared/contract/workflows/binding-schemas'

type Consent = BindingItem['consent']
type Channel = BindingItem['channel']

export const bindingText = {
  section: {
    title: '备案车辆',
    add: '新增备案',
    addShortcut: 'F7',
    count: (n: number, max: number) => `${n} / ${max}`,
    empty: '尚未备案非本人机动车。',
    loading: '正在读取备案…',
    plate: '号牌号码',
    plateType: '号牌种类',
    model: '车辆品牌型号',
    status: '状态',
    consent: '车主同意方式',
    boundAt: '备案时间',
    actions: '操作',
    unbind: '解除备案',
    unbindLabel: (plate: string) => `解除备案 ${plate}`,
    statuses: { active: '已生效', pending_review: '待审核' } as const,
    awaitingCentral: '待中心确认',
    otherIdDocument: (doc: string) => `持${doc}人员不能在网上备案，须在窗口办理。`,
    noLicense: '该人员没有驾驶证档案，不能备案他人车辆。',
    reviewNotice: (profile: string) => `${profile}：窗口备案须经审核人员审核通过后生效。`
  },
  consents: {
    owner_present: '车主到场',
    qr_code: '车主二维码',
    sms_code: '车主短信验证码'
  } as const satisfies Record<Consent, string>,
  channels: { window: '窗口', app: '交管12123 App', web: '互联网服务平台' } as const satisfies Record<Channel, string>,
  dialog: {
    title: '新增备案（非本人机动车）',
    steps: ['车辆', '车主同意', '确认', '回执'] as const,
    next: '下一步',
    back: '上一步',
    backShortcut: 'Alt+←',
    cancel: '取消',
    done: '完成',
    applicant: (name: string, doc: string, masked: string) => `备案人：${name}（${doc} ${masked}）`
  },
  vehicle: {
    intro: '输入要备案的非本人机动车号牌，系统按规则核查：',
    plateType: '号牌种类',
    plate: '号牌号码',
    plateHelper: '如 粤B12345，新能源号牌8位',
    checking: '正在核查…',
    result: '核查结果',
    allowed: '可以备案：车主同意后即可办理。',
    refused: '不能备案：',
    owner: '车主',
    use: '使用性质',
    model: '品牌型号',
    status: '车辆状态',
    consentPhone: '车主（管理人）手机',
    noPhone: '未登记',
    personList: '本人已备案车辆',
    personListHint: (max: number) => `本人备案已达${max}辆，可在此解除一辆后继续办理：`,
    driverList: '该车已备案驾驶人',
    driverListHint: (max: number) => `该车已有${max}名其他驾驶人备案，经车主同意可在此解除一名后继续办理：`,
    unbindOne: (what: string) => `解除 ${what}`,
    driverName: '驾驶人',
    idNumber: '证件号码',
    needVehicle: '请输入号牌并通过核查'
  },
  consent: {
    intro: (owner: string) => `须取得车主（${owner}）同意：`,
    present: '车主到场同意',
    presentHelp: '车主（单位车辆为管理人）本人到窗口，出示身份证明并同意备案',
    presentTick: '已核验车主（管理人）身份证明，本人到场同意备案',
    sms: '短信验证车主手机',
    smsHelp: (masked: string) => `向车辆登记的车主（管理人）手机 ${masked} 发送验证码，由车主告知验证码`,
    smsNoPhone: '车辆登记信息中没有车主（管理人）手机号，只能由车主到场同意',
    smsOffline: '与中心断开时无法发送短信验证码，请车主到场同意',
    sendLabel: '发送验证码至车主手机',
    codeLabel: '车主手机验证码',
    needPresent: '请勾选车主到场同意',
    needCode: '请输入车主收到的验证码并核验'
  },
  confirm: {
    title: '备案内容',
    intro: '请与办理人核对以下内容，确认后保存：',
    applicant: '备案人',
    vehicle: '备案车辆',
    owner: '车主',
    consent: '车主同意',
    consentSms: (masked: string) => `短信验证码（${masked}）已核验`,
    consentPresent: '车主到场，已核验身份证明',
    effect: '生效方式',
    effectReview: '提交后须经审核人员审核，通过后生效',
    effectNow: '确认后即生效',
    offline: '当前与中心断开：备案先保存在本机，恢复连接后自动上传，由中心最终确认（待中心确认）。',
    submit: '确认备案',
    submitting: '正在保存…'
  },
  slip: {
    title: '非本人机动车备案回执',
    person: '备案人',
    document: '身份证明',
    vehicle: '备案车辆',
    model: '品牌型号',
    owner: '车主',
    consent: '车主同意方式',
    status: '备案状态',
    statusActive: '已生效',
    statusPending: '待审核，审核通过后生效',
    noteCentral: '本备案已保存在本窗口，待中心确认；如中心不予确认，将另行通知。',
    noteReview: '审核结果将以短信通知备案人。',
    noteLimit: (max: number) => `每名驾驶人最多备案${max}辆非本人机动车；如需更换，须先解除备案。`,
    noteDate: '备案后可处理该车在备案之后发生的交通违法（以政策规定为准）。',
    central: '中心确认',
    centralStates: { waiting: '待中心确认', confirmed: '中心已确认', rejected: '中心未予确认' } as const,
    rejected: (message: string) => `中心未予确认该备案：${message}。该操作已转入“需处理”，请告知办理人。`
  },
  unbind: {
    title: '解除备案',
    intro: (plate: string) => `解除 ${plate} 的备案。请选择原因：`,
    reasons: {
      applicant_request: '驾驶人本人申请',
      owner_request: '车主申请',
      make_room: '腾出备案名额',
      vehicle_disposed: '车辆已转让或注销',
      other: '其他'
    } as const satisfies Record<UnbindReason, string>,
    note: '说明',
    noteHelp: '原因为“其他”时必填，最多100字',
    noteRequired: '请填写说明',
    submit: '确认解除',
    submitting: '正在解除…',
    done: (plate: string) => `已解除 ${plate} 的备案。`
  },
  review: {
    title: '待审核的备案',
    empty: '没有待审核的备案。',
    requested: '申请时间',
    proposer: '经办',
    consent: '车主同意',
    comment: '审核意见',
    commentHelp: '不予通过时必填',
    commentRequired: '不予通过须填写审核意见',
    approve: '通过',
    reject: '不通过',
    own: '本人经办，须由其他审核人员审核',
    supervisorOnly: '备案审核须由审核人员（主管）办理。',
    awaitingCentral: '备案待中心确认',
    approved: (plate: string) => `已通过 ${plate} 的备案。`,
    rejected: (plate: string) => `已退回 ${plate} 的备案。`
  }
} as const
