// The camera record's evidence photos: asked of central the first time a window needs them (an
// objection is being handled), checked against the hash central sent, and kept in this window's
// attachments table (owner 'evidence'), from where every later look is answered, offline too.
// They are central's confirmed data, cached like a pulled page, so no clerk action writes them.
import { createHash } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import type { Evidence, EvidencePhoto } from '../../../shared/contract/workflows/disputes-schemas'
import type { DisputeContext } from './context'
import type { RecordRow } from './queries'

interface CachedRow {
  id: string
  sha256: string
  name: string
  mime: EvidencePhoto['mime']
  bytes: Buffer
  created_at: string
}

/** evidence-<violation>-<seq>: the same photo is cached once, whoever fetches it. */
const cacheId = (violationId: string, seq: number): string => `evidence-${violationId}-${String(seq).padStart(3, '0')}`

export function createEvidence(c: DisputeContext) {
  const { q } = c

  function cached(violationId: string): EvidencePhoto[] {
    return (q.evidence.all(violationId) as CachedRow[]).map((r) => ({
      seq: Number(r.id.slice(r.id.lastIndexOf('-') + 1)),
      mime: r.mime,
      sha256: r.sha256,
      base64: r.bytes.toString('base64'),
      capturedAt: r.created_at,
      caption: r.name
    }))
  }

  const save = c.sqlite.transaction((violationId: string, photos: readonly (EvidencePhoto & { bytes: Buffer })[]) => {
    for (const p of photos) {
      q.insertEvidence.run({ id: cacheId(violationId, p.seq), sha256: p.sha256, name: p.caption, mime: p.mime, size: p.bytes.length, bytes: p.bytes, ownerId: violationId, createdAt: p.capturedAt })
    }
  })

  async function evidence(violationId: string): Promise<Evidence> {
    const record = q.record.get(violationId) as RecordRow | undefined
    if (record === undefined) throw new DomainError('VIOLATION_UNKNOWN', '本机没有该违法记录')
    const have = cached(violationId)
    if (have.length > 0) return { photos: have, from: 'cache' }
    if (record.source !== 'camera') return { photos: [], from: 'cache' }
    let wire
    try {
      wire = await c.central.evidence(violationId)
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CENTRAL_OFFLINE') {
        throw new DomainError('CENTRAL_OFFLINE', '与交管中心的网络中断，暂时无法调取该记录的证据照片；联网后再打开即可（调取过的照片离线也能查看）')
      }
      throw error
    }
    const photos = wire.map((p) => {
      const bytes = Buffer.from(p.base64, 'base64')
      // A photo that does not match its hash was damaged on the way: nothing of it is kept.
      if (createHash('sha256').update(bytes).digest('hex') !== p.sha256) throw new DomainError('EVIDENCE_DAMAGED', '中心传来的证据照片校验不符，请稍后重试')
      return { ...p, bytes }
    })
    save(violationId, photos)
    return { photos: photos.map(({ bytes: _bytes, ...p }) => p), from: 'central' }
  }

  return { evidence }
}
