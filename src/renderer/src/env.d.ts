// What the preload exposes on `window` in the Electron host. In the web host it is absent, which is
// how api/client.ts picks its transport; nothing else in the renderer should look at it.
import type { Result } from '../../shared/contract'

export interface CounterdeskBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>
}

declare global {
  interface Window {
    counterdesk?: CounterdeskBridge
  }
}
