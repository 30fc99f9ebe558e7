/** Portal / login user names: the lower-case `zztest` marker. */
import { markerKind } from '../marker.js';

export const username = markerKind({
  id: 'username',
  category: 18,
  label: 'User name',
  headerHints: [
    'username',

    'userid',
    'login',
    'loginid',
    'loginname',
    'portaluser',
    'portalusername',
    'portalid',
    'mychartuser',
    'mychartid',
    'screenname',

    'accountname',
  ],
  marker: 'ZZTEST',
  tail: '.AAAA##',
  lowerCase: true,
  perPerson: true,
  patterns: [[/^[a-z][a-z0-9._-]{2,30}$/, 0.3]],
});
