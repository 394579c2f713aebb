import { describe, expect, it } from 'vitest';
import { catchAppError } from './catch-app-error.test-support';
import { createTemplateEngine, TEMPLATE_LIMITS } from './engine';
import { renderTemplateSync } from './render';

const render = (body: string, context: Record<string, unknown> = {}) =>
  renderTemplateSync({ id: 'hostile', body, bodyLine: 5 }, context, { mode: 'export' });

const failure = catchAppError;

describe('template safety', () => {
  it.each([
    ['{% include "/etc/passwd" %}', 5],
    ['{% include file %}', 5],
    ["{% render 'package.json' %}", 5],
    ['{% layout "../secret" %}{% block x %}y{% endblock %}', 5],
    ['{% liquid\n  include "/etc/hostname"\n%}', 6],
  ])('refuses %j before reading anything', (body, line) => {
    const error = failure(() => render(body, { file: '/etc/passwd' }));
    expect(error.code).toBe('template-syntax');
    expect(error.message).toContain('cannot read other files');
    expect(error.details).toMatchObject({ templateId: 'hostile', line });
  });

  it('has no file system behind the engine itself', async () => {
    const engine = createTemplateEngine();
    await expect(engine.renderFile('/etc/passwd')).rejects.toThrow();
    await expect(engine.parseFile('package.json')).rejects.toThrow();
    expect(() => {
      engine.renderFileSync('package.json');
    }).toThrow();
  });

  it('reads only own properties of the data, never prototypes or functions', () => {
    const body = '{{ organisation.constructor }}|{{ organisation.__proto__ }}|{{ name.toString }}';
    const result = render(body, { organisation: { name: 'Acme' }, name: 'Acme' });
    expect(result.markdown).not.toMatch(/function|Object|native code/);
    expect(result.unfilled.map((f) => f.field)).toEqual([
      'organisation.constructor',
      'organisation.__proto__',
      'name.toString',
    ]);
  });

  it('stops a runaway loop with a clear render-failed error', () => {
    const big = Array.from({ length: 1000 }, (_, i) => i);
    const body =
      'Start\n{% for a in big %}{% for b in big %}{% for c in big %}.{% endfor %}{% endfor %}{% endfor %}';
    const started = Date.now();
    const error = failure(() => render(body, { big }));
    expect(Date.now() - started).toBeLessThan(TEMPLATE_LIMITS.renderLimit + 1_500);
    expect(error.code).toBe('render-failed');
    expect(error.details).toMatchObject({ templateId: 'hostile', limit: 'time', line: 6 });
    expect(error.message).toMatch(
      /hostile was stopped at line 6, column \d+: it ran for longer than 2000 ms/,
    );
  });

  it('takes a time limit per render, for callers with a harder bound of their own', () => {
    const big = Array.from({ length: 1000 }, (_, i) => i);
    const body =
      '{% for a in big %}{% for b in big %}{% for c in big %}.{% endfor %}{% endfor %}{% endfor %}';
    const error = failure(() =>
      renderTemplateSync(
        { id: 'hostile', body, bodyLine: 1 },
        { big },
        { mode: 'export', timeLimitMs: 50 },
      ),
    );
    expect(error.details).toMatchObject({ limit: 'time' });
    expect(error.message).toContain('it ran for longer than 50 ms');
  });

  it('stops a huge range before building it', () => {
    const error = failure(() => render('{% for i in (1..100000000) %}x{% endfor %}'));
    expect(error.code).toBe('render-failed');
    expect(error.details).toMatchObject({ limit: 'memory', line: 5, column: 1 });
    expect(error.message).toContain('built more data than allowed');
  });

  it('stops output that keeps growing from printed values', () => {
    const chunk = 'x'.repeat(100_000);
    const error = failure(() =>
      render('{% for i in (1..1000) %}{{ chunk }}{{ chunk }}{% endfor %}', { chunk }),
    );
    expect(error.details).toMatchObject({ limit: 'memory' });
  });

  it('refuses a template longer than the parse limit', () => {
    const error = failure(() => render('a'.repeat(TEMPLATE_LIMITS.parseLimit + 1)));
    expect(error.code).toBe('render-failed');
    expect(error.details).toMatchObject({ templateId: 'hostile', limit: 'parse' });
  });

  it('reports a filter that fails with the template, line and column', () => {
    const error = failure(() => render('ok\n{{ "2026-01-01" | add_months: "soon" }}'));
    expect(error.code).toBe('render-failed');
    expect(error.details).toMatchObject({ templateId: 'hostile', line: 6, column: 1 });
    expect(error.message).toContain('add_months needs a whole number');
  });
});
