// An image main sent as base64 (an evidence photo, an attached scan), turned into a blob: URL for an
// <img>. Pictures are only ever shown this way: an SVG from central is drawn as an image, never put
// into the page as markup, so nothing in it can run or reach the page. The URL is released when the
// picture changes or the component goes away.
import { useEffect, useMemo } from 'react'

export function base64ToBlob(base64: string, mime: string): Blob {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: mime })
}

export function useObjectUrl(picture: { base64: string; mime: string } | null): string | null {
  // One URL per picture, released once it is no longer shown.
  const url = useMemo(() => (picture === null ? null : URL.createObjectURL(base64ToBlob(picture.base64, picture.mime))), [picture])
  useEffect(() => {
    if (url === null) return
    return () => URL.revokeObjectURL(url)
  }, [url])
  return url
}
