import {
  documentDetails,
  GENERATED_HEADING,
  generatedDetails,
  isGenerated,
} from '../publish/details';
import type { DocxInput } from '../docx/types';
import { DRAFT_NOTICE } from '../docx/look';
import type { PublishBranding } from '../publish/branding';
import { lineOps, rule, textSlices, type BodyContext } from './body';
import { CONTENT_BOTTOM, CONTENT_TOP, SIZE } from './look';
import type { Run } from './model';
import type { OutlineEntry } from './types';
import type { Slice } from './paginate';
import { tableSlices } from './tables';
import { flowText } from './text-flow';
import type { DrawOp } from './types';

const LOGO_BOX = { width: 165, height: 68 } as const;

const logoOps = (input: DocxInput, x: number, y: number): DrawOp[] => {
  const logo = input.logo;
  if (!logo || !(logo.widthPx > 0 && logo.heightPx > 0)) return [];
  const scale = Math.min(1, LOGO_BOX.width / logo.widthPx, LOGO_BOX.height / logo.heightPx);
  return [
    {
      kind: 'image',
      x,
      y,
      w: logo.widthPx * scale * 0.75,
      h: logo.heightPx * scale * 0.75,
      image: logo,
    },
  ];
};

const summaryLine = (input: DocxInput): string =>
  [input.documentId, `Version ${input.version}`, capitalise(input.status), input.classification]
    .map((s) => s.trim())
    .filter((s) => s && s !== 'Version')
    .join('  \u00B7  ');

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The cover: logo, organisation, title, subject, draft notice and a one-line summary (no table). */
export const coverSlices = (
  input: DocxInput,
  ctx: BodyContext,
  branding: PublishBranding,
): Slice[] => {
  const { palette, measure, width } = ctx;
  const banner = branding.coverLayout === 'banner';
  const flow = (runs: Run[], size: number, colour: string, bold = false, heading = false) =>
    flowText(runs, { size, colour, bold, heading }, width, measure, palette);
  const draw = (x: number, y: number): DrawOp[] => {
    const ops: DrawOp[] = [];
    if (banner) ops.push({ kind: 'rect', x: 0, y: 0, w: 595.28, h: y + 230, fill: palette.accent });
    ops.push(...logoOps(input, x, y));
    let cy = y + (branding.coverLayout === 'minimal' ? 90 : input.logo ? 150 : 190);
    const onBanner = banner ? 'FFFFFF' : palette.accentMid;
    for (const line of flow([{ text: input.organisationName.toUpperCase() }], 12, onBanner)) {
      ops.push(...lineOps(line, x, cy, palette));
      cy += line.height;
    }
    cy += 8;
    for (const line of flow(
      [{ text: input.title }],
      SIZE.title,
      banner ? 'FFFFFF' : palette.accent,
      true,
      true,
    )) {
      ops.push(...lineOps(line, x, cy, palette));
      cy += line.height;
    }
    cy += 6;
    ops.push({
      kind: 'line',
      x1: x,
      y1: cy,
      x2: x + width,
      y2: cy,
      colour: banner ? 'FFFFFF' : palette.accent,
      width: 1.5,
    });
    cy += banner ? 40 : 18;
    for (const line of flow([{ text: input.subject }], 12, palette.muted)) {
      ops.push(...lineOps(line, x, cy, palette));
      cy += line.height;
    }
    cy += 24;
    if (input.incomplete) {
      ops.push(rule(x, cy, width, palette.draft));
      for (const line of flow(
        [{ text: DRAFT_NOTICE.toUpperCase(), bold: true }],
        10,
        palette.draft,
      )) {
        ops.push(...lineOps(line, x, cy + 5, palette));
        cy += line.height + 10;
      }
      ops.push(rule(x, cy, width, palette.draft));
      cy += 18;
    }
    for (const line of flow([{ text: summaryLine(input) }], 10.5, palette.text)) {
      ops.push(...lineOps(line, x, cy, palette));
      cy += line.height;
    }
    return ops;
  };
  return [{ height: CONTENT_BOTTOM - CONTENT_TOP, draw }];
};

const frontHeading = (title: string, ctx: BodyContext, pageBreak = false): Slice[] =>
  textSlices(
    flowText(
      [{ text: title }],
      { size: SIZE.front, colour: ctx.palette.accent, bold: true, heading: true },
      ctx.width,
      ctx.measure,
      ctx.palette,
    ),
    ctx,
    { before: 12, after: 6, keepAll: true },
  ).map((s, i) => (i === 0 && pageBreak ? { ...s, pageBreakBefore: true } : s));

const cell = (text: string, extra: Partial<Run> = {}) => ({ runs: [{ text, ...extra }] });

/** A two-column table of bold labels on a tinted column and their values. */
const labelTable = (pairs: readonly (readonly [string, string])[], ctx: BodyContext): Slice[] =>
  tableSlices(
    {
      header: null,
      rows: pairs.map(([label, value]) => [cell(label), cell(value)]),
      weights: [32, 68],
      labelColumn: true,
    },
    ctx,
  );

/** Document control, revision history and (when asked for) the approval block. */
export const controlSlices = (
  input: DocxInput,
  ctx: BodyContext,
  branding: PublishBranding,
): Slice[] => {
  if (isGenerated(input))
    return [
      ...frontHeading(GENERATED_HEADING, ctx, true),
      ...labelTable(generatedDetails(input), ctx),
    ];
  const revisions = input.revisions.length
    ? input.revisions.map((r) => [r.version, r.date, r.author, r.description].map((t) => cell(t)))
    : [
        [
          cell('No revisions recorded yet: this is the first issue of the document.', {
            italic: true,
            muted: true,
          }),
        ],
      ];
  return [
    ...frontHeading('Document control', ctx, true),
    ...labelTable(documentDetails(input), ctx),
    ...frontHeading('Revision history', ctx),
    ...tableSlices(
      {
        header: ['Version', 'Date', 'Author', 'Description'].map((t) => cell(t)),
        rows: revisions,
        weights: input.revisions.length ? [12, 17, 23, 48] : [100],
      },
      ctx,
    ),
    ...(branding.approvalBlock ? approvalSlices(input, ctx) : []),
  ];
};

const approvalSlices = (input: DocxInput, ctx: BodyContext): Slice[] => [
  ...frontHeading('Approval', ctx),
  ...labelTable(
    [
      ['Approved by', input.approverName || ' '],
      ['Date', input.approvedAt ?? ' '],
      ['Signature', '\n\n'],
    ],
    ctx,
  ),
];

/** The contents: one line per heading (levels 1-3), dot leaders and the page it starts on. */
export const contentsSlices = (
  entries: readonly OutlineEntry[],
  pageOf: (anchor: string) => string,
  ctx: BodyContext,
): Slice[] => {
  const listed = entries.filter((e) => e.level <= 3);
  if (listed.length === 0) return [];
  const { measure, palette, width } = ctx;
  const lines = listed.map((entry, i): Slice => {
    const indent = (entry.level - 1) * 14.2;
    const bold = entry.level === 1;
    const size = SIZE.body;
    const number = pageOf(entry.anchor);
    const numberWidth = measure(number, bold ? 'bold' : 'regular', size);
    const text = flowText(
      [{ text: entry.title, bold }],
      { size, colour: bold ? palette.accent : palette.text },
      width - indent - 40,
      measure,
      palette,
    );
    const height = text.reduce((s, l) => s + l.height, 0);
    return {
      height,
      spaceBefore: entry.level === 1 ? 5 : 1,
      keepWithNext: i < 2,
      draw: (x, y) => {
        const ops: DrawOp[] = [];
        let ly = y;
        text.forEach((l) => {
          ops.push(...lineOps(l, x + indent, ly, palette));
          ly += l.height;
        });
        const last = text[text.length - 1]!;
        const dotsFrom = x + indent + last.width + 4;
        const dotsTo = x + width - numberWidth - 4;
        const step = measure('. ', 'regular', size);
        const count = Math.max(0, Math.floor((dotsTo - dotsFrom) / step));
        const lastY = ly - last.height;
        if (count > 0) {
          const dots = Array.from({ length: count }, () => '.').join(' ');
          const dotsWidth = measure(dots, 'regular', size);
          ops.push({
            kind: 'text',
            x: dotsTo - dotsWidth,
            y: lastY,
            text: dots,
            font: 'regular',
            size,
            colour: palette.muted,
            width: dotsWidth,
          });
        }
        ops.push({
          kind: 'text',
          x: x + width - numberWidth,
          y: lastY,
          text: number,
          font: bold ? 'bold' : 'regular',
          size,
          colour: bold ? palette.accent : palette.text,
          width: numberWidth,
        });
        ops.push({ kind: 'goto', x, y, w: width, h: height, name: entry.anchor });
        return ops;
      },
    };
  });
  return [...frontHeading('Contents', ctx), ...lines];
};
