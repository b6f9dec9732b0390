// Idle lock: a counter screen left alone shows citizens' personal data to whoever walks by.
// Activity is any key, click or (throttled) mouse move. While the clerk is active we tell main at
// most once a minute (its idle clock is the one that counts); when idleSeconds pass without
// activity we lock.
import { useEffect, useEffectEvent } from 'react'

const KEEP_ALIVE_MS = 60_000
const MOVE_THROTTLE_MS = 1_000
const CHECK_MS = 1_000

interface IdleLockOptions {
  idleSeconds: number
  /** No tracking while the screen is already locked. */
  paused: boolean
  onIdle: () => void
  onActive: () => void
}

/**
 * With the usual lock times (minutes) keepAlive goes out at most once every 60 s. If an
 * administrator sets a lock time under two minutes, keepAlive goes out every half lock time
 * instead, or main's own clock would lock a clerk who is typing.
 */
export function keepAliveInterval(idleSeconds: number): number {
  return Math.max(1_000, Math.min(KEEP_ALIVE_MS, (idleSeconds * 1000) / 2))
}

export function useIdleLock({ idleSeconds, paused, onIdle, onActive }: IdleLockOptions): void {
  const idle = useEffectEvent(onIdle)
  const active = useEffectEvent(onActive)

  useEffect(() => {
    if (paused) return
    const idleMs = idleSeconds * 1000
    const keepAliveMs = keepAliveInterval(idleSeconds)
    // Signing in or unlocking has just restarted main's idle clock, so start both clocks now.
    let lastActivity = Date.now()
    let lastKeepAlive = Date.now()
    let lastMove = 0
    let fired = false

    const onActivity = (): void => {
      const now = Date.now()
      lastActivity = now
      if (now - lastKeepAlive >= keepAliveMs) {
        lastKeepAlive = now
        active()
      }
    }
    const onMove = (): void => {
      const now = Date.now()
      if (now - lastMove < MOVE_THROTTLE_MS) return
      lastMove = now
      onActivity()
    }
    const timer = window.setInterval(() => {
      if (fired || Date.now() - lastActivity < idleMs) return
      fired = true
      idle()
    }, CHECK_MS)

    // Capture phase: a handler that stops propagation must not hide activity from us.
    window.addEventListener('keydown', onActivity, true)
    window.addEventListener('mousedown', onActivity, true)
    window.addEventListener('mousemove', onMove, true)
    window.addEventListener('wheel', onMove, { capture: true, passive: true })
    return () => {
      window.clearInterval(timer)
      window.removeEventListener('keydown', onActivity, true)
      window.removeEventListener('mousedown', onActivity, true)
      window.removeEventListener('mousemove', onMove, true)
      window.removeEventListener('wheel', onMove, { capture: true })
    }
  }, [idleSeconds, paused])
}
