// The QR code on a printed document: the document's number and its verification digest, drawn
// as inline SVG (vector: sharp at any printer resolution, no image file, no font).
import QRCode from 'qrcode'

/** "CDJDS|<number>|<digest>": what a verifying scanner reads (print:verify takes the two parts). */
export function verificationPayload(kind: string, number: string, digest: string): string {
  return `${kind}|${number}|${digest}`
}

/** An <svg> sized by the template's CSS (its width and height attributes are removed). */
export async function qrSvg(payload: string): Promise<string> {
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 })
  return svg.replace(/<\?xml[^>]*>/, '').replace(/\s(width|height)="[^"]*"/g, '').trim()
}
