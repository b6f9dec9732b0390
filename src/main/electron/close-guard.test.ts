import { describe, expect, it } from 'vitest'
import { closeWarning, guardClose, type ClosableWindow } from './close-guard'

function fakeWindow(): ClosableWindow & { close(): boolean } {
  let listener: ((e: { preventDefault(): void }) => void) | undefined
  return {
    on(_event, l) {
      listener = l
    },
    close() {
      let prevented = false
      listener?.({ preventDefault: () => (prevented = true) })
      return !prevented
    }
  }
}

describe('closing the window with actions not yet at central', () => {
  it('closes without asking when nothing is pending', () => {
    const win = fakeWindow()
    const asked: unknown[] = []
    guardClose(win, () => 0, (o) => (asked.push(o), 0))
    expect(win.close()).toBe(true)
    expect(asked).toEqual([])
  })

  it('asks, naming the count, and stays open unless the clerk chooses 仍然退出', () => {
    const win = fakeWindow()
    let answer = 0
    const asked: string[] = []
    guardClose(win, () => 3, (o) => (asked.push(o.message), answer))
    expect(win.close()).toBe(false)
    answer = 1
    expect(win.close()).toBe(true)
    expect(asked).toEqual(['还有 3 项操作未上传中心。', '还有 3 项操作未上传中心。'])
  })

  it('offers 返回 as the default and the Esc answer', () => {
    expect(closeWarning(1)).toMatchObject({ buttons: ['返回', '仍然退出'], defaultId: 0, cancelId: 0 })
  })
})
