// Text of the 手机号变更 workflow, part of the one catalogue (zh-CN.ts, section `phoneChange`).
//
// Accessible names the end-to-end tests rely on:
//   Person view:  button '变更手机号' (F6)
//   Dialog '变更联系电话': steps 选择档案 / 核验身份 / 新手机号 / 确认 / 凭证;
//     step 1: checkbox per record '<label>，现号码 <masked>' | button '下一步' (Enter)
//     step 2: radio '查验身份证明原件' / '原手机号码短信验证'; checkbox '已查验身份证明原件，且与申请人本人相符';
//             radio per old number '<masked>'
//     step 3: textbox '新手机号码' (reasons in its helper text) | alert per record refused
//     step 4: region '变更内容' | button '确认变更'
//     step 5: the printable slip '联系电话变更凭证' | button '完成'
//   Everywhere: button '上一步' (Alt+←), button '取消' (Esc), alert (refusal from main)
import type { PhoneIdentityMethod } from '../../../shared/contract/workflows/phone-change'

export const phoneChangeText = {
  action: '变更手机号',
  actionShortcut: 'F6',
  title: '变更联系电话',
  loading: '正在读取档案…',
  steps: ['选择档案', '核验身份', '新手机号', '确认', '凭证'] as const,
  next: '下一步',
  back: '上一步',
  backShortcut: 'Alt+←',
  cancel: '取消',
  done: '完成',
  targets: {
    intro: '勾选要变更联系电话的档案（可一并变更，也可逐项变更）：',
    none: '该人员名下没有可变更联系电话的驾驶证、机动车或12123账户。',
    current: (masked: string | null) => (masked === null ? '未登记号码' : `现号码 ${masked}`),
    checkboxName: (label: string, masked: string | null) => (masked === null ? `${label}，未登记号码` : `${label}，现号码 ${masked}`),
    chooseOne: '请至少勾选一项档案',
    selected: (n: number) => `已选 ${n} 项`
  },
  identity: {
    intro: '核验申请人本人身份（二选一）：',
    methods: { id_document: '查验身份证明原件', sms_old_number: '原手机号码短信验证' } as const satisfies Record<PhoneIdentityMethod, string>,
    documentHint: '查验居民身份证等身份证明原件，核对照片与申请人本人一致。',
    documentCheck: '已查验身份证明原件，且与申请人本人相符',
    smsHint: '向所选档案登记的原手机号码发送验证码，由申请人读出。',
    smsOffline: '离线时无法发送短信验证码，请查验身份证明原件。',
    smsNoNumber: '所选档案都没有登记原手机号码，请查验身份证明原件。',
    chooseNumber: '发送到',
    smsLabel: '原号码验证码',
    needDocument: '请勾选已查验身份证明原件',
    needCode: '请完成原号码短信验证'
  },
  number: {
    label: '新手机号码',
    placeholder: '11位手机号码',
    checking: '正在核验号码…',
    okCentral: '号码可以使用：已向中心核验，未被其他账户使用。',
    okLocal: '号码可以使用（离线：按本机缓存核验，中心确认时将再次核验是否被其他账户使用）。',
    smsLabel: '新号码验证码',
    offlineNotice:
      '当前离线，无法向新号码发送验证码。本次变更将保存为“未经短信验证”，待中心确认；中心确认后会向新号码和原号码发送通知短信。请与申请人当面核对新号码。',
    needCode: '请向新号码发送验证码并完成核验',
    needValid: '请填写可以使用的新手机号码',
    recordRefused: '以下档案不能变更：'
  },
  confirm: {
    region: '变更内容',
    applicant: '申请人',
    idNumber: '身份证明号码',
    records: '变更档案',
    change: (oldMasked: string | null, newMasked: string) => `${oldMasked ?? '未登记'} → ${newMasked}`,
    identity: '身份核验',
    newNumber: '新号码',
    verified: '已短信验证',
    unverified: '未经短信验证（离线）',
    notice: '确认后，原号码将收到变更通知短信。',
    offlineNotice: '当前离线：本次变更保存在本机，待中心确认后生效。',
    submit: '确认变更',
    submitting: '正在保存…'
  },
  slip: {
    title: '联系电话变更凭证',
    number: '业务编号',
    applicant: '申请人',
    idNumber: '身份证明号码',
    oldNumber: '原号码',
    newNumber: '新号码',
    identity: '身份核验',
    newVerification: '新号码验证',
    verified: '已通过短信验证码验证',
    unverified: '未经短信验证',
    state: '中心确认',
    states: { waiting: '待中心确认', confirmed: '中心已确认', rejected: '中心退回' },
    noteOld: '中心确认变更后，将向原号码发送变更通知短信；如非本人办理，请及时到公安交管业务窗口处理。',
    noteOffline:
      '本次变更在离线状态下办理，新号码未经短信验证，待中心确认后生效；中心确认后将向新号码发送通知短信，号码有误时请持身份证明到窗口更正。',
    noteKeep: '请妥善保管本凭证。',
    rejected: (message: string) => `中心退回了本次变更：${message}。已转主管“需处理”。`
  }
} as const
