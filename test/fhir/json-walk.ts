/** Every `reference` string anywhere inside a JSON value (FHIR tests check that each resolves). */
export function references(v: unknown, into: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) references(x, into);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k === 'reference' && typeof x === 'string') into.push(x);
      else references(x, into);
    }
  }
  return into;
}
