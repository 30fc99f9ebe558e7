/** Employee ids (of patients who are staff, or of users): TEST marker. */
import { markerKind } from '../marker.js';

export const employeeId = markerKind({
  id: 'employee-id',
  category: 18,
  label: 'Employee id',
  headerHints: [
    'employeeid',
    'empid',
    'empno',
    'employeeno',
    'employeenumber',
    'staffid',
    'badgeid',
    'badgeno',
    'payrollid',
  ],
  marker: 'TEST',
  writtenForm: 'record-number',
  tail: '#####',
  patterns: [[/^[A-Z]?\d{5,8}$/, 0.3]],
});
