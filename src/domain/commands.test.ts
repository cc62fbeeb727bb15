import { parseCommand } from './commands';

describe('parseCommand', () => {
  describe('help', () => {
    it.each(['hjelp', 'help', 'hei', 'hallo', 'hello', 'hi', '?', 'Hjelp', 'HJELP', '  hei  '])('«%s» is help', (text) => {
      expect(parseCommand(text)).toEqual({ kind: 'help' });
    });

    it('«hjelp meg» is not help: help takes no argument', () => {
      expect(parseCommand('hjelp meg')).toEqual({ kind: 'unknown', text: 'hjelp meg' });
      expect(parseCommand('hei Sampuls')).toEqual({ kind: 'unknown', text: 'hei Sampuls' });
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
      expect(parseCommand('sjekk inn Barnevern')).toEqual({ kind: 'checkIn', name: 'Barnevern' });
      expect(parseCommand('check in Lønn IN')).toEqual({ kind: 'checkIn', name: 'Lønn IN' });
      expect(parseCommand('rapporter plan, byggesak')).toEqual({ kind: 'checkIn', name: 'plan, byggesak' });
    });
  });

  describe('status', () => {
    it.each(['status', 'Status', 'oversikt', 'overview'])('«%s» asks for all status', (text) => {
      expect(parseCommand(text)).toEqual({ kind: 'status' });
    });

    it('takes a collaboration name', () => {
      expect(parseCommand('status arkiv')).toEqual({ kind: 'status', name: 'arkiv' });
      expect(parseCommand('oversikt Indre Namdal IKT IKS')).toEqual({ kind: 'status', name: 'Indre Namdal IKT IKS' });
      expect(parseCommand('overview payroll')).toEqual({ kind: 'status', name: 'payroll' });
    });
  });

  describe('link', () => {
    it('«koble til lønn» links «lønn», not «til lønn»', () => {
      expect(parseCommand('koble til lønn')).toEqual({ kind: 'link', name: 'lønn' });
    });

    it('«koble lønn» links «lønn» too', () => {
      expect(parseCommand('koble lønn')).toEqual({ kind: 'link', name: 'lønn' });
    });

    it('without a name asks which collaboration', () => {
      expect(parseCommand('koble til')).toEqual({ kind: 'link' });
      expect(parseCommand('koble')).toEqual({ kind: 'link' });
      expect(parseCommand('link')).toEqual({ kind: 'link' });
    });

    it('works in English', () => {
      expect(parseCommand('link Barnevern')).toEqual({ kind: 'link', name: 'Barnevern' });
    });

    it('does not eat the start of a name that begins with «til»', () => {
      expect(parseCommand('koble tilsyn')).toEqual({ kind: 'link', name: 'tilsyn' });
    });
  });

  describe('case and whitespace', () => {
    it('matches the command word in any case', () => {
      expect(parseCommand('STATUS Lønn')).toEqual({ kind: 'status', name: 'Lønn' });
      expect(parseCommand('KOBLE TIL Barnevern')).toEqual({ kind: 'link', name: 'Barnevern' });
    });

    it('collapses extra, leading and trailing whitespace, tabs and newlines', () => {
      expect(parseCommand('   status    lønn   ')).toEqual({ kind: 'status', name: 'lønn' });
      expect(parseCommand('koble\t\ttil \n lønn')).toEqual({ kind: 'link', name: 'lønn' });
      expect(parseCommand('sjekk    inn   Plan,   byggesak')).toEqual({ kind: 'checkIn', name: 'Plan, byggesak' });
    });

    it('treats the non-breaking spaces Teams sends as spaces', () => {
      expect(parseCommand('status\u00a0lønn')).toEqual({ kind: 'status', name: 'lønn' });
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
      ['celebrate', 'celebrate']
    ])('reads «%s» as the question about %s', (text, question) => {
      expect(parseCommand(text)).toEqual({ kind: 'question', question });
    });

    it('reads a trend question with its dimension', () => {
      expect(parseCommand('trend tillit')).toEqual({ kind: 'trend', name: 'tillit' });
      expect(parseCommand('trend Trust')).toEqual({ kind: 'trend', name: 'Trust' });
    });
  });

  describe('cost split', () => {
    it.each([
      ['kostnad lønn 1 000 000', { kind: 'cost', name: 'lønn', amount: 1000000 }],
      ['kostnad barnevern 2.500.000 kr', { kind: 'cost', name: 'barnevern', amount: 2500000 }],
      ['cost Lønn IN 750000', { kind: 'cost', name: 'Lønn IN', amount: 750000 }],
      ['kostnad lønn', { kind: 'cost', name: 'lønn' }],
      ['kostnad', { kind: 'cost' }]
    ])('reads «%s»', (text, command) => {
      expect(parseCommand(text)).toEqual(command);
    });
  });

  describe('årshjul', () => {
    it('is asked for in bokmål, without the ring, and in English', () => {
      for (const text of ['årshjul', 'Årshjulet', 'arshjul', 'annual cycle', 'schedule']) expect(parseCommand(text)).toEqual({ kind: 'cycle' });
      expect(parseCommand('årshjul lønn')).toEqual({ kind: 'unknown', text: 'årshjul lønn' });
    });
  });

  describe('templates', () => {
    it('are asked for in bokmål and English, without an argument', () => {
      for (const text of ['mal', 'Malen', 'maler', 'malene', 'spørsmålene', 'template', 'Templates']) expect(parseCommand(text)).toEqual({ kind: 'template' });
      expect(parseCommand('mal lønn')).toEqual({ kind: 'unknown', text: 'mal lønn' });
    });

    it('do not take words that merely begin like them', () => {
      for (const text of ['malerarbeid', 'spørsmål', 'templated']) expect(parseCommand(text)).toEqual({ kind: 'unknown', text });
    });
  });

  describe('export', () => {
    it('reads the year when given', () => {
      expect(parseCommand('eksport 2025')).toEqual({ kind: 'export', year: '2025' });
      expect(parseCommand('export')).toEqual({ kind: 'export' });
    });
  });

  describe('joining a network', () => {
    it('takes the invitation code as written', () => {
      expect(parseCommand('bli med ABCD-EFGH-JKLM-NPQR')).toEqual({ kind: 'join', code: 'ABCD-EFGH-JKLM-NPQR' });
      expect(parseCommand('Join abcd efgh')).toEqual({ kind: 'join', code: 'abcd efgh' });
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
