/** Bank, billing and guarantor account numbers: TEST marker (card numbers have their own kind). */
import { markerKind } from '../marker.js';

export const accountNumber = markerKind({
  id: 'account-number',
  category: 10,
  label: 'Account number',
  headerHints: [
    'acct',
    'acctno',
    'acctnum',
    'acctnumber',
    'account',
    'accountno',
    'accountnumber',
    'accountid',
    'guarantoraccount',
    'guaraccount',
    'guaracct',
    'billingaccount',
    'hospitalaccount',
    'har',
    'bankaccount',
    'routingnumber',
    'iban',
  ],
  marker: 'TEST',
  writtenForm: 'record-number',
  tail: '########',
  perPerson: true,
  patterns: [[/^\d{8,17}$/, 0.35]],
});
