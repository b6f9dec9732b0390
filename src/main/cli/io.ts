// Where commands write. stdout carries what scripts read (COUNTERDESK_URL=…, verdicts); stderr
// carries log lines and errors. Tests pass a capturing io instead of patching process streams.
export interface CliIo {
  out(line: string): void
  err(line: string): void
  /** All of standard input, for commands that read a document (`rules check < facts.json`). */
  readStdin?(): Promise<string>
}

async function readProcessStdin(): Promise<string> {
  // A terminal, not a pipe: nothing was redirected in, and waiting would look like a hang.
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

export const processIo: CliIo = {
  out: (line) => void process.stdout.write(line + '\n'),
  err: (line) => void process.stderr.write(line + '\n'),
  readStdin: readProcessStdin
}

/** @param stdin what the command reads from standard input, if anything */
export function captureIo(stdin = ''): CliIo & { stdout: string[]; stderr: string[]; text(): string } {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    stdout,
    stderr,
    out: (line) => void stdout.push(line),
    err: (line) => void stderr.push(line),
    readStdin: () => Promise.resolve(stdin),
    text: () => stdout.join('\n')
  }
}

/** Exit codes of every command. */
export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

/** Width in terminal columns: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd)
    width += wide ? 2 : 1
  }
  return width
}

export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}
