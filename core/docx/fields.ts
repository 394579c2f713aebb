import { BuilderElement, TextRun, XmlComponent } from 'docx';
import type { IRunOptions, IXmlableObject } from 'docx';

type FieldCharType = 'begin' | 'separate' | 'end';

class InstructionText extends XmlComponent {
  constructor(private readonly instruction: string) {
    super('w:instrText');
  }

  override prepForXml(): IXmlableObject {
    return { 'w:instrText': [{ _attr: { 'xml:space': 'preserve' } }, this.instruction] };
  }
}

type RunFormat = Omit<IRunOptions, 'children' | 'text' | 'break'>;

const fieldChar = (type: FieldCharType, format: RunFormat): TextRun =>
  new TextRun({
    ...format,
    children: [
      new BuilderElement<{ type: FieldCharType }>({
        name: 'w:fldChar',
        attributes: { type: { key: 'w:fldCharType', value: type } },
      }),
    ],
  });

/** The runs that open a complex field: begin, the instruction, separate (the cached result follows). */
export const fieldStart = (instruction: string, format: RunFormat = {}): TextRun[] => [
  fieldChar('begin', format),
  new TextRun({ ...format, children: [new InstructionText(` ${instruction.trim()} `)] }),
  fieldChar('separate', format),
];

/** The run that closes a complex field opened with fieldStart. */
export const fieldEnd = (format: RunFormat = {}): TextRun => fieldChar('end', format);

/** A whole field in one paragraph: Word shows `cached` until the field is updated. */
export const field = (instruction: string, cached: string, format: RunFormat = {}): TextRun[] => [
  ...fieldStart(instruction, format),
  new TextRun({ ...format, text: cached }),
  fieldEnd(format),
];
