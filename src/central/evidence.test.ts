import { describe, expect, it } from 'vitest'
import { cameraIdOf, frame, type EvidenceRecord } from './evidence'

const record: EvidenceRecord = {
  id: '0190a000-0000-7000-8000-000000000001',
  record_no: '4403052611210001',
  source: 'camera',
  plate: '粤B·D12345',
  code: '1625',
  behaviour: '驾驶机动车违反道路交通信号灯通行的（闯红灯）',
  occurred_at: '2026-11-20T08:15:02.000+08:00',
  place: '深南大道与科苑路交叉口 <东向西> & "主路"',
  region_code: '440305',
  discovering_organ: '深圳市公安局交通警察支队南山大队'
}

describe('evidence images of the reference central', () => {
  it('draws the same picture for the same record, with plate, time, place and device id', () => {
    const camera = cameraIdOf(record)
    expect(camera).toMatch(/^440305\d{6}$/)
    const a = frame(record, 'scene', record.occurred_at, camera)
    expect(frame(record, 'scene', record.occurred_at, camera)).toBe(a)
    expect(a).toContain('粤B·D12345')
    expect(a).toContain('2026-11-20 08:15:02.000')
    expect(a).toContain(`设备编号 ${camera}`)
    expect(frame(record, 'plate', record.occurred_at, camera)).not.toBe(a)
  })

  it('writes the record’s text as text: markup in a place name cannot become SVG elements', () => {
    const svg = frame({ ...record, place: '<script>alert(1)</script><image href="http://x"/>' }, 'scene', record.occurred_at, cameraIdOf(record))
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('<image')
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('embeds the font pieces its text needs, so it renders without Chinese fonts installed', () => {
    const svg = frame(record, 'scene', record.occurred_at, cameraIdOf(record))
    expect(svg).toMatch(/@font-face\{font-family:'Noto (Sans|Serif) SC';src:url\(data:font\/woff2;base64,/)
  })
})
