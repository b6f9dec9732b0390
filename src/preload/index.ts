// Sandboxed preload: it can require nothing but 'electron', so it bundles everything else and
// imports only the zod-free channel list. No raw ipcRenderer ever reaches the page.
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNEL_NAMES } from '../shared/contract/channel-names'
import { createBridge } from './bridge'

contextBridge.exposeInMainWorld(
  'counterdesk',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input), CHANNEL_NAMES)
)
