/**
 * Words that look like names in clinical text but are clinical content: eponyms, drug names,
 * abbreviations and capitalised clinical words. A capitalised token in this list is never read
 * as a name on its own; only a title right before it ("Dr. Foley") or the record context can
 * make it one. Authored for placebo; lower case.
 */
const EPONYMS = `
cullen turner simpson schirmer brandt daroff nathanson petersen epley
addison addisonian alzheimer apgar babinski baker barrett bell bells brudzinski buerger burkitt
chagas charcot cheyne stokes chvostek colles cooley crohn crohns cushing cushingoid dandy walker
doppler down dressler dubin duchenne dupuytren ehlers danlos epstein barr ewing fallot foley fontan
friedreich gilbert glasgow goodpasture graves guillain barre hashimoto heberden hirschsprung hodgkin
hodgkins holter horner huntington kaposi kawasaki kernig korsakoff krukenberg kussmaul lyme mallory
weiss marfan meckel meniere murphy nissen osler paget parkinson parkinsons parkinsonian pott raynaud
reiter reye romberg schilling sjogren stevens johnson tay sachs tourette trendelenburg turner virchow
von willebrand wernicke whipple wilms wilson wolff white zollinger ellison hartmann roux whipples
swan ganz foleys pap mantoux tinel phalen homan homans mcburney rovsing psoas lachman mcmurray
finkelstein allen adson spurling hoffman hoffmann clonus bishop braden morse norton waterlow ranson
child pugh meld wells caprini apache glasgow rankin barthel karnofsky ecog gleason breslow clark
tanner nyha killip mallampati cormack lehane beck ballard dubowitz cobb salter harris weber garden
lisfranc bankart hill sachs monteggia galeazzi smith colles jones boxer bennett rolando maisonneuve
kocher pfannenstiel mcburney lanz davis gerota hartmann hassab sengstaken blakemore minnesota miller
macintosh yankauer hickman broviac groshong mediport picc penrose jackson pratt blake hemovac salem
dobhoff levin kangaroo bair hugger stryker hoyer kerlix kling coban tegaderm duoderm mepilex xeroform
aquacel allevyn curity jelonet adaptic vaseline betadine hibiclens chlorhexidine dakin dakins
ringer ringers lactated hartmann tyrode hank krebs luer lok leur braun baxter alaris pyxis omnicell
epic cerner meditech
ortolani barlow hoehn yahr
`;

/** Month, day and season names: also given names ("April", "June"), so a name only with context. */
const CALENDAR = `
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december spring summer autumn winter christmas easter
thanksgiving halloween hanukkah passover ramadan kwanzaa
sox yankees celtics bruins patriots mets jets giants knicks lakers dodgers cubs
`;

const DRUGS = `
acetaminophen tylenol ibuprofen motrin advil naproxen aleve aspirin asa ketorolac toradol celecoxib
celebrex morphine dilaudid hydromorphone oxycodone percocet oxycontin hydrocodone norco vicodin
fentanyl duragesic tramadol ultram codeine methadone buprenorphine suboxone naloxone narcan
gabapentin neurontin pregabalin lyrica lidocaine lidoderm heparin enoxaparin lovenox warfarin
coumadin apixaban eliquis rivaroxaban xarelto dabigatran pradaxa clopidogrel plavix ticagrelor
brilinta prasugrel effient alteplase tpa metoprolol lopressor toprol atenolol carvedilol coreg
labetalol propranolol lisinopril zestril enalapril captopril ramipril losartan cozaar valsartan
diovan amlodipine norvasc nifedipine diltiazem cardizem verapamil hydralazine clonidine catapres
furosemide lasix bumetanide bumex torsemide hydrochlorothiazide hctz chlorthalidone spironolactone
aldactone digoxin lanoxin amiodarone cordarone sotalol nitroglycerin nitro isosorbide imdur
atorvastatin lipitor simvastatin zocor rosuvastatin crestor pravastatin ezetimibe zetia insulin
glargine lantus levemir detemir lispro humalog aspart novolog humulin novolin regular nph metformin
glucophage glipizide glyburide glimepiride sitagliptin januvia empagliflozin jardiance dapagliflozin
farxiga liraglutide victoza semaglutide ozempic wegovy dulaglutide trulicity pioglitazone actos
levothyroxine synthroid prednisone prednisolone methylprednisolone solumedrol medrol dexamethasone
decadron hydrocortisone solucortef fludrocortisone albuterol proventil ventolin ipratropium atrovent
duoneb tiotropium spiriva fluticasone flovent advair budesonide symbicort montelukast singulair
omeprazole prilosec pantoprazole protonix esomeprazole nexium lansoprazole famotidine pepcid
ranitidine zantac sucralfate carafate ondansetron zofran metoclopramide reglan prochlorperazine
compazine promethazine phenergan docusate colace senna sennosides bisacodyl dulcolax polyethylene
miralax lactulose loperamide imodium simethicone magnesium milk mylanta maalox amoxicillin augmentin
ampicillin unasyn piperacillin tazobactam zosyn cefazolin ancef ceftriaxone rocephin cefepime maxipime
cephalexin keflex cefdinir cefuroxime vancomycin vanco linezolid zyvox daptomycin meropenem merrem
ertapenem invanz imipenem azithromycin zithromax zpak clarithromycin erythromycin doxycycline
minocycline ciprofloxacin cipro levofloxacin levaquin moxifloxacin metronidazole flagyl clindamycin
sulfamethoxazole trimethoprim bactrim nitrofurantoin macrobid gentamicin tobramycin amikacin
fluconazole diflucan micafungin voriconazole nystatin acyclovir valacyclovir valtrex oseltamivir
tamiflu remdesivir sertraline zoloft fluoxetine prozac citalopram celexa escitalopram lexapro
paroxetine paxil venlafaxine effexor duloxetine cymbalta bupropion wellbutrin mirtazapine remeron
trazodone amitriptyline nortriptyline quetiapine seroquel olanzapine zyprexa risperidone risperdal
haloperidol haldol aripiprazole abilify lithium lamotrigine lamictal levetiracetam keppra phenytoin
dilantin valproate depakote carbamazepine tegretol topiramate topamax lorazepam ativan alprazolam
xanax clonazepam klonopin diazepam valium midazolam versed zolpidem ambien melatonin diphenhydramine
benadryl hydroxyzine atarax vistaril cetirizine zyrtec loratadine claritin donepezil aricept
memantine namenda carbidopa levodopa sinemet ropinirole pramipexole tamsulosin flomax finasteride
oxybutynin potassium kcl klor con calcium vitamin thiamine folate folic cyanocobalamin ferrous
sulfate iron multivitamin zinc propofol diprivan ketamine etomidate succinylcholine rocuronium
vecuronium cisatracurium norepinephrine levophed epinephrine vasopressin phenylephrine dopamine
dobutamine milrinone esmolol nicardipine cardene clevidipine labetalol precedex dexmedetomidine
tpn ppn dextrose saline normal ns lr d5w sodium bicarbonate chloride phosphate sevelamer renvela
epoetin procrit aranesp filgrastim neupogen methotrexate humira adalimumab infliximab remicade
rituximab tacrolimus prograf mycophenolate cellcept cyclosporine allopurinol zyloprim colchicine
febuxostat sumatriptan imitrex baclofen cyclobenzaprine flexeril tizanidine methocarbamol robaxin
nicotine chantix varenicline naltrexone disulfiram acamprosate thiamine glucagon octreotide
pitocin oxytocin magnesium terbutaline betamethasone rhogam mmr dtap tdap pneumovax prevnar
shingrix fluzone
`;

const CLINICAL = `
nadir
neurosurg neurosurgery nsurg anesthesia anesthesiology anaesthesia cardiothoracic thoracic hepatology micro
microbiology interventional hospitalist intensivist rheumatology gastroenterology toxicology tox

aureus epidermidis pneumoniae aeruginosa coli diff difficile pylori faecalis faecium albicans glabrata auris
cloacae marcescens mirabilis baumannii maltophilia influenzae pyogenes agalactiae viridans fragilis perfringens
tuberculosis jirovecii fumigatus neoformans monocytogenes oxytoca freundii aerogenes catarrhalis lugdunensis

center centre ctr

aline a-line cordis quinton posey groshong mediport portacath dobhoff doboff bair impella portland
bivona shiley passy-muir pleurx jackson-pratt hemovac blakemore minnesota sengstaken ohio

patient pt pts pt's md do rn lpn np pa cna rt ot slp pcp er ed icu micu sicu ccu picu nicu or pacu
ob gyn obgyn ent gi gu cv cvs resp neuro psych ortho onc heme id renal cardiology nephrology
neurology oncology hematology pulmonology urology surgery medicine hospitalist attending resident
intern fellow nurse nursing charge doctor physician provider team service floor unit bed room
admission discharge transfer consult consulted follow followup history physical exam assessment
plan impression subjective objective vitals vital signs labs lab imaging ct mri xr cxr ekg ecg echo
tte tee us ultrasound abd abdomen chest heart lungs lung head neck extremities skin heent cta rrr
nad aaox3 aox3 perrla eomi wnl bs bm ua ucx bcx cbc bmp cmp lfts inr ptt pt/inr abg vbg bnp trop
troponin lactate hgb hct wbc plt na k cl co2 bun cr glu ca mg phos alb tbili alt ast alk
alkphos lipase amylase tsh a1c hba1c ldl hdl tg esr crp procal procalcitonin dx ddx hx pmh psh fh
sh ros hpi cc chf copd cad htn hld dm dm2 t2dm iddm ckd esrd aki uti pna cap hap vap dvt pe mi
nstemi stemi acs afib af aflutter svt vt vf cva tia sah sdh ich osa ards sirs sepsis gerd ibd ibs
bph oa ra sle hiv hcv hbv tb mrsa mssa vre cdiff c.diff esbl nkda nka npo prn bid tid qid qd qhs
qam qpm qod q4h q6h q8h q12h po iv im sq sc subq sl pr ng ngt peg ogt tpn ivf ivpb gtt drip bolus
ivp mcg mg gm kg ml cc units unit tab tabs cap caps amp vial neb nebs inh mdi spray patch supp
susp soln sol cream oint lotion drops gtts ophth otic nasal topical oral rectal vaginal dose doses
stat asap now daily weekly monthly hourly today tomorrow yesterday tonight morning evening night
afternoon overnight noon midnight am pm hrs hr min mins sec secs wk wks mo mos yr yrs yo y/o
mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms miss dr prof sr jr ii iii iv mx
alert oriented awake lethargic sedated intubated extubated stable unstable afebrile febrile
denies reports states complains tolerating tolerated ambulating ambulated voiding voided resting
sleeping eating drinking walking sitting lying standing transferred admitted discharged expired
improved improving worsening unchanged continue continued monitor monitored monitoring plan noted note notes see seen per via with without and or
the a an of in on at to for from by as is was were be been has had have having no not yes neg pos
positive negative normal abnormal mild moderate severe acute chronic left right bilateral lt rt
upper lower anterior posterior medial lateral proximal distal sinus rhythm regular irregular
tachycardia bradycardia tachy brady hypertension hypotension hypoxia hypoxemia dyspnea sob cp
pain nausea vomiting diarrhea constipation fever chills cough edema rash wound dressing incision
drain tube line central peripheral arterial venous foley catheter stent graft valve pacer
pacemaker icd lvad ecmo crrt cvvhd hd pd dialysis bipap cpap hfnc nc nrb vent ventilator trach
oxygen o2 sat sats spo2 fio2 peep tv rr bp hr temp tmax wt ht bmi gcs rass cam nihss pain scale
wong baker faces flacc
covid covid-19 sars influenza flu rsv strep staph pseudomonas klebsiella ecoli e.coli candida
aspergillus enterococcus proteus serratia acinetobacter clostridium difficile
medicare medicaid tricare aetna cigna humana anthem kaiser
endo dispo neuro heme onc psych pulm gen surg access events lines drains isolation cultures diet
allergies skin wound wocn pt/ot sbt tee tte ett tlc piv picc rass cpot ciwa jevity ensure nepro
glucerna osmolite vivonex promote pleurx wocn amio levo vaso dopa neo neosynephrine dex hep mag cal
fent prop lytes coags tele sono rehab derm vanc sats ext extrem abx lopressor levophed ceftaz
cefaz tylenol percocet ativan haldol seroquel sux roc precedex pressors pressor trach vent vented
tube feeds tf tfs fs riss ss coude condom cath caths peg j-tube g-tube ng og
`;

function words(block: string): string[] {
  return block.split(/\s+/).filter((w) => w.length > 0);
}

/** Clinical eponyms: never a name unless a title precedes or the record says so. */
export const EPONYM_WORDS: readonly string[] = words(EPONYMS);
/** Calendar words, context-only like eponyms. */
export const CALENDAR_WORDS: readonly string[] = words(CALENDAR);
/** Drug names (generic and brand). */
export const DRUG_WORDS: readonly string[] = words(DRUGS);
/** Clinical abbreviations and capitalised clinical words. */
export const CLINICAL_WORDS: readonly string[] = words(CLINICAL);
