import { describe, expect, test } from 'vitest';
import type { MeetingKind } from '../../src/extract/index.ts';
import { sameMeeting, type MeetingFacts, type PlaceLink } from '../../src/resolve/index.ts';

const beijing: PlaceLink = { kind: 'known', id: 'place:beijing', placeKind: 'city', cityId: null, iso2: 'CN', name: 'Beijing', names: ['Beijing'] };
const shanghai: PlaceLink = { kind: 'known', id: 'place:shanghai', placeKind: 'city', cityId: null, iso2: 'CN', name: 'Shanghai', names: ['Shanghai'] };
const greatHall: PlaceLink = { kind: 'known', id: 'place:great-hall-of-the-people', placeKind: 'venue', cityId: 'place:beijing', iso2: 'CN', name: 'Great Hall of the People', names: [] };
const diaoyutai: PlaceLink = { kind: 'known', id: 'place:diaoyutai', placeKind: 'venue', cityId: 'place:beijing', iso2: 'CN', name: 'Diaoyutai State Guesthouse', names: [] };
const china: PlaceLink = { kind: 'country', id: 'country:cn', iso2: 'CN', name: 'China' };
const russia: PlaceLink = { kind: 'country', id: 'country:ru', iso2: 'RU', name: 'Russia' };
const kazan: PlaceLink = { kind: 'new', key: 'kazan', placeKind: 'city', cityId: null, iso2: 'RU', name: 'Kazan', names: ['Kazan'] };

const meeting = (fields: Partial<MeetingFacts> = {}): MeetingFacts => ({
  participants: ['person:wang-yi', 'person:sergei-lavrov'],
  date: '2023-07-25',
  place: beijing,
  kind: 'talks' as MeetingKind,
  ...fields,
});

describe('sameMeeting', () => {
  test.each<[string, Partial<MeetingFacts>, Partial<MeetingFacts>, string]>([
    ['the same report twice', {}, {}, 'same_day'],
    ['participants in another order', { participants: ['person:sergei-lavrov', 'person:wang-yi'] }, {}, 'same_day'],
    ['dates one day apart across time zones', { date: '2023-07-26' }, {}, 'one_day_apart'],
    ['one undated report', { date: null }, {}, 'undated'],
    ['a month that contains the day', { date: '2023-07' }, {}, 'within_period'],
    ['a yearless day on the same day', { date: '--07-25' }, {}, 'same_day'],
    ['a venue and its city', { place: greatHall }, {}, 'same_day'],
    ['a country and a city in it', { place: china }, {}, 'same_day'],
    ['one report without a place', { place: null }, {}, 'same_day'],
    ['talks and a meeting', { kind: 'meeting' }, {}, 'same_day'],
    ['two phone calls', { kind: 'phone_call', place: null }, { kind: 'phone_call', place: null }, 'same_day'],
    ['a new city and its country', { place: kazan }, { place: russia }, 'same_day'],
  ])('treats %s as one meeting', (_label, a, b, reason) => {
    expect(sameMeeting(meeting(a), meeting(b))).toEqual({ same: true, reason });
  });

  test.each<[string, Partial<MeetingFacts>, Partial<MeetingFacts>, string]>([
    ['the same people on different days', { date: '2023-07-20' }, {}, 'different_days'],
    ['the same people in different months', { date: '2023-08' }, {}, 'different_days'],
    ['another participant', { participants: ['person:wang-yi', 'person:sergei-lavrov', 'person:vladimir-putin'] }, {}, 'different_participants'],
    ['a phone call and talks', { kind: 'phone_call' }, {}, 'different_kinds'],
    ['two cities', { place: shanghai }, {}, 'different_places'],
    ['two venues of one city', { place: greatHall }, { place: diaoyutai }, 'different_places'],
    ['places in two countries', { place: kazan }, {}, 'different_places'],
    ['a yearless day a week off', { date: '--08-01' }, {}, 'different_days'],
  ])('keeps %s apart', (_label, a, b, reason) => {
    expect(sameMeeting(meeting(a), meeting(b))).toEqual({ same: false, reason });
  });

  test('is symmetric', () => {
    const a = meeting({ place: greatHall, date: '2023-07-26' });
    const b = meeting({ date: '2023-07' });
    expect(sameMeeting(a, b)).toEqual(sameMeeting(b, a));
  });
});
