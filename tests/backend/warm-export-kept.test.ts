import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../backend/compose';
import { callApi } from '../../backend/cli/call';
import { base64ToBytes, bytesToBase64 } from '../../core/api/base64';
import type { Clock } from '../../core/api/ports';
import { sampleLogo } from '../../core/docx/fixtures/sample-policy';
import { readDocxParts } from '../support/docx-parts';
import { FIXED_NOW } from '../support/fixed-clock';
import { makeTempDir } from '../support/temp-dir';

// One backend with its render workers, as the app runs, keeps renders, page plans and Word files
// between exports. Whatever changes between two exports (a value the document prints, the
// branding, the logo, the date), its export must be exactly a new backend's.

const BODY = [
  '# Purpose',
  '',
  '{{ organisation.name }} protects its information. Printed on {{ today }}.',
  '',
  '- one',
  '- two',
  '',
  '| A | B |',
  '| --- | --- |',
  '| x | [y](https://example.org) |',
].join('\n');

describe('a warm backend exports what a new one exports', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;
  let id: string;
  let now = new Date(FIXED_NOW);
  const clock: Clock = { now: () => new Date(now) };
  const warm = createBackend({ clock, renderWorkers: { size: 1 }, checkStore: null });

  const exported = async (dispatch = warm.dispatch) =>
    base64ToBytes((await callApi(dispatch, 'documents.export', { dir, id })).data);
  /** A new backend, on this thread: nothing of the warm backend's workers behind it. */
  const fresh = () => exported(createBackend({ clock, renderWorkers: false }).dispatch);
  const documentXml = (bytes: Uint8Array) => readDocxParts(bytes)['word/document.xml']!;

  beforeAll(async () => {
    temp = await makeTempDir('isms-warm-export-');
    dir = join(temp.dir, 'ws');
    await callApi(warm.dispatch, 'workspace.create', { dir, from: 'blank', name: 'Acme' });
    id = (
      await callApi(warm.dispatch, 'documents.create', {
        dir,
        templateId: 'information-security-policy',
      })
    ).id;
    await callApi(warm.dispatch, 'documents.update', { dir, id, body: BODY });
  }, 120_000);
  afterAll(async () => {
    await temp.cleanup();
  });

  it('gives the same bytes again, and after each change what a new backend gives', async () => {
    const first = await exported();
    expect(await exported()).toEqual(first);
    expect(first).toEqual(await fresh());

    const profile = await callApi(warm.dispatch, 'profile.get', { dir });
    await callApi(warm.dispatch, 'profile.update', {
      dir,
      patch: { organisation: { ...profile.organisation, name: 'Zenith & Sons' } },
    });
    const renamed = await exported();
    expect(documentXml(renamed)).toContain('Zenith &amp; Sons protects its information.');
    expect(renamed).toEqual(await fresh());

    await callApi(warm.dispatch, 'branding.update', { dir, patch: { colour: '0b6e4f' } });
    const branded = await exported();
    expect(branded).not.toEqual(renamed);
    expect(readDocxParts(branded)['word/styles.xml']).toContain('0B6E4F');
    expect(branded).toEqual(await fresh());

    const logos = [sampleLogo(240, 80), sampleLogo(300, 100)];
    const withLogo: Uint8Array[] = [];
    for (const logo of logos) {
      await callApi(warm.dispatch, 'branding.setLogo', {
        dir,
        fileName: 'logo.png',
        data: bytesToBase64(logo.data),
      });
      withLogo.push(await exported());
      expect(withLogo.at(-1)).toEqual(await fresh());
    }
    expect(withLogo[0]).not.toEqual(branded);
    expect(withLogo[1]).not.toEqual(withLogo[0]);

    now = new Date('2026-11-29T09:00:00Z');
    const nextDay = await exported();
    expect(documentXml(nextDay)).toContain('Printed on 2026-11-29.');
    expect(documentXml(withLogo[1]!)).toContain('Printed on 2026-11-28.');
    expect(nextDay).toEqual(await fresh());

    const edited = `${BODY}\n\nOne more paragraph.`;
    await callApi(warm.dispatch, 'documents.update', { dir, id, body: edited });
    const after = await exported();
    expect(documentXml(after)).toContain('One more paragraph.');
    expect(after).toEqual(await fresh());
  }, 120_000);
});
