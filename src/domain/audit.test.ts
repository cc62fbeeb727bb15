import { changedFields } from './audit';

describe('changedFields', () => {
  it('lists only the fields that differ, with before and after as text', () => {
    const before = { opensBefore: 3, reminders: [2, 4], sendHour: 9 };
    const after = { opensBefore: 3, reminders: [2], sendHour: 10 };
    expect(changedFields(before, after)).toEqual([
      { field: 'reminders', before: '[2,4]', after: '[2]' },
      { field: 'sendHour', before: '9', after: '10' }
    ]);
  });

  it('shows a field that was added or removed with a dash on the empty side', () => {
    expect(changedFields({}, { channel: 'Rådmannsutvalget' })).toEqual([{ field: 'channel', before: '–', after: 'Rådmannsutvalget' }]);
    expect(changedFields({ channel: 'Lønn' }, {})).toEqual([{ field: 'channel', before: 'Lønn', after: '–' }]);
  });

  it('compares plain values as a whole', () => {
    expect(changedFields('Lønn', 'Lønn')).toEqual([]);
    expect(changedFields(undefined, 'Lønn')).toEqual([{ field: '', before: '–', after: 'Lønn' }]);
  });
});
