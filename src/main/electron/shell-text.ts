// Every clerk-facing string the Electron shell shows, in one place, so the shell's logic carries
// no inline UI text. The renderer has its own catalogue; these are only the shell's few words.
export const shellText = {
  windowTitle: '交管窗口业务终端',
  menu: {
    file: '文件',
    quit: '退出',
    view: '视图',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    help: '帮助',
    about: '关于'
  },
  closeWithPending: {
    title: '还有操作未上传中心',
    message: (pending: number) => `还有 ${pending} 项操作未上传中心。`,
    detail: '退出后这些操作仍保存在本机，下次启动并连通中心时自动上传。确定退出吗？',
    cancel: '返回',
    quit: '仍然退出'
  },
  errors: {
    senderRejected: '请求来源不受信任，已拒绝。',
    internal: '系统内部错误，请稍后重试或联系管理员。',
    startupFailedTitle: '交管窗口业务终端无法启动',
    startupFailedBody: '启动时发生错误：'
  }
} as const
