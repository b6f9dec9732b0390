// Evidence photos of camera records (sync-protocol.md §10): a window fetches them when a citizen
// disputes a record. A real central holds the images the camera intake delivered; the reference
// central has none, so on the first request for a camera record it draws two deterministic
// images from the record itself (the scene with the vehicle and its plate, and the plate close-up,
// each with the camera's burnt-in caption: time, place, device id) and stores them in
// evidence_photos, from where every later request is answered. On-site records have no photos.
import { createHash } from 'node:crypto'
import { toZonedIso } from '../main/platform/zoned-time'
import type { Querier } from './db'
import { loadEmbeddedFont, type EmbeddedFont } from './evidence-font'

export interface EvidencePhotoRow {
  seq: number
  mime: string
  sha256: string
  bytes: Buffer
  capturedAt: string
  caption: string
}

export interface EvidenceRecord {
  id: string
  record_no: string
  source: string
  plate: string
  code: string
  behaviour: string
  occurred_at: string
  place: string
  region_code: string
  discovering_organ: string
}

let font: EmbeddedFont | null = null

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
}

/** A device id that stays the same for one place: 12 digits, the region and a number from the place. */
export function cameraIdOf(record: Pick<EvidenceRecord, 'region_code' | 'place'>): string {
  const n = createHash('sha256').update(record.place).digest().readUInt32BE(0) % 1_000_000
  return `${record.region_code}${String(n).padStart(6, '0')}`
}

/** One photo as SVG text: the scene or the plate close-up, with the camera's caption. Pure. */
export function frame(record: EvidenceRecord, shot: 'scene' | 'plate', at: string, camera: string): string {
  const f = (font ??= loadEmbeddedFont())
  const when = at.slice(0, 23).replace('T', ' ')
  const lines = [`${when}  设备编号 ${camera}`, record.place, `违法代码 ${record.code}  记录号 ${record.record_no}`]
  const plate = escapeXml(record.plate)
  const text = lines.join('') + record.plate + '0123456789'
  const seed = createHash('sha256').update(`${record.id}|${shot}`).digest()
  const carX = 300 + (seed[0]! % 200)
  const body =
    shot === 'scene'
      ? `<rect x="0" y="0" width="1280" height="800" fill="#2b3138"/>
<polygon points="380,800 560,260 720,260 900,800" fill="#4a5058"/>
<g stroke="#e8e8e8" stroke-width="6" stroke-dasharray="40 36"><line x1="640" y1="270" x2="640" y2="800"/></g>
<line x1="300" y1="560" x2="980" y2="560" stroke="#f2f2f2" stroke-width="10"/>
<circle cx="1100" cy="140" r="26" fill="${record.behaviour.includes('红灯') ? '#e53935' : '#43a047'}"/>
<rect x="1074" y="100" width="52" height="150" rx="8" fill="none" stroke="#9aa0a6" stroke-width="4"/>
<g transform="translate(${carX} 440)"><rect width="300" height="200" rx="28" fill="#c8ccd2"/><rect x="30" y="24" width="240" height="70" rx="10" fill="#6d7884"/>
<rect x="90" y="140" width="120" height="36" rx="4" fill="#1565c0" stroke="#fff" stroke-width="2"/>
<text x="150" y="166" font-size="22" fill="#fff" text-anchor="middle">${plate}</text></g>
<rect x="${carX - 12}" y="428" width="324" height="224" fill="none" stroke="#ffeb3b" stroke-width="4"/>`
      : `<rect x="0" y="0" width="1280" height="800" fill="#3a4047"/>
<rect x="240" y="250" width="800" height="260" rx="24" fill="#1565c0" stroke="#fff" stroke-width="10"/>
<text x="640" y="425" font-size="150" fill="#fff" text-anchor="middle" letter-spacing="6">${plate}</text>`
  const caption = lines
    .map((l, i) => `<text x="24" y="${44 + i * 40}" font-size="30" fill="#fff" stroke="#000" stroke-width="4" paint-order="stroke" stroke-linejoin="round">${escapeXml(l)}</text>`)
    .join('\n')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="800" viewBox="0 0 1280 800" font-family="'${f.family}', sans-serif">
<style>${f.css(text)}</style>
${body}
${caption}
</svg>
`
}

function captionOf(record: EvidenceRecord, shot: 'scene' | 'plate', camera: string): string {
  return `${shot === 'scene' ? '全景' : '号牌特写'} · ${record.place} · 设备${camera}`
}

async function generate(q: Querier, record: EvidenceRecord, timeZone: string): Promise<void> {
  const camera = cameraIdOf(record)
  const shots = ['scene', 'plate'] as const
  for (const [i, shot] of shots.entries()) {
    // The close-up is the next frame, 0.4 s later.
    const at = toZonedIso(new Date(Date.parse(record.occurred_at) + i * 400), timeZone)
    const bytes = Buffer.from(frame(record, shot, at, camera), 'utf8')
    await q.query(
      `INSERT INTO evidence_photos (violation_id, seq, mime, sha256, bytes, captured_at, caption)
       VALUES ($1, $2, 'image/svg+xml', $3, $4, $5, $6) ON CONFLICT (violation_id, seq) DO NOTHING`,
      [record.id, i + 1, createHash('sha256').update(bytes).digest('hex'), bytes, at, captionOf(record, shot, camera)]
    )
  }
}

/** The record's photos, drawn on first request; null when central has no such record. */
export async function evidenceFor(q: Querier, violationId: string, timeZone: string): Promise<EvidencePhotoRow[] | null> {
  const records = await q.query<EvidenceRecord & Record<string, unknown>>(
    'SELECT id, record_no, source, plate, code, behaviour, occurred_at, place, region_code, discovering_organ FROM violations WHERE id = $1',
    [violationId]
  )
  const record = records[0]
  if (record === undefined) return null
  if (record.source !== 'camera') return []
  const read = (): Promise<{ seq: number; mime: string; sha256: string; bytes: Uint8Array; captured_at: string; caption: string }[]> =>
    q.query('SELECT seq, mime, sha256, bytes, captured_at, caption FROM evidence_photos WHERE violation_id = $1 ORDER BY seq', [violationId])
  let rows = await read()
  if (rows.length === 0) {
    await generate(q, record, timeZone)
    rows = await read()
  }
  return rows.map((r) => ({ seq: r.seq, mime: r.mime, sha256: r.sha256, bytes: Buffer.from(r.bytes), capturedAt: r.captured_at, caption: r.caption }))
}
