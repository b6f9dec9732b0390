// Upper bounds on what any channel accepts, so that junk input is refused before it costs anything.
export const MAX_STRING = 256
export const MAX_TEXT = 4000
export const MAX_REQUEST_BYTES = 64 * 1024
