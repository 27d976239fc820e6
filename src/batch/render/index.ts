// One renderer per report format, by name.
import { annotationReport } from './annotations.js';
import { jsonReport, ndjsonReport } from './json.js';
import { junitReport } from './junit.js';
import { markdownReport } from './markdown.js';
import { textReport } from './text.js';
import type { ReportFactory } from './types.js';

export type ReportFormat = 'text' | 'json' | 'ndjson' | 'junit' | 'annotations' | 'markdown';

export const batchRenderers: Record<ReportFormat, ReportFactory> = {
  text: textReport,
  json: (out) => jsonReport(out),
  ndjson: (out) => ndjsonReport(out),
  junit: junitReport,
  annotations: annotationReport,
  markdown: markdownReport,
};

export type { BatchReport, ReportContext } from './types.js';
