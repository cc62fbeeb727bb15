import { toCsv } from './table';

describe('toCsv', () => {
  it('writes what Norwegian spreadsheet programs open: BOM, semicolons, quoted fields, CRLF', () => {
    expect(toCsv([['Kommune', 'Andel'], ['Åsnes; Våler', 'Sier "ja"'], ['Grue', 3.5]])).toBe(
      '\uFEFF"Kommune";"Andel"\r\n"Åsnes; Våler";"Sier ""ja"""\r\n"Grue";"3.5"\r\n'
    );
  });

  it('keeps someone’s text from running as a spreadsheet formula', () => {
    expect(toCsv([['=HYPERLINK("http://evil")', '+47 123', '-tap', '@sum']])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://evil"")";"\'+47 123";"\'-tap";"\'@sum"\r\n'
    );
  });
});
