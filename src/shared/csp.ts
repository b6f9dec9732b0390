// The one Content-Security-Policy of the app: sent by the Electron shell on its responses, by the
// web host on every response, and mirrored in the renderer's <meta> tag (a test keeps that equal).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  // blob: for evidence photos and attachments, shown as images from object URLs (never as markup).
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  // The PDFs main makes (decisions, slips) are shown in an iframe of a blob: URL the page creates.
  "frame-src blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
