// Text of printing penalty decisions (决定书打印, 补打, 当日批量打印, 打印机设置), part of the one catalogue
// (zh-CN.ts, section `printing`).
//
// Accessible names the end-to-end tests rely on:
//   After processing (处理完成) and on a processed or paid violation row: button '打印决定书'.
//   Dialog '打印处罚决定书': status line (first printed at …, reprints), button '打印决定书' (first issue,
//     Enter) or button '补打' (an issued one), then the frame titled '决定书预览' (the PDF, blob: iframe), the
//     mark '补打（第N次）' on a reprint, button '打印' (Ctrl+P: the browser prints the PDF, or the desktop
//     app sends it to the chosen printer), button '关闭' (Esc). A refusal (provisional number…) is an alert.
//   Top bar: button '批量打印决定书' (Alt+P) opens dialog '批量打印决定书': textbox '日期', radio group
//     '打印范围' ('仅未打印的' / '全部（已打印的补打）'), button '生成', then the frame '决定书预览', list
//     '未打印的决定书', button '打印', button '关闭'.
//   Dialog '打印设置' (desktop app): radio group '打印机'; in the browser a note that the browser prints.
//   Under every printable slip: button 'PDF 预览' opens a dialog named after the slip's title with the
//     frame '凭证预览' (the Chromium PDF of the slip template) and button '打印'.

export const printingText = {
  action: '打印决定书',
  dialogTitle: '打印处罚决定书',
  issue: '打印决定书',
  reprint: '补打',
  print: '打印',
  printShortcut: 'Ctrl+P',
  close: '关闭',
  preview: '决定书预览',
  rendering: '正在生成决定书…',
  checking: '正在查询打印记录…',
  notPrinted: (decisionNo: string): string => `决定书 ${decisionNo} 尚未打印。打印后存档，之后再次打印为“补打”并标注次数。`,
  printed: (decisionNo: string, at: string, reprints: number): string =>
    `决定书 ${decisionNo} 已于 ${at} 打印${reprints > 0 ? `，已补打 ${reprints} 次` : ''}。再次打印为“补打”，内容与首次打印一致。`,
  issued: (at: string): string => `已打印并存档（${at}）。`,
  reprinted: (mark: string): string => `${mark}：内容与首次打印一致，核验码不变。`,
  digest: (digest: string): string => `核验码 ${digest.slice(0, 16)}…`,
  sha: (sha: string): string => `存档文件 SHA-256 ${sha.slice(0, 16)}…`,
  browserPrint: '网页版由浏览器打印：点击“打印”后在浏览器的打印窗口中选择打印机。',
  sent: (n: number, printer: string | null): string => `已发送 ${n} 份到打印机${printer ?? '（系统默认）'}。`,
  settings: '打印设置',
  batch: {
    action: '批量打印',
    shortcut: 'Alt+P',
    title: '批量打印决定书',
    date: '日期',
    scope: '打印范围',
    unprinted: '仅未打印的',
    all: '全部（已打印的补打）',
    generate: '生成',
    generating: '正在生成当日决定书…',
    done: (n: number, firsts: number): string => `共 ${n} 份（首次打印 ${firsts} 份，补打 ${n - firsts} 份），每份一页。`,
    skipped: '未打印的决定书',
    skippedItem: (decisionNo: string, reason: string): string => `${decisionNo}：${reason}`
  },
  slip: {
    pdf: 'PDF 预览',
    preview: '凭证预览',
    rendering: '正在生成PDF…'
  },
  printers: {
    title: '打印设置',
    label: '打印机',
    systemDefault: '系统默认打印机',
    paper: (paper: string): string => `纸张：${paper}（版心 80 × 150 毫米居中）`,
    browser: '网页版无法选择打印机：打印时由浏览器的打印窗口选择。桌面版在此选择窗口打印机。',
    loading: '正在读取打印机…',
    save: '保存'
  }
} as const
