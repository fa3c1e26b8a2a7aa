import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';

/** Small but real documents of each kind the demo evidence uses. */

export function demoPdf(title: string, paragraphs: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: title, Author: 'Kestrel Data Engineering' },
    });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    document.fontSize(18).text(title).moveDown();
    for (const paragraph of paragraphs) document.fontSize(11).text(paragraph).moveDown(0.6);
    document.end();
  });
}

/** A bar chart as a PNG: one bar per value, scaled to the tallest. */
export function demoPng(values: number[]): Buffer {
  const width = 320;
  const height = 160;
  const image = new PNG({ width, height });
  const barWidth = Math.floor(width / values.length);
  const tallest = Math.max(...values);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const index = (width * y + x) << 2;
      const bar = Math.floor(x / barWidth);
      const barHeight = Math.round((values[bar] / tallest) * (height - 10));
      const inBar = x % barWidth > 3 && height - y <= barHeight;
      image.data[index] = inBar ? 34 : 248;
      image.data[index + 1] = inBar ? 139 : 249;
      image.data[index + 2] = inBar ? 230 : 250;
      image.data[index + 3] = 255;
    }
  }

  return PNG.sync.write(image);
}

export function demoCsv(rows: (string | number)[][]): Buffer {
  const escape = (value: string | number) => {
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };

  return Buffer.from(rows.map((row) => row.map(escape).join(',')).join('\n') + '\n');
}

export function demoJson(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, null, 2) + '\n');
}

export function demoMarkdown(text: string): Buffer {
  return Buffer.from(text.trim() + '\n');
}
