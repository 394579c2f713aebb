import { describe, expect, it } from 'vitest';
import { pdfFontFor, pdfFontNote } from './pdf-fonts';

describe('the PDF font for a branding font', () => {
  it('uses the metric-compatible open font where one exists', () => {
    expect(pdfFontFor('Calibri')).toEqual({ family: 'Carlito', metricCompatible: true });
    expect(pdfFontFor('Cambria')).toEqual({ family: 'Caladea', metricCompatible: true });
    expect(pdfFontFor(' arial ')).toEqual({ family: 'Arimo', metricCompatible: true });
    expect(pdfFontFor('Times  New Roman')).toEqual({ family: 'Tinos', metricCompatible: true });
    expect(pdfFontFor('Georgia')).toEqual({ family: 'Gelasio', metricCompatible: true });
  });

  it('falls back by kind for fonts it does not ship', () => {
    expect(pdfFontFor('Garamond')).toEqual({ family: 'EB Garamond', metricCompatible: false });
    expect(pdfFontFor('Book Antiqua').family).toBe('Tinos');
    expect(pdfFontFor('Aptos')).toEqual({ family: 'Carlito', metricCompatible: false });
    expect(pdfFontFor('PT Sans').family).toBe('Carlito');
  });

  it('says which font the PDF uses only when it differs from the choice', () => {
    expect(pdfFontNote('Arimo')).toBeNull();
    expect(pdfFontNote('Arial')).toContain('Arimo');
    expect(pdfFontNote('Arial')).toContain('as in Word');
    expect(pdfFontNote('Aptos')).toContain('Carlito');
    expect(pdfFontNote('Aptos')).toContain('may break differently');
  });
});
