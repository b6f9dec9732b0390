// The IPC relay: one handler per contract channel, each checking who is calling before handing the
// raw input to the core. The core validates the input against the contract; the shell only decides
// whether the caller is our own page and which session it speaks for.
import type { AppCore } from '../core/types'
import type { Result } from '../../shared/contract/result'
import { shellText } from './shell-text'

/** The parts of Electron's IpcMainInvokeEvent the relay reads. */
export interface IpcInvokeEventLike {
  readonly sender: { readonly id: number }
  /** Null when the frame has navigated away or been destroyed since it sent the message. */
  readonly senderFrame: { readonly url: string } | null
}

export type IpcInvokeHandler = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>

/** The parts of Electron's IpcMain the relay uses, so tests can pass a recording fake. */
export interface IpcMainLike {
  handle(channel: string, listener: IpcInvokeHandler): void
  removeHandler(channel: string): void
}

// Channels registered through registerIpc, per ipcMain. Electron's own ipcMain also refuses a
// second handler, but the refusal here comes first, covers fakes, and leaves nothing half-done.
const registered = new WeakMap<IpcMainLike, Set<string>>()

function senderRejected(): Result<never> {
  return { ok: false, error: { code: 'SENDER_REJECTED', message: shellText.errors.senderRejected } }
}

function internalError(): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message: shellText.errors.internal } }
}

/**
 * Registers one handler for each channel name and returns a function that removes them again.
 * Throws, registering nothing, if a name is repeated or already registered on this ipcMain.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  core: Pick<AppCore, 'dispatch' | 'endSession'>,
  isTrustedSender: (frameUrl: string) => boolean,
  channelNames: readonly string[]
): () => void {
  const taken = registered.get(ipcMain) ?? new Set<string>()
  const seen = new Set<string>()
  for (const channel of channelNames) {
    if (taken.has(channel) || seen.has(channel)) {
      throw new Error(`IPC handler for "${channel}" is already registered`)
    }
    seen.add(channel)
  }

  for (const channel of seen) {
    ipcMain.handle(channel, (event, input) => relay(core, isTrustedSender, channel, event, input))
    taken.add(channel)
  }
  registered.set(ipcMain, taken)

  let active = true
  return () => {
    if (!active) return
    active = false
    for (const channel of seen) {
      ipcMain.removeHandler(channel)
      taken.delete(channel)
    }
  }
}

async function relay(
  core: Pick<AppCore, 'dispatch' | 'endSession'>,
  isTrustedSender: (frameUrl: string) => boolean,
  channel: string,
  event: IpcInvokeEventLike,
  input: unknown
): Promise<Result<unknown>> {
  const frameUrl = event.senderFrame?.url
  if (frameUrl === undefined || !isTrustedSender(frameUrl)) {
    console.warn(`[ipc] rejected "${channel}" from untrusted frame ${frameUrl ?? '(gone)'}`)
    return senderRejected()
  }
  try {
    return await core.dispatch(channel, input, { host: 'electron', sessionKey: `wc:${event.sender.id}` })
  } catch (error) {
    // The core answers failures as results; a throw is a bug. Electron would send its message and
    // stack to the renderer, so log it here and answer with a plain INTERNAL result instead.
    console.error(`[ipc] "${channel}" threw`, error)
    return internalError()
  }
}
