// Evidence photos of a camera record (sync-protocol.md §10): asked of central when a window needs
// them (an objection), never synced. Same transport, headers and error shape as protocol v1.
import { z } from 'zod'

export const evidencePhotoWireSchema = z.strictObject({
  seq: z.number().int().positive(),
  mime: z.enum(['image/svg+xml', 'image/jpeg', 'image/png']),
  /** SHA-256 of the bytes, hex: the workstation checks it before caching. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  base64: z.string(),
  capturedAt: z.string(),
  caption: z.string()
})
export type EvidencePhotoWire = z.infer<typeof evidencePhotoWireSchema>

export const evidenceResponseSchema = z.strictObject({
  violationId: z.string(),
  photos: z.array(evidencePhotoWireSchema),
  serverTime: z.string()
})
export type EvidenceResponse = z.infer<typeof evidenceResponseSchema>
