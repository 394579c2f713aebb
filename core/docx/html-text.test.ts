import { describe, expect, it } from 'vitest';
import { htmlLines } from './html-text';

// Word and PDF show a template's raw HTML as the preview (a browser, after its sanitiser) does.

describe('the text of raw HTML in Word and PDF', () => {
  it('hides a comment the template leaves open, with everything after it', () => {
    expect(htmlLines('<!-- &#33;&#10;&#10;&#91;click&#93;')).toEqual([]);
    expect(htmlLines('kept <!-- note\n\nstill a comment')).toEqual(['kept']);
    expect(htmlLines('a <!--> b <!---> c <!-- x --!> d')).toEqual(['a b c d']);
  });

  it('hides <!...>, <?...> and </...> that name no tag, closed or not', () => {
    expect(htmlLines('a <!x v')).toEqual(['a']);
    expect(htmlLines('a <?php b ?> c </ d> e </> f')).toEqual(['a c e f']);
  });

  it('reads a line break printed as a reference as a blank, as a browser does', () => {
    expect(htmlLines('<div>\na&#10;&#10;b&#32;&#60;b&#62;\n</div>\n')).toEqual(['a b <b>']);
    expect(htmlLines('<div>\nline one\nline two\n</div>')).toEqual(['line one line two']);
  });

  it('breaks lines at <br> and at block elements only', () => {
    expect(htmlLines('<p>one</p><p>two<br>three</p><span>four</span> five')).toEqual([
      'one',
      'two',
      'three',
      'four five',
    ]);
  });

  it('keeps a > inside a quoted attribute inside the tag, and drops a tag left open', () => {
    expect(htmlLines('<span title="a > b">text</span>')).toEqual(['text']);
    expect(htmlLines('text <div title="v')).toEqual(['text']);
  });

  it('drops scripts, styles and hidden elements with their content, even left open', () => {
    expect(htmlLines('a<script>b</script>c<style>d</style>e')).toEqual(['ace']);
    expect(htmlLines('a<script>b <b>c</b>')).toEqual(['a']);
    expect(htmlLines('a<svg><svg>b</svg>c</svg>d')).toEqual(['ad']);
  });

  it('keeps text a browser shows: a lone <, a no-break space, named references', () => {
    expect(htmlLines('1 < 2 &amp;&nbsp;3 <1')).toEqual(['1 < 2 &\u00A03 <1']);
  });
});
