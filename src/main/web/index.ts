export { startWebHost } from './server'
export type { WebHost, WebHostOptions } from './server'
