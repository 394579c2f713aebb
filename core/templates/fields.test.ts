import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { listTemplateFields } from './fields';

describe('listTemplateFields', () => {
  it('lists each workspace field once, at its first position in the file, in reading order', () => {
    const body = [
      '# {{ organisation.name }}',
      '{% if organisation.website %}{{ organisation.website }}{% endif %}',
      '{% for risk in risks %}| {{ risk.id }} | {{ risk.owner.name | upcase }} |',
      '{% endfor %}',
      '{% assign chair = managementReview.chair %}{{ chair.name }} {{ organisation.name }}',
      'Review every {{ parameters.accessReviewMonths | plural: "month" }} from {{ today | add_months: cycle }}.',
    ].join('\n');
    expect(listTemplateFields({ id: 't', body, bodyLine: 8 })).toEqual([
      { field: 'organisation.name', line: 8, column: 6 },
      { field: 'organisation.website', line: 9, column: 7 },
      { field: 'risks', line: 10, column: 16 },
      { field: 'managementReview.chair', line: 12, column: 19 },
      { field: 'parameters.accessReviewMonths', line: 13, column: 17 },
      { field: 'today', line: 13, column: 76 },
      { field: 'cycle', line: 13, column: 96 },
    ]);
  });

  it('reports a syntax error like rendering does', () => {
    let error: unknown;
    try {
      listTemplateFields({ id: 'broken', body: 'a\n{% if x %}', bodyLine: 3 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'template-syntax',
      details: { templateId: 'broken', line: 4, column: 1 },
    });
  });
});
