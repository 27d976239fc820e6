// One renderer per report format, by name.
import { annotationReport } from './batch-annotations.js';
import { jsonReport, ndjsonReport } from './batch-json.js';
import { junitReport } from './batch-junit.js';
import { markdownReport } from './batch-markdown.js';
import { textReport } from './batch-text.js';
import type { ReportFactory } from '../batch/report.js';

export type ReportFormat = 'text' | 'json' | 'ndjson' | 'junit' | 'annotations' | 'markdown';

export const batchRenderers: Record<ReportFormat, ReportFactory> = {
  text: textReport,
  json: (out) => jsonReport(out),
  ndjson: (out) => ndjsonReport(out),
  junit: junitReport,
  annotations: annotationReport,
  markdown: markdownReport,
};

export type { BatchReport, ReportContext } from '../batch/report.js';
