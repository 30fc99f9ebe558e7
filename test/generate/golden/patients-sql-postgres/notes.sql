CREATE TABLE "notes" (
  "id" TEXT NOT NULL,
  "patient_id" BIGINT,
  "encounter_id" TEXT,
  "note_date" TIMESTAMP,
  "type_code" TEXT,
  "type_display" TEXT,
  "author" TEXT,
  "text" TEXT,
  PRIMARY KEY ("id"),
  FOREIGN KEY ("patient_id") REFERENCES "patients" ("id"),
  FOREIGN KEY ("encounter_id") REFERENCES "encounters" ("id")
);
INSERT INTO "notes" ("id", "patient_id", "encounter_id", "note_date", "type_code", "type_display", "author", "text") VALUES
('N1-1', 1, 'E1-1', '2016-10-18', '11506-3', 'Progress note', 'ZZTEST-UPTON, EZRA', '   Meds reviewed: atorvastatin 80 mg oral once daily. Allergies: NKDA.
O: BP 130/77 mmHg, HR 80, RR 17, T 36.8 C, SpO2 98%, Ht 146.6 cm, Wt 61.5 kg, BMI 28.6
   Labs 10/18: Total cholesterol 228 mg/dL, LDL 156 mg/dL, HDL 76 mg/dL, Triglycerides 164 mg/dL, ALT 22 U/L, AST 33 U/L
A: hyperlipidemia (E78.5)
P: Lipids reviewed; 10-year ASCVD risk discussed. Continue statin. Start atorvastatin 80 mg oral once daily (RxNorm 259255).
   RTC in 2 weeks. Call (430) 555-0145 with results.'),
('N1-2', 1, 'E1-2', '2017-11-01', '11506-3', 'Progress note', 'ZZTEST-OKUNEVA, ADRIANA', 'OUTPATIENT PROGRESS NOTE
Patient: ZZTEST-Dickens, Belinda    MRN: TEST0000001    DOB: 10/21/1964

Chief complaint: hyperlipidemia (since 10/02).
HPI: Belinda is a 53 years old female presenting with hyperlipidemia; she reports onset Oct 2, 2016.
PMH: hyperlipidemia (E78.5)
Medications: atorvastatin 80 mg oral once daily
Allergies: NKA
Social: works at ZZTEST Jaskolski Corp. Lives in West Kamille.
Vitals: BP 116/74 mmHg, HR 77, RR 17, T 36.4 C, SpO2 98%, Ht 146.6 cm, Wt 59.4 kg, BMI 27.6
Exam: NAD. HEENT unremarkable. RRR, no JVD. Abdomen soft, non-tender; Murphy sign negative. No pedal edema.
Assessment/Plan: hyperlipidemia (E78.5). Lipids reviewed; 10-year ASCVD risk discussed. Continue statin.
New prescriptions: No medication changes.
Follow-up: as needed
Electronically signed 2017-11-01 08:41'),
('N1-3', 1, 'E1-3', '2018-02-11', '11506-3', 'Progress note', 'Darian ZZTEST-Lindgren', 'Clinic Progress Note
Name: Belinda ZZTEST-Dickens  |  MRN TEST0000001  |  DOB 1964-10-21  |  Visit Feb 11, 2018

Reason for visit: annual physical.
B.Z. is a 53-year-old female here for annual physical. Last seen Nov 1, 2017.
PMH: hyperlipidemia (E78.5)
Medications: atorvastatin 80 mg oral once daily
Allergies: NKA
Vitals: BP 110/72 mmHg, HR 79, RR 14, T 36.7 C, SpO2 99%, Ht 146.6 cm, Wt 60.4 kg, BMI 28.1
Exam: Well appearing. CN II-XII intact, Romberg negative, gait normal. Skin without rash.
Labs: WBC 6.6 10*3/uL, Hgb 13.7 g/dL, Hct 36.4 %, Plt 283 10*3/uL
Assessment/Plan: annual physical (Z00.00). Preventive care up to date. Encouraged 150 minutes/week of moderate exercise.
Follow-up: in 4-6 weeks
Electronically signed 11-Feb-2018 15:14'),
('N1-4', 1, 'E1-3', '2018-02-15', '34748-4', 'Telephone encounter note', 'ZZTEST-ROWE, DAX', 'Phone call - 02/15/2018 3:14 PM
Belinda called the clinic from (985) 555-0142 asking about annual physical.
Identity verified with name and DOB 10/21/64.
Current meds: atorvastatin 80 MG Oral Tablet, 80 mg once daily
Preventive care up to date. Encouraged 150 minutes/week of moderate exercise.'),
('N1-5', 1, 'E1-4', '2019-07-07', '11506-3', 'Progress note', 'Jade ZZTEST-Wilderman', 'S: ZZTEST-Dickens, Belinda (54 yo) comes in for preventive care visit. Seen last on 2/11. Denies chest pain or shortness of breath.
   Meds reviewed: atorvastatin 80 mg oral once daily. Allergies: NKA.
O: BP 122/76 mmHg, HR 65, RR 13, T 36.7 C, SpO2 99%, Ht 146.6 cm, Wt 60.2 kg, BMI 28.0
   Labs 7/7: Total cholesterol 268 mg/dL, LDL 195 mg/dL, HDL 61 mg/dL, Triglycerides 305 mg/dL
A: hyperlipidemia (E78.5)
P: Screening labs ordered. Discussed colonoscopy and immunization schedule. No medication changes.
   RTC in 4-6 weeks. Call (430) 555-0145 with results.'),
('N1-6', 1, 'E1-5', '2021-01-04', '11506-3', 'Progress note', 'ZZTEST-RUNOLFSSON, NEWTON', 'Clinic Progress Note
Pt: Belinda ZZTEST-Dickens (MRN: TEST0000001), seen 01/04/2021 at 13:00
Address on file: 3129 Gabrielle Mission, Suite 770, West Kamille, DE 00065. Home phone (985) 555-0142.

Reason for visit: hyperlipidemia.
Ms. ZZTEST-Dickens, 56yo, returns for hyperlipidemia.
PMH: hyperlipidemia (E78.5)
Medications: atorvastatin 80 mg oral once daily
Allergies: NKA
Vitals: BP 120/75 mmHg, HR 71, RR 16, T 37.1 C, SpO2 97%, Ht 146.6 cm, Wt 61.0 kg, BMI 28.4
Exam: NAD. HEENT unremarkable. RRR, no JVD. Abdomen soft, non-tender; Murphy sign negative. No pedal edema.
Assessment/Plan: hyperlipidemia (E78.5). Lipids reviewed; 10-year ASCVD risk discussed. Continue statin.
New prescriptions: No medication changes.
Follow-up: in 3 months'),
('N1-7', 1, 'E1-6', '2021-01-14', '11506-3', 'Progress note', 'Micheal ZZTEST-White', 'OUTPATIENT PROGRESS NOTE
Patient: ZZTEST-Dickens, Belinda    MRN: TEST0000001    DOB: October 21, 1964
Insurance member ID ZZTEST7677885; SSN on file 666-15-2945.

Reason for visit: preventive care visit.
B.Z. is a 56-year-old female here for preventive care visit. Last seen 1/4/2021.
PMH: hyperlipidemia (E78.5)
Medications: atorvastatin 80 MG Oral Tablet, 80 mg once daily
Allergies: NKDA
Vitals: BP 115/77 mmHg, HR 80, RR 17, T 36.5 C, SpO2 100%, Ht 146.6 cm, Wt 62.1 kg, BMI 28.9
Exam: Well appearing. CN II-XII intact, Romberg negative, gait normal. Skin without rash.
Labs: WBC 9.1 10*3/uL, Hgb 14.4 g/dL, Hct 38.6 %, Plt 349 10*3/uL
Assessment/Plan: preventive care visit (Z00.00). Screening labs ordered. Discussed colonoscopy and immunization schedule.
Follow-up: as needed'),
('N1-8', 1, 'E1-6', '2021-01-19', '34748-4', 'Telephone encounter note', 'Bryana ZZTEST-Little', 'Phone call - January 19, 2021 10:38 AM
Spoke with her sibling ZZTEST-GORCZANY, NONA ((352) 555-0145) about Belinda''s preventive care visit.
Identity verified with name and DOB 10/21/1964.
Current meds: atorvastatin 80 mg oral once daily
Screening labs ordered. Discussed colonoscopy and immunization schedule.
Will send a portal message to zztest.oepl69 and email faehilpert@example.com.'),
('N1-9', 1, 'E1-7', '2021-07-17', '11506-3', 'Progress note', 'Carole ZZTEST-Ward', 'OUTPATIENT PROGRESS NOTE
Name: Belinda ZZTEST-Dickens  |  MRN TEST0000001  |  DOB October 21, 1964  |  Visit 7/17/2021

Chief complaint: acute sinusitis (since 7/15).
B.Z. is a 56-year-old female here for acute sinusitis. Last seen 01/14/2021.
PMH: hyperlipidemia (E78.5); acute sinusitis (J01.90)
Medications: atorvastatin 80 MG Oral Tablet, 80 mg once daily
Allergies: NKA
Social: works at ZZTEST Jaskolski Corp. Lives in West Kamille.
Vitals: BP 115/70 mmHg, HR 79, RR 15, T 37.1 C, SpO2 98%, Ht 146.6 cm, Wt 60.2 kg, BMI 28.0
Exam: Well appearing. CN II-XII intact, Romberg negative, gait normal. Skin without rash.
Assessment/Plan: acute sinusitis (J01.90). Symptoms under 10 days, likely viral. Saline irrigation; antibiotics if worsening.
Follow-up: in 1 year'),
('N1-10', 1, 'E1-8', '2022-01-10', '11506-3', 'Progress note', 'Dejon ZZTEST-Boyer', 'S: Mrs. ZZTEST-Dickens (57 y/o) comes in for annual wellness visit. Seen last on 7/17. Denies chest pain or shortness of breath.
   Meds reviewed: atorvastatin 80 mg oral once daily. Allergies: No known drug allergies.
O: BP 126/73 mmHg, HR 74, RR 16, T 36.9 C, SpO2 95%, Ht 146.6 cm, Wt 59.8 kg, BMI 27.8
A: hyperlipidemia (E78.5)
P: Screening labs ordered. Discussed colonoscopy and immunization schedule. No medication changes.
   RTC in 1 year. Call (430) 555-0145 with results.'),
('N1-11', 1, 'E1-9', '2022-06-05', '11506-3', 'Progress note', 'ZZTEST-REINGER, CAROLANNE', 'OUTPATIENT PROGRESS NOTE
Pt: Belinda ZZTEST-Dickens (MRN: TEST0000001), seen 06/05/2022 at 12:54

Reason for visit: hyperlipidemia.
B.Z. is a 57-year-old female here for hyperlipidemia. Last seen January 10, 2022.
PMH: hyperlipidemia (E78.5)
Medications: atorvastatin 80 mg oral once daily
Allergies: NKA
Vitals: BP 114/76 mmHg, HR 72, RR 15, T 36.8 C, SpO2 98%, Ht 146.6 cm, Wt 57.4 kg, BMI 26.7
Exam: Well appearing. CN II-XII intact, Romberg negative, gait normal. Skin without rash.
Labs: Total cholesterol 236 mg/dL, LDL 150 mg/dL, HDL 64 mg/dL, Triglycerides 301 mg/dL, ALT 8 U/L, AST 19 U/L
Assessment/Plan: hyperlipidemia (E78.5). Repeat fasting lipid panel and ALT in 6-12 weeks.
New prescriptions: No medication changes.
Portal: message sent to zztest.oepl69 with visit summary; patient email faehilpert@example.com.
Follow-up: in 6 months'),
('N1-12', 1, 'E1-10', '2023-02-26', '11506-3', 'Progress note', 'Lenore ZZTEST-Koepp', 'S: Belinda (58yo) comes in for urinary tract infection. Seen last on 6/5. Denies chest pain or shortness of breath.
   Meds reviewed: atorvastatin 80 mg oral once daily; cefuroxime 250 mg oral twice daily. Allergies: NKDA.
O: BP 136/75 mmHg, HR 64, RR 15, T 37.2 C, SpO2 100%, Ht 146.6 cm, Wt 59.8 kg, BMI 27.8
A: hyperlipidemia (E78.5); urinary tract infection (N39.0)
P: Urinalysis positive for leukocyte esterase and nitrites; urine culture sent. Start cefuroxime 250 mg oral twice daily x 9 days (RxNorm 309097).
   RTC in 3 months. Call (430) 555-0145 with results.'),
('N1-13', 1, 'E1-11', '2023-05-09', '11506-3', 'Progress note', 'Tyrell ZZTEST-Windler', 'S: Ms. ZZTEST-Dickens (58 yr old) comes in for hyperlipidemia. Seen last on 2/26. Denies chest pain or shortness of breath.
   Meds reviewed: atorvastatin 80 mg oral once daily. Allergies: NKA.
O: BP 124/72 mmHg, HR 63, RR 18, T 36.6 C, SpO2 98%, Ht 146.6 cm, Wt 61.2 kg, BMI 28.5
   Labs 5/9: Total cholesterol 230 mg/dL, LDL 169 mg/dL, HDL 72 mg/dL, Triglycerides 181 mg/dL, ALT 27 U/L, AST 10 U/L
A: hyperlipidemia (E78.5)
P: Repeat fasting lipid panel and ALT in 6-12 weeks. No medication changes.
   RTC in 3 months. Call (430) 555-0145 with results.'),
('N1-14', 1, 'E1-12', '2023-07-04', '11506-3', 'Progress note', 'ZZTEST-STARK, LUCIA', 'Clinic Progress Note
Patient: ZZTEST-Dickens, Belinda    MRN: TEST0000001    DOB: 10/21/1964

Reason for visit: annual physical.
B.Z. is a 58-year-old female here for annual physical. Last seen 05/09/2023.
PMH: hyperlipidemia (E78.5)
Medications: atorvastatin 80 mg oral once daily
Allergies: NKA
Vitals: BP 124/68 mmHg, HR 74, RR 16, T 36.8 C, SpO2 97%, Ht 146.6 cm, Wt 59.9 kg, BMI 27.9
Exam: Well appearing. CN II-XII intact, Romberg negative, gait normal. Skin without rash.
Assessment/Plan: annual physical (Z00.00). Age-appropriate cancer screening reviewed. Influenza vaccine offered. Continue current medications.
New prescriptions: No medication changes.
Follow-up: in 1 month'),
('N1-15', 1, 'E1-13', '2024-04-04', '11506-3', 'Progress note', 'ZZTEST-EFFERTZ, FORREST', 'S: Ms. ZZTEST-Dickens (59 yo) comes in for routine physical examination. Seen last on 7/4. Denies chest pain or shortness of breath.
   Meds reviewed: atorvastatin 80 mg oral once daily. Allergies: NKDA.
O: BP 119/66 mmHg, HR 68, RR 15, T 36.8 C, SpO2 99%, Ht 146.6 cm, Wt 60.5 kg, BMI 28.2
   Labs 04/04: Glucose 78 mg/dL, BUN 19 mg/dL, Creatinine 0.86 mg/dL, Na 138 mmol/L, K 4.7 mmol/L, Cl 102 mmol/L, CO2 23 mmol/L, Ca 9.0 mg/dL, WBC 6.6 10*3/uL, Hgb 14.1 g/dL, Hct 42.6 %, Plt 283 10*3/uL
A: hyperlipidemia (E78.5)
P: Preventive care up to date. Encouraged 150 minutes/week of moderate exercise. No medication changes.
   RTC in 1 year. Call (430) 555-0145 with results.'),
('N1-16', 1, 'E1-13', '2024-04-09', '34748-4', 'Telephone encounter note', 'Watson ZZTEST-Bins', 'Phone call - April 9, 2024 12:07
Belinda called the clinic from (985) 555-0142 asking about routine physical examination.
Identity verified with name and DOB 21-Oct-1964.
Current meds: atorvastatin 80 MG Oral Tablet, 80 mg once daily
Age-appropriate cancer screening reviewed. Influenza vaccine offered. Continue current medications.'),
('N1-17', 1, 'E1-14', '2025-12-13', '11506-3', 'Progress note', 'ZZTEST-DAUGHERTY, KALEB', 'S: Belinda ZZTEST-Dickens (61 yo) comes in for routine physical examination. Seen last on 4/4. Denies chest pain or shortness of breath.
   Meds reviewed: atorvastatin 80 MG Oral Tablet, 80 mg once daily. Allergies: No known drug allergies.
O: BP 124/83 mmHg, HR 74, RR 15, T 37.0 C, SpO2 97%, Ht 146.6 cm, Wt 59.0 kg, BMI 27.5
A: hyperlipidemia (E78.5)
P: Screening labs ordered. Discussed colonoscopy and immunization schedule. No medication changes.
   RTC in 1 year. Call (430) 555-0145 with results.'),
('N1-18', 1, 'E1-14', '2025-12-15', '34748-4', 'Telephone encounter note', 'Carmel ZZTEST-Rosenbaum', 'TELEPHONE NOTE 2025-12-15
Belinda called the clinic from (985) 555-0142 asking about routine physical examination.
Identity verified with name and DOB 10/21/1964.
Current meds: atorvastatin 80 mg oral once daily
Age-appropriate cancer screening reviewed. Influenza vaccine offered. Continue current medications.'),
('N2-1', 2, 'E2-1', '2017-09-21', '11506-3', 'Progress note', 'ZZTEST-LEDNER, OTTILIE', 'PROGRESS NOTE - 2017-09-21
Pt: Coy ZZTEST-Daugherty (MRN: TEST0000002), seen 9/21/2017 at 8:22 AM

CC: acute bronchitis.
HPI: Coy is a 69yo female presenting with acute bronchitis; she reports onset September 21, 2017.
PMH: acute bronchitis (J20.9); obesity (E66.9); type 2 diabetes mellitus (E11.9); osteoarthritis (M19.90)
Medications: acetaminophen 650 mg oral every 6 hours as needed; metformin 500 mg oral twice daily with meals; acetaminophen 650 mg oral every 6 hours as needed
Allergies: No known drug allergies
Vitals: BP 137/74 mmHg, HR 70, RR 18, T 37.3 C, SpO2 98%, Ht 171.4 cm, Wt 106.7 kg, BMI 36.3
Exam: NAD. HEENT unremarkable. RRR, no JVD. Abdomen soft, non-tender; Murphy sign negative. No pedal edema.
Assessment/Plan: acute bronchitis (J20.9). Likely viral bronchitis; antibiotics not indicated. Supportive care, return if dyspnea.
New prescriptions: Start acetaminophen 650 mg oral every 6 hours as needed x 4 days (RxNorm 313782). Start metformin 500 mg oral twice daily with meals (RxNorm 861007). Start acetaminophen 650 mg oral every 6 hours as needed (RxNorm 313782).
Emergency contact: child Roxane ZZTEST-Sawayn, (534) 555-0119.
Follow-up: in 1 year'),
('N2-2', 2, 'E2-2', '2017-10-31', '11506-3', 'Progress note', 'ZZTEST-RYAN, HELLEN', 'Clinic Progress Note
Pt: Coy ZZTEST-Daugherty (MRN: TEST0000002), seen 31-Oct-2017 at 14:02
Address on file: 4833 Blake Isle, Suite 850, Sydneycester, CO 00055. Home phone (272) 555-0180.
Insurance member ID ZZTEST8313164; SSN on file 666-43-2432.

Reason for visit: annual wellness visit.
C.Z. is a 69-year-old female here for annual wellness visit. Last seen Sep 21, 2017.
PMH: obesity (E66.9); type 2 diabetes mellitus (E11.9); osteoarthritis (M19.90)
Medications: metformin 500 mg oral twice daily with meals; acetaminophen 650 mg oral every 6 hours as needed
Allergies: NKDA
Vitals: BP 123/73 mmHg, HR 63, RR 14, T 36.9 C, SpO2 96%, Ht 171.4 cm, Wt 105.9 kg, BMI 36.0
Exam: NAD. HEENT unremarkable. RRR, no JVD. Abdomen soft, non-tender; Murphy sign negative. No pedal edema.
Labs: WBC 6.9 10*3/uL, Hgb 14.7 g/dL, Hct 43.1 %, Plt 233 10*3/uL
Assessment/Plan: annual wellness visit (Z00.00). Age-appropriate cancer screening reviewed. Influenza vaccine offered. Continue current medications.
Follow-up: in 2 weeks
Electronically signed 2017-10-31 14:02'),
('N2-3', 2, 'E2-3', '2019-02-17', '11506-3', 'Progress note', 'Marge ZZTEST-Mayer', 'S: Coy (70yo) comes in for annual wellness visit. Seen last on 10/31. Denies chest pain or shortness of breath.
   Meds reviewed: metformin 500 mg oral twice daily with meals; acetaminophen 650 mg oral every 6 hours as needed. Allergies: NKA.
O: BP 124/75 mmHg, HR 73, RR 15, T 37.0 C, SpO2 99%, Ht 171.3 cm, Wt 105.9 kg, BMI 36.1
   Labs 2/17: WBC 8.0 10*3/uL, Hgb 13.4 g/dL, Hct 38.8 %, Plt 296 10*3/uL
A: obesity (E66.9); type 2 diabetes mellitus (E11.9); osteoarthritis (M19.90)
P: Age-appropriate cancer screening reviewed. Influenza vaccine offered. Continue current medications. No medication changes.
   RTC in 3 months. Call (940) 555-0118 with results.'),
('N2-4', 2, 'E2-4', '2020-09-03', '11506-3', 'Progress note', 'Nicole ZZTEST-Skiles', 'PROGRESS NOTE - 9/3/20
Name: Coy ZZTEST-Daugherty  |  MRN TEST0000002  |  DOB 4/16/1948  |  Visit 09/03/2020
Address on file: 4833 Blake Isle, Suite 850, Sydneycester, CO 00055. Home phone (272) 555-0180.
Insurance member ID ZZTEST8313164; SSN on file 666-43-2432.

Chief complaint: acute bronchitis (since 9/2).
Ms. ZZTEST-Daugherty, 72 y/o, returns for acute bronchitis.
PMH: obesity (E66.9); type 2 diabetes mellitus (E11.9); osteoarthritis (M19.90); acute bronchitis (J20.9)
Medications: metformin 500 mg oral twice daily with meals; acetaminophen 325 MG Oral Tablet, 650 mg every 6 hours as needed; acetaminophen 325 MG Oral Tablet, 650 mg every 6 hours as needed
Allergies: No known drug allergies
Vitals: BP 118/76 mmHg, HR 96, RR 16, T 37.6 C, SpO2 98%, Ht 171.1 cm, Wt 107.4 kg, BMI 36.7
Exam: Alert, oriented. Lungs clear to auscultation. Heart regular rate and rhythm, no murmur. Babinski negative bilaterally.
Assessment/Plan: acute bronchitis (J20.9). Likely viral bronchitis; antibiotics not indicated. Supportive care, return if dyspnea.
New prescriptions: Start acetaminophen 650 mg oral every 6 hours as needed x 4 days (RxNorm 313782).
Portal: message sent to zztest.nrcv11 with visit summary; patient email jermey_koch@example.org.
Follow-up: in 4-6 weeks'),
('N2-5', 2, 'E2-5', '2021-03-15', '11506-3', 'Progress note', 'Dasia ZZTEST-Robel', 'S: Coy ZZTEST-Daugherty (72 yr old) comes in for routine physical examination. Seen last on 9/3. Denies chest pain or shortness of breath.
   Meds reviewed: metformin 500 mg oral twice daily with meals; acetaminophen 325 MG Oral Tablet, 650 mg every 6 hours as needed. Allergies: No known drug allergies.
O: BP 127/70 mmHg, HR 60, RR 19, T 36.4 C, SpO2 98%, Ht 171.0 cm, Wt 105.7 kg, BMI 36.1
A: obesity (E66.9); type 2 diabetes mellitus (E11.9); osteoarthritis (M19.90)
P: Screening labs ordered. Discussed colonoscopy and immunization schedule. No medication changes.
   RTC in 4-6 weeks. Call (940) 555-0118 with results.'),
('N2-6', 2, 'E2-6', '2023-01-07', '11506-3', 'Progress note', 'Rochelle ZZTEST-Mayert', 'S: Mrs. ZZTEST-Daugherty (74 yo) comes in for routine physical examination. Seen last on 3/15. Denies chest pain or shortness of breath.
   Meds reviewed: metformin 500 mg oral twice daily with meals; acetaminophen 650 mg oral every 6 hours as needed. Allergies: No known drug allergies.
O: BP 131/74 mmHg, HR 65, RR 15, T 36.7 C, SpO2 98%, Ht 170.7 cm, Wt 104.6 kg, BMI 35.9
   Labs 01/07: Total cholesterol 140 mg/dL, LDL 97 mg/dL, HDL 76 mg/dL, Triglycerides 71 mg/dL
A: obesity (E66.9); type 2 diabetes mellitus (E11.9); osteoarthritis (M19.90)
P: Age-appropriate cancer screening reviewed. Influenza vaccine offered. Continue current medications. No medication changes.
   RTC in 2 weeks. Call (940) 555-0118 with results.'),
('N2-7', 2, 'E2-7', '2024-03-12', '11506-3', 'Progress note', 'Tillman ZZTEST-Rippin', 'Clinic Progress Note
Patient: ZZTEST-Daugherty, Coy    MRN: TEST0000002    DOB: 04/16/1948

Reason for visit: annual physical.
C.Z. is a 75-year-old female here for annual physical. Last seen Jan 7, 2023.
PMH: obesity (E66.9); type 2 diabetes mellitus (E11.9); osteoarthritis (M19.90)
Medications: metformin 500 mg oral twice daily with meals; acetaminophen 650 mg oral every 6 hours as needed
Allergies: No known drug allergies
Vitals: BP 130/70 mmHg, HR 83, RR 18, T 37.0 C, SpO2 98%, Ht 170.5 cm, Wt 105.7 kg, BMI 36.4
Exam: NAD. HEENT unremarkable. RRR, no JVD. Abdomen soft, non-tender; Murphy sign negative. No pedal edema.
Labs: Glucose 174 mg/dL, BUN 16 mg/dL, Creatinine 0.82 mg/dL, Na 140 mmol/L, K 4.4 mmol/L, Cl 100 mmol/L, CO2 26 mmol/L, Ca 9.9 mg/dL
Assessment/Plan: annual physical (Z00.00). Preventive care up to date. Encouraged 150 minutes/week of moderate exercise.
New prescriptions: No medication changes.
Follow-up: in 3 months'),
('N2-8', 2, 'E2-7', '2024-03-19', '34748-4', 'Telephone encounter note', 'ZZTEST-WARD, ISAIAS', 'TELEPHONE NOTE March 19, 2024
Spoke with her child Roxane ZZTEST-Sawayn ((534) 555-0119) about Coy''s annual physical.
Identity verified with name and DOB 16-Apr-1948.
Current meds: metformin 500 mg oral twice daily with meals; acetaminophen 650 mg oral every 6 hours as needed
Preventive care up to date. Encouraged 150 minutes/week of moderate exercise.'),
('N2-9', 2, 'E2-8', '2025-10-10', '11506-3', 'Progress note', 'Zora ZZTEST-Kiehn', 'OUTPATIENT PROGRESS NOTE
Patient: ZZTEST-Daugherty, Coy    MRN: TEST0000002    DOB: April 16, 1948
Insurance member ID ZZTEST8313164; SSN on file 666-43-2432.

Reason for visit: routine physical examination.
C.Z. is a 77-year-old female here for routine physical examination. Last seen 12-Mar-2024.
PMH: obesity (E66.9); type 2 diabetes mellitus (E11.9); osteoarthritis (M19.90)
Medications: metformin hydrochloride 500 MG Oral Tablet, 500 mg twice daily with meals; acetaminophen 650 mg oral every 6 hours as needed
Allergies: NKA
Vitals: BP 115/64 mmHg, HR 58, RR 18, T 36.8 C, SpO2 99%, Ht 170.3 cm, Wt 103.6 kg, BMI 35.7
Exam: Well appearing. CN II-XII intact, Romberg negative, gait normal. Skin without rash.
Labs: WBC 8.1 10*3/uL, Hgb 13.9 g/dL, Hct 43.3 %, Plt 180 10*3/uL
Assessment/Plan: routine physical examination (Z00.00). Screening labs ordered. Discussed colonoscopy and immunization schedule.
New prescriptions: No medication changes.
Follow-up: as needed'),
('N3-1', 3, 'E3-1', '2014-02-07', '11506-3', 'Progress note', 'Thalia ZZTEST-Rice', 'PROGRESS NOTE - February 7, 2014
Name: Ignatius ZZTEST-Kunde  |  MRN TEST0000003  |  DOB 03/17/1969  |  Visit Feb 7, 2014

Chief complaint: acute bronchitis (since 2/3).
Ms. ZZTEST-Kunde, 44 yr old, returns for acute bronchitis.
PMH: acute bronchitis (J20.9); obesity (E66.9)
Medications: acetaminophen 650 mg oral every 6 hours as needed
Allergies: Penicillin (hives, mild)
Vitals: BP 121/74 mmHg, HR 79, RR 14, T 37.4 C, SpO2 97%, Ht 159.6 cm, Wt 96.3 kg, BMI 37.8
Exam: NAD. HEENT unremarkable. RRR, no JVD. Abdomen soft, non-tender; Murphy sign negative. No pedal edema.
Assessment/Plan: acute bronchitis (J20.9). Likely viral bronchitis; antibiotics not indicated. Supportive care, return if dyspnea.
New prescriptions: Start acetaminophen 650 mg oral every 6 hours as needed x 10 days (RxNorm 313782).
Portal: message sent to zztest.fwlp31 with visit summary; patient email eleazar_bernhard@example.org.
Emergency contact: child ZZTEST-STANTON, HALLE, (608) 555-0156.
Follow-up: in 3 months'),
('N3-2', 3, 'E3-2', '2014-10-22', '11506-3', 'Progress note', 'Zechariah ZZTEST-Hackett', 'S: Ignatius ZZTEST-Kunde (45 years old) comes in for routine physical examination. Seen last on 2/7. Denies chest pain or shortness of breath.
   Meds reviewed: no current medications. Allergies: Penicillin (hives, mild).
O: BP 128/75 mmHg, HR 79, RR 14, T 36.7 C, SpO2 97%, Ht 159.6 cm, Wt 98.3 kg, BMI 38.6
   Labs 10/22: Total cholesterol 160 mg/dL, LDL 97 mg/dL, HDL 59 mg/dL, Triglycerides 111 mg/dL
A: obesity (E66.9)
P: Preventive care up to date. Encouraged 150 minutes/week of moderate exercise. No medication changes.
   RTC in 6 months. Call (563) 555-0168 with results.'),
('N3-3', 3, 'E3-3', '2016-08-27', '11506-3', 'Progress note', 'Carley ZZTEST-Simonis', 'OUTPATIENT PROGRESS NOTE
Pt: Ignatius ZZTEST-Kunde (MRN: TEST0000003), seen 8/27/16 at 9:32 AM

Reason for visit: annual wellness visit.
I.Z. is a 47-year-old female here for annual wellness visit. Last seen October 22, 2014.
PMH: obesity (E66.9)
Medications: None reported
Allergies: Penicillin (hives, mild)
Vitals: BP 123/78 mmHg, HR 80, RR 17, T 36.9 C, SpO2 98%, Ht 159.6 cm, Wt 95.6 kg, BMI 37.5
Exam: NAD. HEENT unremarkable. RRR, no JVD. Abdomen soft, non-tender; Murphy sign negative. No pedal edema.
Assessment/Plan: annual wellness visit (Z00.00). Age-appropriate cancer screening reviewed. Influenza vaccine offered. Continue current medications.
New prescriptions: No medication changes.
Follow-up: in 1 month'),
('N3-4', 3, 'E3-4', '2017-05-22', '11506-3', 'Progress note', 'Nestor ZZTEST-Quitzon', 'Clinic Progress Note
Name: Ignatius ZZTEST-Kunde  |  MRN TEST0000003  |  DOB 3/17/69  |  Visit 5/22/2017

Reason for visit: acute bronchitis.
HPI: Ms. ZZTEST-Kunde is a 48-year-old female seen today for acute bronchitis. Symptoms began on the 20th.
PMH: obesity (E66.9); acute bronchitis (J20.9)
Medications: none
Allergies: Penicillin (hives, mild)
Social: works at ZZTEST Nikolaus Services. Lives in New Minnie.
Vitals: BP 119/76 mmHg, HR 82, RR 14, T 37.2 C, SpO2 97%, Ht 159.6 cm, Wt 98.6 kg, BMI 38.7
Exam: NAD. HEENT unremarkable. RRR, no JVD. Abdomen soft, non-tender; Murphy sign negative. No pedal edema.
Assessment/Plan: acute bronchitis (J20.9). Likely viral bronchitis; antibiotics not indicated. Supportive care, return if dyspnea.
New prescriptions: No medication changes.
Portal: message sent to zztest.fwlp31 with visit summary; patient email eleazar_bernhard@example.org.
Emergency contact: child ZZTEST-STANTON, HALLE, (608) 555-0156.
Follow-up: as needed
Electronically signed 22-May-2017 08:08'),
('N3-5', 3, 'E3-5', '2018-04-04', '11506-3', 'Progress note', 'Lelia ZZTEST-Kerluke', 'OUTPATIENT PROGRESS NOTE
Name: Ignatius ZZTEST-Kunde  |  MRN TEST0000003  |  DOB 3/17/69  |  Visit 4/4/2018

CC: preventive care visit.
I.Z. is a 49-year-old female here for preventive care visit. Last seen 2017-05-22.
PMH: obesity (E66.9)
Medications: none
Allergies: Penicillin (hives, mild)
Social: works at ZZTEST Nikolaus Services. Lives in New Minnie.
Vitals: BP 132/82 mmHg, HR 78, RR 15, T 36.8 C, SpO2 98%, Ht 159.6 cm, Wt 98.1 kg, BMI 38.5
Exam: Well appearing. CN II-XII intact, Romberg negative, gait normal. Skin without rash.
Assessment/Plan: preventive care visit (Z00.00). Age-appropriate cancer screening reviewed. Influenza vaccine offered. Continue current medications.
New prescriptions: No medication changes.
Follow-up: in 4-6 weeks
Electronically signed 4/4/2018 2:23 PM'),
('N3-6', 3, 'E3-6', '2019-09-07', '11506-3', 'Progress note', 'Hollis ZZTEST-Gerhold', 'Clinic Progress Note
Name: Ignatius ZZTEST-Kunde  |  MRN TEST0000003  |  DOB March 17, 1969  |  Visit 07-Sep-2019
Insurance member ID ZZTEST7322071; SSN on file 666-40-0919.

Reason for visit: preventive care visit.
I.Z. is a 50-year-old female here for preventive care visit. Last seen 04/04/2018.
PMH: obesity (E66.9)
Medications: no current medications
Allergies: Penicillin (hives, mild)
Social: works at ZZTEST Nikolaus Services. Lives in New Minnie.
Vitals: BP 127/75 mmHg, HR 92, RR 14, T 37.0 C, SpO2 99%, Ht 159.6 cm, Wt 96.7 kg, BMI 38.0
Exam: NAD. HEENT unremarkable. RRR, no JVD. Abdomen soft, non-tender; Murphy sign negative. No pedal edema.
Labs: Total cholesterol 164 mg/dL, LDL 90 mg/dL, HDL 63 mg/dL, Triglycerides 100 mg/dL
Assessment/Plan: preventive care visit (Z00.00). Screening labs ordered. Discussed colonoscopy and immunization schedule.
New prescriptions: No medication changes.
Follow-up: in 4-6 weeks');
