// Checking a printed decision: the number and the digest read from its QR code (or typed from the
// 核验码 line) against this window's archive; a decision this window never printed is checked
// against the digest its records give today, which can only confirm, never refute, a copy.
import type { VerifyResult } from '../../../shared/contract/workflows/printing-schemas'
import type { WorkflowDeps } from '../../core/workflows'
import { contentDigest } from '../../printing/decision-content'
import { prepareArchive } from './archive'
import { assertPrintable, decisionContent, prepareDecisionQueries } from './decision-data'
import { DECISION_KIND } from './decisions'

export function createDecisionVerifier(deps: WorkflowDeps) {
  const queries = prepareDecisionQueries(deps.sqlite)
  const archive = prepareArchive(deps.sqlite)
  const env = { config: deps.config, profiles: deps.profiles }

  return {
    verify(number: string, digest: string): VerifyResult {
      const none = { source: null, firstPrintedAt: null, reprints: null } as const
      const d = queries.byNumber(number)
      if (d === undefined) return { result: 'unknown', message: `本工作站没有编号为${number}的处罚决定书`, ...none }
      const doc = archive.find(DECISION_KIND, d.id)
      if (doc !== undefined) {
        const found = { source: 'archive', firstPrintedAt: doc.first_printed_at, reprints: doc.reprints } as const
        return doc.content_digest === digest
          ? { result: 'authentic', message: `核验一致：与本窗口存档的决定书${number}内容相符（补打${doc.reprints}次）`, ...found }
          : { result: 'altered', message: `核验不一致：核验码与本窗口存档的决定书${number}不符，该纸质文书可能被篡改或不是本机打印件`, ...found }
      }
      try {
        assertPrintable(d, env)
      } catch {
        return { result: 'unknown', message: `决定书${number}尚不能打印，无从核验`, ...none }
      }
      return contentDigest(decisionContent(d, env)) === digest
        ? { result: 'authentic', message: `核验一致：与决定书${number}的现有记录相符（本窗口未存档该决定书）`, source: 'records', firstPrintedAt: null, reprints: null }
        : {
            result: 'unknown',
            message: `本窗口未打印过决定书${number}，且核验码与现有记录不一致（打印后当事人信息或打印窗口的设置可能已变更），请到打印窗口核验`,
            ...none
          }
    }
  }
}
