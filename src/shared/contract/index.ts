export * from './result'
export * from './limits'
export * from './schemas'
export * from './channels'
