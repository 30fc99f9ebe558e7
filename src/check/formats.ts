/** Output format registry for `placebo check --reporter`. */
import { formatGithub } from './format-github.js';
import { formatHtml } from './format-html.js';
import { formatJson } from './format-json.js';
import { formatText } from './format-text.js';
import type { CheckReport } from './types.js';

export const CHECK_FORMATS = ['text', 'json', 'github', 'html'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

const FORMATTERS: Record<CheckFormat, (r: CheckReport) => string> = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
  html: formatHtml,
};

export function formatReport(report: CheckReport, format: CheckFormat): string {
  return FORMATTERS[format](report);
}
