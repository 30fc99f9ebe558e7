/** Initials of a name have no room for a marker: nothing proves them fake, nor real. */
import { describe, expect, it } from 'vitest';
import { getKind } from './index.js';

describe('initials-only names', () => {
  for (const id of ['person-name', 'given-name', 'family-name']) {
    it(`${id}: initials are unprovable in both styles, a full unmarked name is not`, () => {
      const kind = getKind(id);
      for (const style of ['obvious', 'realistic'] as const) {
        for (const v of ['M.Z.', 'M. Z.', 'K.', 'J', 'A.B.C.']) {
          expect(kind.isFake(v, { style, site: {} }).status, `${v} ${style}`).toBe('unprovable');
        }
      }
      expect(getKind('person-name').isFake('Mara Zolwick', { style: 'realistic', site: {} }).status).toBe(
        'real',
      );
      expect(getKind('person-name').isFake('M. Zolwick', { style: 'realistic', site: {} }).status).toBe(
        'real',
      );
    });
  }
});
