// What the Electron preload exposes as `window.counterdesk`, declared once for both sides: the
// preload builds it, the renderer's client module uses it when present.
import type { Result } from './result'

export interface CounterdeskBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>
}
