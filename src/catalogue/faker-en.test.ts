import { faker } from '@faker-js/faker/locale/en';
import { describe, expect, it } from 'vitest';
import { FAKER_EN } from '../data/catalogue/faker-en.js';

// The catalogue reads a generated copy of faker's English word arrays (so scrub need not load
// faker). When a faker upgrade changes its data, this fails: rerun build-faker-en.mjs knowingly,
// since generated output (golden files) changes with it.
const strings = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
};

describe('faker-en copy', () => {
  it("equals the arrays in the installed faker's English locale", () => {
    const d = faker.rawDefinitions;
    expect(FAKER_EN.firstName).toEqual(strings(d.person?.first_name));
    expect(FAKER_EN.firstNameFemale).toEqual(strings(d.person?.first_name?.female));
    expect(FAKER_EN.firstNameMale).toEqual(strings(d.person?.first_name?.male));
    expect(FAKER_EN.lastName).toEqual(strings(d.person?.last_name));
    expect(FAKER_EN.streetSuffix).toEqual(strings(d.location?.street_suffix));
    expect(FAKER_EN.cityName).toEqual(strings(d.location?.city_name));
    expect(FAKER_EN.cityPrefix).toEqual(strings(d.location?.city_prefix));
    expect(FAKER_EN.citySuffix).toEqual(strings(d.location?.city_suffix));
    expect(FAKER_EN.county).toEqual(strings(d.location?.county));
    expect(FAKER_EN.lastName!.length).toBeGreaterThan(100);
  });
});
