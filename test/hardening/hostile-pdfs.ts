// Hostile PDF files, written by hand so each says exactly what it claims: a page count of a
// billion, a page tree that points at itself, objects nested 100,000 deep, a stream that
// inflates a thousandfold, and our data attachment holding hostile JSON. Runs in Node and browsers.

const encoder = new TextEncoder();

/** A PDF from numbered object bodies, with a correct cross-reference table. */
export function pdfFromObjects(
  objects: readonly (string | Uint8Array)[],
  trailer = '/Root 1 0 R',
): Uint8Array {
  const parts: Uint8Array[] = [encoder.encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunks = [
      encoder.encode(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? encoder.encode(body) : body,
      encoder.encode('\nendobj\n'),
    ];
    for (const chunk of chunks) {
      parts.push(chunk);
      length += chunk.length;
    }
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} ${trailer} >>`,
    'startxref',
    String(length),
    '%%EOF',
  ].join('\n');
  parts.push(encoder.encode(`${xref}\n`));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>';

/** One real page, but the page tree claims 1,000,000,000. */
export const hugePageCountPdf = () =>
  pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>',
    page,
  ]);

/** A page tree whose Kids point back at itself. */
export const cyclicPageTreePdf = () =>
  pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
    page,
  ]);

/** An object nested `depth` arrays deep. */
export const deeplyNestedPdf = (depth = 100_000) =>
  pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R /Deep 4 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page,
    `${'['.repeat(depth)}${']'.repeat(depth)}`,
  ]);

/** A PDF whose embedded koiki-data.json holds `json` (stored uncompressed). */
export function pdfWithData(json: string | Uint8Array, name = 'koiki-data.json'): Uint8Array {
  const bytes = typeof json === 'string' ? encoder.encode(json) : json;
  const stream = new Uint8Array([
    ...encoder.encode(`<< /Type /EmbeddedFile /Length ${bytes.length} >>\nstream\n`),
    ...bytes,
    ...encoder.encode('\nendstream'),
  ]);
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(' +
      name +
      ') 4 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page,
    `<< /Type /Filespec /F (${name}) /EF << /F 5 0 R >> >>`,
    stream,
  ]);
}

/**
 * A PDF whose embedded data is a Flate stream that inflates to `head` followed by `megabytes` MB
 * of spaces (JSON allows them after a value: with a valid `head`, only a size limit refuses it).
 */
export async function inflatingDataPdf(megabytes: number, head = ''): Promise<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  const chunks = Array.from({ length: megabytes }, () => chunk);
  const input = new Blob([encoder.encode(head), ...chunks]).stream();
  const compressed = new Uint8Array(
    await new Response(input.pipeThrough(new CompressionStream('deflate'))).arrayBuffer(),
  );
  const stream = new Uint8Array([
    ...encoder.encode(
      `<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n`,
    ),
    ...compressed,
    ...encoder.encode('\nendstream'),
  ]);
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(koiki-data.json) 4 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page,
    '<< /Type /Filespec /F (koiki-data.json) /EF << /F 5 0 R >> >>',
    stream,
  ]);
}
