/** Full person names (patients, relatives, contacts, guarantors): family name marked as in family-name. */
import {
  hasNameMarker,
  isNameWord,
  makeFamily,
  makeGiven,
  nameTokens,
  nameVerdict,
  nameWordScore,
  surrogateName,
} from '../names.js';
import type { IdentifierKind } from '../types.js';

const FULL_NAME = /^[A-Za-z][A-Za-z0-9'’.-]*(?:,? {1,3}[A-Za-z][A-Za-z0-9'’.-]*){1,4}$/;

export const personName: IdentifierKind = {
  id: 'person-name',
  category: 1,
  label: 'Person name',
  headerHints: [
    'name',
    'nm',
    'ptnm',
    'ptname',
    'patnm',
    'patname',
    'patientname',
    'fullname',
    'membername',
    'mbrname',
    'subscribername',
    'insuredname',
    'guarantorname',
    'guarname',
    'guarnm',
    'emergencycontact',
    'emergencycontactname',
    'ecname',
    'nok',
    'nokname',
    'nextofkin',
    'nextofkinname',
    'contactname',
    'spousename',
    'mothername',
    'fathername',
    'parentname',
    'responsibleparty',
    'caregiver',
    'caregivername',
    'informant',
    'attending',
    'attendingname',
    'attendingphysician',
    'attendingprovider',
    'attendingmd',
    'admitting',
    'admittingphysician',
    'admittingprovider',
    'provider',
    'providername',
    'provname',
    'prov',
    'orderingprov',
    'orderingprovider',
    'orderingphysician',
    'orderingmd',
    'refprov',
    'referringprov',
    'referringprovider',
    'referringphysician',
    'refphys',
    'prescriber',
    'prescribername',
    'prescribingprovider',
    'prescribingphysician',
    'pcp',
    'pcpname',
    'primarycarephysician',
    'physician',
    'physicianname',
    'doctor',
    'doctorname',
    'surgeon',
    'surgeonname',
    'clinician',
    'clinicianname',
    'author',
    'authorname',
    'authoredby',
    'signedby',
    'performer',
    'performedby',
    'renderingprovider',
    'billingprovider',
    'consultant',
    'nurse',
    'nursename',
    'rnname',
  ],
  provable: true,
  make(rng, opts) {
    const given = makeGiven(rng, opts.style, opts.sex);
    const family = makeFamily(rng, opts.style);
    if (opts.style === 'obvious' && rng.chance(0.5)) return `${family.toUpperCase()}, ${given.toUpperCase()}`;
    return `${given} ${family}`;
  },
  surrogate: (original, rng, opts) => surrogateName(original, rng, opts),
  isFake: (value, opts) => nameVerdict(value, opts, 'real'),
  detect(value) {
    const v = value.trim();
    if (v.length > 80 || !FULL_NAME.test(v)) return 0;
    if (hasNameMarker(v)) return 0.9;
    const ws = nameTokens(v).filter((t) => isNameWord(t) && t.replace(/[^A-Za-z]/g, '').length > 1);
    if (ws.length < 2) return 0;
    const best = Math.max(...ws.map((w) => Math.max(nameWordScore(w, 'given'), nameWordScore(w, 'family'))));
    return best >= 0.75 ? 0.7 : best >= 0.5 ? 0.5 : 0.3;
  },
};
