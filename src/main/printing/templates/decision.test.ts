import { describe, expect, it } from 'vitest'
import { contentDigest, type DecisionContent } from '../decision-content'
import { decisionDocument, DECISION_QR_KIND } from '../decision-document'
import { qrSvg, verificationPayload } from '../qr'

const content: DecisionContent = {
  version: 1,
  organ: '深圳市公安局交通警察支队南山大队',
  decisionNo: '4403050000000012',
  party: {
    name: '张伟',
    idLabel: '居民身份证号码',
    idNumber: '440305199001011234',
    licenseFileNo: '440300123456',
    licenseOrgan: '广东省深圳市公安局交通警察支队',
    licenseClasses: 'C1',
    phone: null,
    vehicleType: '小型汽车',
    plate: '粤B12345'
  },
  facts: { occurredAt: '2026-11-01T08:15:00.000+08:00', place: '南山大道<script>alert(1)</script>', behaviour: '驾驶机动车违反道路交通信号灯通行', code: '1625' },
  legalBasis: '《中华人民共和国道路交通安全法》第九十条、第一百零七条',
  penalty: { kind: 'fine', fineFen: 20000 },
  payment: { deadlineDays: 15, dueDate: '2026-11-16', bank: '某银行', lateFeeRateBasisPoints: 300, lateFeeCapBasisPoints: 10000 },
  rights: { reviewOrgan: '深圳市南山区人民政府', reviewDays: 60, court: '深圳市南山区人民法院', litigationMonths: 6 },
  place: '违法处理窗口',
  decidedAt: '2026-11-21T14:46:35.123+08:00',
  officer: null,
  points: { points: 6, before: 8, threshold: 12, criticalNotice: 9 }
}

const html = async (c: DecisionContent, reprint = 0): Promise<string> => (await decisionDocument([{ content: c, reprint }], 'A4')).html

describe('decision template', () => {
  it('escapes every text from the records', async () => {
    const page = await html(content)
    expect(page).not.toContain('<script>alert(1)')
    expect(page).toContain('南山大道&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('carries the number and the content digest in its QR code and as text', async () => {
    const digest = contentDigest(content)
    const page = await html(content)
    expect(page).toContain(await qrSvg(verificationPayload(DECISION_QR_KIND, content.decisionNo, digest)))
    expect(page).toContain(`核验码（SHA-256）：${digest}`)
  })

  it('prints 临界告知 only from the profile’s threshold of points before', async () => {
    expect(await html(content)).not.toContain('临界告知')
    expect(await html({ ...content, points: { ...content.points, before: 9 } })).toContain('临界告知：被处罚人本记分周期内已累积记9分，加本次记分累积15分。')
    expect(await html({ ...content, points: { ...content.points, before: null } })).not.toContain('临界告知')
  })

  it('a warning has no payment terms; a missing phone or officer leaves a dash or a line to fill in', async () => {
    const page = await html({ ...content, penalty: { kind: 'warning' }, payment: null })
    expect(page).toContain('决定给予警告的处罚。')
    expect(page).not.toContain('缴纳罚款')
    expect(page).toContain('电话：</span>—')
    expect(page).toContain('交通警察：</span><span class="line"></span>')
  })

  it('marks a reprint with its count and keeps the same digest', async () => {
    const reprint = await html(content, 1)
    expect(reprint).toContain('补打（第2次）')
    expect(reprint).toContain(contentDigest(content))
    expect(await html(content)).not.toContain('补打')
  })
})
