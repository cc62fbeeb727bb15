import { counted, dateTime, dayAndDate, dayAndTime, decimal, englishCount, hourOfDay, listOf, longDate, whole } from './format';

describe('numbers through Intl', () => {
  it('writes a score with a decimal comma in Norwegian and a point in English', () => {
    expect(decimal('nb-NO', 4)).toBe('4,0');
    expect(decimal('nn-NO', 3.25)).toBe('3,3');
    expect(decimal('en-GB', 4)).toBe('4.0');
    expect(decimal('nb-NO', 2.345, 2)).toBe('2,35');
  });

  it('groups thousands with a space that does not break in Norwegian, with a comma in English', () => {
    expect(whole('nb-NO', 1_500_000)).toBe('1\u00A0500\u00A0000');
    expect(whole('en-GB', 1_500_000)).toBe('1,500,000');
    expect(whole('nb-NO', 999.5)).toBe('1\u00A0000');
  });
});

describe('plurals through Intl', () => {
  it('agrees the word with the number: «1 rød», «2 røde», «0 røde»', () => {
    expect(counted('nb-NO', 1, 'rød', 'røde')).toBe('1 rød');
    expect(counted('nb-NO', 2, 'rød', 'røde')).toBe('2 røde');
    expect(counted('nb-NO', 0, 'rød', 'røde')).toBe('0 røde');
    expect(counted('nb-NO', 1, 'invitasjon', 'invitasjoner')).toBe('1 invitasjon');
    expect(counted('nn-NO', 3, 'raud', 'raude')).toBe('3 raude');
    expect(englishCount(1, 'collaboration', 'collaborations')).toBe('1 collaboration');
    expect(englishCount(1500, 'answer', 'answers')).toBe('1,500 answers');
  });
});

describe('lists through Intl', () => {
  it('joins with «og» in Norwegian and «and» in English, without a comma before the last', () => {
    expect(listOf('nb-NO', ['2', '4'])).toBe('2 og 4');
    expect(listOf('nb-NO', ['Grong', 'Lierne', 'Røyrvik'])).toBe('Grong, Lierne og Røyrvik');
    expect(listOf('nn-NO', ['Kari', 'Ola'])).toBe('Kari og Ola');
    expect(listOf('en-GB', ['2', '4', '6'])).toBe('2, 4 and 6');
    expect(listOf('nb-NO', ['Lønn'])).toBe('Lønn');
  });
});

describe('dates and times in Oslo through Intl', () => {
  it('writes every moment one way, on the 24-hour clock, in Oslo time across daylight saving', () => {
    expect(dateTime('nb-NO', '2026-11-30T08:05:00Z')).toBe('30. nov. 2026, 09:05');
    expect(dateTime('nb-NO', '2026-06-30T08:05:00Z')).toBe('30. juni 2026, 10:05');
    expect(dateTime('en-GB', '2026-11-30T08:05:00Z')).toBe('30 Nov 2026, 09:05');
    // New Year's Eve in UTC is already New Year in Oslo.
    expect(dateTime('nn-NO', '2026-12-31T23:30:00Z')).toBe('1. jan. 2027, 00:30');
  });

  it('writes what is coming with its weekday, and a sending hour like the times above', () => {
    expect(dayAndTime('nb-NO', '2026-12-07T08:00:00Z')).toBe('man. 7. des., 09:00');
    expect(dayAndDate('nb-NO', '2026-12-07T08:00:00Z')).toBe('mandag 7. desember');
    expect(longDate('nb-NO', '2026-12-07T08:00:00Z')).toBe('7. desember 2026');
    expect(hourOfDay('nb-NO', 9)).toBe('09:00');
    expect(hourOfDay('en-GB', 15)).toBe('15:00');
  });
});
