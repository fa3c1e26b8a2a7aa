import { DELIVERABLE_STATUS_LABELS, HEALTH_STATUS_LABELS } from '@portal/domain';
import PDFDocument from 'pdfkit';

import { toHelveticaText } from '../audit-packs/renderers/helvetica-text';
import { StatusReportSnapshot } from './status-report-snapshot.types';

/**
 * A published status report on A4, drawn only from its frozen snapshot, so the PDF says what
 * the client was told whenever it is downloaded. Standard Helvetica, no embedded font.
 */

type Document = PDFKit.PDFDocument;

const MARGIN = 56;
const MUTED = '#52606d';

export function renderStatusReportPdf(snapshot: StatusReportSnapshot): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const document = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      info: {
        Title: toHelveticaText(`Status report: ${snapshot.engagementName}`),
        Author: 'Engagement Portal',
        Creator: 'Engagement Portal',
        CreationDate: new Date(snapshot.publishedAt),
      },
    });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);

    try {
      writeReport(document, snapshot);
      document.end();
    } catch (error) {
      reject(error);
    }
  });
}

function writeReport(document: Document, snapshot: StatusReportSnapshot) {
  document.font('Helvetica-Bold').fontSize(20).fillColor('black');
  document.text(toHelveticaText(`Status report: ${snapshot.engagementName}`));
  document.moveDown(0.3);
  document.font('Helvetica').fontSize(10).fillColor(MUTED);
  document.text(
    toHelveticaText(
      `${snapshot.clientName} - period ${snapshot.periodFrom} to ${snapshot.periodTo} - ` +
        `published ${snapshot.publishedAt.slice(0, 10)} by ${snapshot.publishedBy}`,
    ),
  );

  heading(document, `Health: ${HEALTH_STATUS_LABELS[snapshot.health.status]}`);
  if (snapshot.health.reasons.length === 0) body(document, 'Nothing is late or waiting.');
  for (const reason of snapshot.health.reasons) body(document, `- ${reason.message}`);

  for (const [title, text] of [
    ['Summary', snapshot.summary],
    ['Highlights', snapshot.highlights],
    ['Risks and next steps', snapshot.risksAndNextSteps],
  ] as const) {
    heading(document, title);
    body(document, text.trim() || '-');
  }

  heading(document, 'Milestones');
  if (snapshot.milestones.length === 0) body(document, 'No milestones.');
  for (const milestone of snapshot.milestones) {
    body(
      document,
      `${milestone.title} - due ${milestone.dueDate} - ${milestone.accepted} of ${milestone.total} accepted` +
        (milestone.overdue ? ' - overdue' : ''),
    );
  }

  heading(document, 'Deliverables');
  if (snapshot.deliverables.length === 0) body(document, 'No deliverables.');
  for (const deliverable of snapshot.deliverables) {
    const pinned = deliverable.pinnedVersion
      ? ` - ${deliverable.pinnedVersion.kind.toLowerCase().replace('_', ' ')} ${deliverable.pinnedVersion.value}`
      : '';
    body(
      document,
      `${deliverable.title} - ${DELIVERABLE_STATUS_LABELS[deliverable.status]} - due ${deliverable.dueDate}${pinned}`,
    );
  }

  heading(document, 'Risks, assumptions, issues and dependencies');
  if (snapshot.raidItems.length === 0) body(document, 'None recorded.');
  for (const item of snapshot.raidItems) {
    body(
      document,
      `${item.kind} (${item.severity}, ${item.status.toLowerCase()}): ${item.title}` +
        (item.owner ? ` - owner ${item.owner}` : ''),
    );
  }
}

function heading(document: Document, text: string) {
  document.moveDown(1);
  document.font('Helvetica-Bold').fontSize(13).fillColor('black');
  document.text(toHelveticaText(text), MARGIN);
  document.moveDown(0.3);
}

function body(document: Document, text: string) {
  document.font('Helvetica').fontSize(10).fillColor('black');
  document.text(toHelveticaText(text), MARGIN);
}
