// Saves text the renderer received as a file, the way a browser saves any download: a Blob behind
// a temporary object URL and a link with `download`. Works the same in the Electron window and
// under the web host; the text keeps its byte-order mark (Blob writes strings as UTF-8).
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  try {
    link.click()
  } finally {
    link.remove()
    // The click has handed the Blob to the download already; release it on the next turn.
    window.setTimeout(() => URL.revokeObjectURL(url), 0)
  }
}
