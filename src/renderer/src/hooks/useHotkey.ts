// Window-wide keyboard shortcuts. The clerk works from the keyboard all day, so the few global keys
// (F2 / Ctrl+K search, Ctrl+L lock, Esc back) must work wherever the focus happens to be.
import { useEffect, useEffectEvent } from 'react'

export interface Hotkey {
  key: string
  ctrl?: boolean
  alt?: boolean
  shift?: boolean
}

export function matches(event: KeyboardEvent, hotkey: Hotkey): boolean {
  return (
    event.key.toLowerCase() === hotkey.key.toLowerCase() &&
    (event.ctrlKey || event.metaKey) === (hotkey.ctrl ?? false) &&
    event.altKey === (hotkey.alt ?? false) &&
    event.shiftKey === (hotkey.shift ?? false)
  )
}

/** Runs `handler` on any of `hotkeys` while `enabled`; the browser's default action is suppressed. */
export function useHotkey(hotkeys: readonly Hotkey[], handler: () => void, enabled = true): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return
    if (!hotkeys.some((h) => matches(event, h))) return
    event.preventDefault()
    handler()
  })

  useEffect(() => {
    if (!enabled) return
    const listener = (event: KeyboardEvent): void => onKey(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [enabled])
}
