import { PackRenderers } from './pack-writer';
import { renderControlMatrixCsv } from './renderers/control-matrix-csv.renderer';
import { renderControlMatrixXlsx } from './renderers/control-matrix-xlsx.renderer';
import { renderAssessmentResults } from './renderers/oscal-assessment-results.renderer';
import { renderSummaryHtml } from './renderers/summary-html.renderer';
import { renderSummaryPdf } from './renderers/summary-pdf.renderer';

/** The views written into every pack, all rendered from the same model. */
export const PACK_RENDERERS: PackRenderers = {
  controlMatrixCsv: renderControlMatrixCsv,
  controlMatrixXlsx: renderControlMatrixXlsx,
  summaryHtml: renderSummaryHtml,
  summaryPdf: renderSummaryPdf,
  assessmentResults: renderAssessmentResults,
};
