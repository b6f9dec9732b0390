// What the preload exposes on `window` in the Electron host. In the web host it is absent, which is
// how api/client.ts picks its transport; nothing else in the renderer should look at it.
import type { CounterdeskBridge } from '../../shared/contract/bridge'

export type { CounterdeskBridge }

declare global {
  interface Window {
    counterdesk?: CounterdeskBridge
  }
}
