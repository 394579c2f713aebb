import { describe, expect, it } from 'vitest';
import { registersSchema, type Registers } from '../model/registers';
import { DEMO_REGISTERS } from '../demo/demo-registers';
import { carryForward } from './carry-forward';
import { figureChanges } from './figure-changes';
import { drawReviewFigures, type ReviewFigures } from './review-figures';

const value = (figures: ReviewFigures, input: keyof ReviewFigures, label: string) =>
  figures[input]?.find((f) => f.label === label)?.value;

const registers = (patch: Record<string, unknown>): Registers => registersSchema.parse(patch);

describe('figures drawn for a management review', () => {
  it('counts a nonconformity only from the day it was raised, and as closed from its closing day', () => {
    const r = registers({
      nonconformities: [
        {
          id: 'NC-001',
          raisedOn: '2026-03-01',
          description: 'x',
          closedOn: '2026-06-01',
          status: 'closed',
        },
        { id: 'NC-002', raisedOn: '2026-05-01', description: 'y' },
      ],
    });
    const april = drawReviewFigures(r, '2026-04-15');
    expect(value(april, 'd', 'Nonconformities open')).toBe(1);
    expect(value(april, 'd', 'Nonconformities closed')).toBe(0);
    const july = drawReviewFigures(r, '2026-07-01');
    expect(value(july, 'd', 'Nonconformities open')).toBe(1);
    expect(value(july, 'd', 'Nonconformities closed')).toBe(1);
  });

  it("uses each metric's last result on or before the date", () => {
    const r = registers({
      metrics: [{ id: 'M-001', name: 'Patch time' }],
      measurements: [
        { id: 'MS-001', metric: 'M-001', date: '2026-01-31', value: '10', onTarget: true },
        { id: 'MS-002', metric: 'M-001', date: '2026-02-28', value: '30', onTarget: false },
      ],
    });
    expect(value(drawReviewFigures(r, '2026-02-01'), 'd', 'Metrics on target at last result')).toBe(
      1,
    );
    expect(
      value(drawReviewFigures(r, '2026-03-01'), 'd', 'Metrics off target at last result'),
    ).toBe(1);
  });

  it('scores risks with the workspace risk method and counts open treatment actions at the date', () => {
    const r = registers({
      risks: [
        {
          id: 'R-001',
          title: 'a',
          likelihood: 5,
          impact: 4,
          residualLikelihood: 2,
          residualImpact: 2,
          assessedOn: '2026-01-10',
        },
        { id: 'R-002', title: 'b', likelihood: 2, impact: 2 },
      ],
      treatments: [
        { id: 'T-001', risk: 'R-001', action: 'fix', status: 'done', completedOn: '2026-05-01' },
        { id: 'T-002', risk: 'R-001', action: 'more', dueDate: '2026-02-01' },
      ],
    });
    const f = drawReviewFigures(r, '2026-03-01');
    expect(value(f, 'f', 'Risks assessed')).toBe(1);
    expect(value(f, 'f', 'Risks rated High before treatment')).toBe(1);
    expect(value(f, 'f', 'Risks rated High after treatment')).toBe(0);
    expect(value(f, 'f', 'Treatment actions open')).toBe(2);
    expect(value(f, 'f', 'Treatment actions overdue')).toBe(1);
    expect(value(drawReviewFigures(r, '2026-06-01'), 'f', 'Treatment actions completed')).toBe(1);
  });

  it('gives input e) no figures, since no register holds interested-party feedback', () => {
    expect(drawReviewFigures(registers({}), '2026-01-01').e).toBeUndefined();
  });

  it('agrees with the figures frozen in the demo review', () => {
    const demo = registersSchema.parse(DEMO_REGISTERS);
    const review = demo.managementReviews[0]!;
    const live = drawReviewFigures(demo, review.figuresAsOf!);
    expect(figureChanges(review.figures, live)).toEqual([]);
  });
});

describe('actions carried forward', () => {
  const review = (id: string, date: string, extra: Record<string, unknown>) => ({
    id,
    date,
    ...extra,
  });

  it('carries open actions of earlier reviews, with the latest status a later review gave them', () => {
    const r = registers({
      managementReviews: [
        review('MR-001', '2026-01-10', {
          actions: [
            { action: 'Buy keys', status: 'open' },
            { action: 'Write plan', status: 'done' },
            { action: 'Train staff', status: 'open' },
          ],
        }),
        review('MR-002', '2026-06-10', {
          carriedForward: [
            { review: 'MR-001', action: 'Buy keys', status: 'done', note: 'Delivered' },
            { review: 'MR-001', action: 'Train staff', status: 'open', note: 'Half done' },
          ],
          actions: [{ action: 'Review suppliers' }],
        }),
      ],
    });
    const carried = carryForward(r.managementReviews, '2026-12-01');
    expect(carried).toEqual([
      { review: 'MR-001', action: 'Train staff', status: 'open', note: 'Half done' },
      { review: 'MR-002', action: 'Review suppliers', status: 'open', note: '' },
    ]);
    expect(carryForward(r.managementReviews, '2026-01-10')).toEqual([]);
  });
});

describe('comparing frozen and live figures', () => {
  it('names the figures that changed and ignores ones the record does not hold', () => {
    const changes = figureChanges(
      { d: [{ label: 'Nonconformities open', value: 3 }] },
      {
        d: [
          { label: 'Nonconformities open', value: 2 },
          { label: 'Audits completed', value: 9 },
        ],
      },
    );
    expect(changes).toEqual([{ input: 'd', label: 'Nonconformities open', recorded: 3, now: 2 }]);
  });
});
