import { modules } from '../features';
import { parseCostRequest } from '../domain/cost';
import { CommandTable } from './commands';

const table = new CommandTable(modules);

/** The command's name and argument as the router sees them, or `unknown` with the cleaned text. */
function parseCommand(text: string): Record<string, unknown> {
  const parsed = table.parse(text);
  if (!parsed.command) return { kind: 'unknown', text: parsed.text };
  return parsed.argument === undefined ? { kind: parsed.command.name } : { kind: parsed.command.name, argument: parsed.argument };
}

describe('the command words of every module', () => {
  describe('help', () => {
    it.each(['hjelp', 'help', '?', 'Hjelp', 'HJELP', '  hjelp  ', 'hva kan du?', 'kva kan du gjere?', 'What can you do?'])('«%s» is help', (text) => {
      expect(parseCommand(text)).toEqual({ kind: 'help' });
    });

    it('«hjelp meg» is not help: help takes no argument', () => {
      expect(parseCommand('hjelp meg')).toEqual({ kind: 'unknown', text: 'hjelp meg' });
    });

    it.each(['hei', 'Hei!', '  hei  ', 'hallo', 'Hei Sampuls', 'god morgon', 'hello', 'Hi!', 'good morning'])('«%s» is a greeting', (text) => {
      expect(parseCommand(text)).toEqual({ kind: 'greeting' });
    });

    it.each(['takk', 'Takk!', 'tusen takk.', 'takk for hjelpa', '👍', '👍🏽', 'Thanks!', 'thank you'])('«%s» is thanks', (text) => {
      expect(parseCommand(text)).toEqual({ kind: 'thanks' });
    });

    it('reads a greeting or thanks only as the whole message', () => {
      expect(parseCommand('hei, hvordan går det med lønn?')).toEqual({ kind: 'unknown', text: 'hei, hvordan går det med lønn?' });
      expect(parseCommand('takk for status lønn')).toEqual({ kind: 'unknown', text: 'takk for status lønn' });
    });

    it('does not read a word that merely begins like a command', () => {
      expect(parseCommand('hilsen')).toEqual({ kind: 'unknown', text: 'hilsen' });
      expect(parseCommand('higher')).toEqual({ kind: 'unknown', text: 'higher' });
      expect(parseCommand('statusrapport')).toEqual({ kind: 'unknown', text: 'statusrapport' });
      expect(parseCommand('linker')).toEqual({ kind: 'unknown', text: 'linker' });
    });
  });

  describe('check-in', () => {
    it.each(['sjekk inn', 'sjekkinn', 'innsjekk', 'check in', 'checkin', 'check-in', 'rapporter', 'report', 'Sjekk Inn'])(
      '«%s» starts a check-in',
      (text) => {
        expect(parseCommand(text)).toEqual({ kind: 'checkIn' });
      }
    );

    it('takes the rest as the collaboration name, keeping how it was written', () => {
      expect(parseCommand('sjekk inn Barnevern')).toEqual({ kind: 'checkIn', argument: 'Barnevern' });
      expect(parseCommand('check in Lønn IN')).toEqual({ kind: 'checkIn', argument: 'Lønn IN' });
      expect(parseCommand('rapporter plan, byggesak')).toEqual({ kind: 'checkIn', argument: 'plan, byggesak' });
    });
  });

  describe('status', () => {
    it.each(['status', 'Status', 'oversikt', 'overview'])('«%s» asks for all status', (text) => {
      expect(parseCommand(text)).toEqual({ kind: 'status' });
    });

    it('takes a collaboration name', () => {
      expect(parseCommand('status arkiv')).toEqual({ kind: 'status', argument: 'arkiv' });
      expect(parseCommand('oversikt Indre Namdal IKT IKS')).toEqual({ kind: 'status', argument: 'Indre Namdal IKT IKS' });
      expect(parseCommand('overview payroll')).toEqual({ kind: 'status', argument: 'payroll' });
    });
  });

  describe('link', () => {
    it('«koble til lønn» links «lønn», not «til lønn»', () => {
      expect(parseCommand('koble til lønn')).toEqual({ kind: 'link', argument: 'lønn' });
    });

    it('«koble lønn» links «lønn» too', () => {
      expect(parseCommand('koble lønn')).toEqual({ kind: 'link', argument: 'lønn' });
    });

    it('without a name asks which collaboration', () => {
      expect(parseCommand('koble til')).toEqual({ kind: 'link' });
      expect(parseCommand('koble')).toEqual({ kind: 'link' });
      expect(parseCommand('link')).toEqual({ kind: 'link' });
    });

    it('works in English', () => {
      expect(parseCommand('link Barnevern')).toEqual({ kind: 'link', argument: 'Barnevern' });
    });

    it('does not eat the start of a name that begins with «til»', () => {
      expect(parseCommand('koble tilsyn')).toEqual({ kind: 'link', argument: 'tilsyn' });
    });
  });

  describe('case and whitespace', () => {
    it('matches the command word in any case', () => {
      expect(parseCommand('STATUS Lønn')).toEqual({ kind: 'status', argument: 'Lønn' });
      expect(parseCommand('KOBLE TIL Barnevern')).toEqual({ kind: 'link', argument: 'Barnevern' });
    });

    it('collapses extra, leading and trailing whitespace, tabs and newlines', () => {
      expect(parseCommand('   status    lønn   ')).toEqual({ kind: 'status', argument: 'lønn' });
      expect(parseCommand('koble\t\ttil \n lønn')).toEqual({ kind: 'link', argument: 'lønn' });
      expect(parseCommand('sjekk    inn   Plan,   byggesak')).toEqual({ kind: 'checkIn', argument: 'Plan, byggesak' });
    });

    it('treats the non-breaking spaces Teams sends as spaces', () => {
      expect(parseCommand('status\u00a0lønn')).toEqual({ kind: 'status', argument: 'lønn' });
      expect(parseCommand('sjekk\u00a0inn')).toEqual({ kind: 'checkIn' });
    });
  });

  describe('the chief executives’ own questions', () => {
    it.each([
      ['hva er rødt?', 'red'],
      ['Hva er rødt', 'red'],
      ['What is red?', 'red'],
      ['hva trenger beslutning?', 'decision'],
      ['what needs a decision?', 'decision'],
      ['Hva kan vi feire?', 'celebrate'],
      ['celebrate', 'celebrate'],
      ['hva er gult?', 'yellow'],
      ['What is yellow?', 'yellow'],
      ['hvem har ikke sjekket inn?', 'overdue'],
      ['Hvem har ikke sjekket inn ennå?', 'overdue'],
      ["who hasn't checked in?", 'overdue'],
      ['who hasn’t checked in?', 'overdue']
    ])('reads «%s» as the question about %s', (text, question) => {
      expect(parseCommand(text)).toEqual({ kind: question });
    });

    it('reads a trend question with its dimension', () => {
      expect(parseCommand('trend tillit')).toEqual({ kind: 'trend', argument: 'tillit' });
      expect(parseCommand('trend Trust')).toEqual({ kind: 'trend', argument: 'Trust' });
    });
  });

  describe('cost split', () => {
    it.each([
      ['lønn 1 000 000', { name: 'lønn', amount: 1000000 }],
      ['barnevern 2.500.000 kr', { name: 'barnevern', amount: 2500000 }],
      ['Lønn IN 750000', { name: 'Lønn IN', amount: 750000 }],
      ['lønn 1,5 mill', { name: 'lønn', amount: 1500000 }],
      ['lønn 2,5 millioner', { name: 'lønn', amount: 2500000 }],
      ['lønn 1 500 000 kr', { name: 'lønn', amount: 1500000 }],
      ['lønn 1.500.000', { name: 'lønn', amount: 1500000 }],
      ['lønn 1,5 mill.', { name: 'lønn', amount: 1500000 }],
      ['lønn 750 000,-', { name: 'lønn', amount: 750000 }],
      ['lønn 2 mrd', { name: 'lønn', amount: 2000000000 }],
      ['lønn 1,5', { name: 'lønn' }],
      ['lønn', { name: 'lønn' }],
      [undefined, {}]
    ])('reads «kostnad %s»', (text, request) => {
      expect(parseCommand(`kostnad ${text ?? ''}`)).toEqual(text ? { kind: 'cost', argument: text } : { kind: 'cost' });
      expect(parseCostRequest(text)).toEqual(request);
    });
  });

  describe('årshjul', () => {
    it('is asked for in bokmål, without the ring, and in English', () => {
      for (const text of ['årshjul', 'Årshjulet', 'arshjul', 'annual cycle', 'schedule']) expect(parseCommand(text)).toEqual({ kind: 'annualCycle' });
      expect(parseCommand('årshjul lønn')).toEqual({ kind: 'unknown', text: 'årshjul lønn' });
    });
  });

  describe('templates', () => {
    it('are asked for in bokmål and English, without an argument', () => {
      for (const text of ['mal', 'Malen', 'maler', 'malene', 'spørsmålene', 'template', 'Templates']) expect(parseCommand(text)).toEqual({ kind: 'template' });
      // An argument picks the survey question sets (`mal undersøkelse`); any other shows the check-in templates.
      expect(parseCommand('mal undersøkelse')).toEqual({ kind: 'template', argument: 'undersøkelse' });
    });

    it('do not take words that merely begin like them', () => {
      for (const text of ['malerarbeid', 'spørsmål', 'templated']) expect(parseCommand(text)).toEqual({ kind: 'unknown', text });
    });
  });

  describe('export', () => {
    it('reads the year when given', () => {
      expect(parseCommand('eksport 2025')).toEqual({ kind: 'export', argument: '2025' });
      expect(parseCommand('export')).toEqual({ kind: 'export' });
    });
  });

  describe('nynorsk', () => {
    it.each([
      ['kva er raudt?', 'red'],
      ['kva treng avgjerd?', 'decision'],
      ['kva kan vi feire?', 'celebrate'],
      ['kva er gult?', 'yellow'],
      ['kven har ikkje sjekka inn?', 'overdue'],
      ['kople til lønn', 'link'],
      ['mine opplysningar', 'myData'],
      ['innstillingar', 'admin'],
      ['malane', 'template']
    ])('reads «%s» as %s', (text, kind) => {
      expect(parseCommand(text)).toMatchObject({ kind });
    });
  });

  describe('joining a network', () => {
    it('takes the invitation code as written', () => {
      expect(parseCommand('bli med ABCD-EFGH-JKLM-NPQR')).toEqual({ kind: 'join', argument: 'ABCD-EFGH-JKLM-NPQR' });
      expect(parseCommand('Join abcd efgh')).toEqual({ kind: 'join', argument: 'abcd efgh' });
      expect(parseCommand('bli med')).toEqual({ kind: 'join' });
    });
  });

  describe('anything else', () => {
    it('is unknown, with the text cleaned up for the reply', () => {
      expect(parseCommand('  hva   er  klokka? ')).toEqual({ kind: 'unknown', text: 'hva er klokka?' });
    });

    it('empty or blank text is unknown with empty text', () => {
      expect(parseCommand('')).toEqual({ kind: 'unknown', text: '' });
      expect(parseCommand('   \n ')).toEqual({ kind: 'unknown', text: '' });
    });
  });
});
