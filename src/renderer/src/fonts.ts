// The font ships inside the app: counter PCs often have no Chinese font beyond a bitmap fallback,
// and nothing may be fetched from the network. 400 for text, 500 for labels and buttons, 700 for
// figures that must stand out. Each CSS file splits the glyphs by unicode-range, so Chromium only
// decodes the slices a screen actually uses.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/500.css'
import '@fontsource/noto-sans-sc/700.css'
