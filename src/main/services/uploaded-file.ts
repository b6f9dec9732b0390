// A file the clerk chose in the browser, arrived as base64: decoded strictly (anything that is not
// clean base64 is refused, not half-read), and its name kept for display only.

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** The bytes, or null when the text is not whole base64 (whitespace ignored). Empty text is null too. */
export function decodeBase64File(base64: string): Buffer | null {
  const text = base64.replace(/\s+/g, '')
  if (text.length === 0 || text.length % 4 !== 0 || !BASE64.test(text)) return null
  return Buffer.from(text, 'base64')
}

/** The name without a path or control characters, at most 120 characters; `fallback` if none is left. */
export function displayFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? name
  // Control characters are exactly what this strips (a name could carry them into slips and logs).
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 120) || fallback
}
