CREATE TABLE "medications" (
  "id" TEXT NOT NULL,
  "patient_id" BIGINT,
  "encounter_id" TEXT,
  "condition_id" TEXT,
  "order_number" TEXT,
  "rxnorm_code" TEXT,
  "description" TEXT,
  "dose" TEXT,
  "route" TEXT,
  "frequency" TEXT,
  "start_date" DATE,
  "end_date" DATE,
  "prescriber_npi" TEXT,
  "prescriber_dea" TEXT,
  PRIMARY KEY ("id"),
  FOREIGN KEY ("patient_id") REFERENCES "patients" ("id"),
  FOREIGN KEY ("encounter_id") REFERENCES "encounters" ("id"),
  FOREIGN KEY ("condition_id") REFERENCES "conditions" ("id")
);
INSERT INTO "medications" ("id", "patient_id", "encounter_id", "condition_id", "order_number", "rxnorm_code", "description", "dose", "route", "frequency", "start_date", "end_date", "prescriber_npi", "prescriber_dea") VALUES
('M1-1', 1, 'E1-1', 'C1-1', 'TEST5281698', '259255', 'atorvastatin 80 MG Oral Tablet', '80 mg', 'oral', 'once daily', '2016-10-18', NULL, '8836899731', 'FA0621409'),
('M1-2', 1, 'E1-10', 'C1-3', 'TEST1527239', '309097', 'cefuroxime 250 MG Oral Tablet', '250 mg', 'oral', 'twice daily', '2023-02-26', '2023-03-07', '9416332366', 'FP0240805'),
('M2-1', 2, 'E2-1', 'C2-1', 'TEST9843822', '313782', 'acetaminophen 325 MG Oral Tablet', '650 mg', 'oral', 'every 6 hours as needed', '2017-09-21', '2017-09-25', '8815988828', 'BK2876996'),
('M2-2', 2, 'E2-1', 'C2-3', 'TEST5329340', '861007', 'metformin hydrochloride 500 MG Oral Tablet', '500 mg', 'oral', 'twice daily with meals', '2017-09-21', NULL, '4689748257', 'FM2821670'),
('M2-3', 2, 'E2-1', 'C2-4', 'TEST2332449', '313782', 'acetaminophen 325 MG Oral Tablet', '650 mg', 'oral', 'every 6 hours as needed', '2017-09-21', NULL, '4530165636', 'MS5609897'),
('M2-4', 2, 'E2-4', 'C2-5', 'TEST5611741', '313782', 'acetaminophen 325 MG Oral Tablet', '650 mg', 'oral', 'every 6 hours as needed', '2020-09-03', '2020-09-07', '7793198475', 'MG5530015'),
('M3-1', 3, 'E3-1', 'C3-1', 'TEST2828505', '313782', 'acetaminophen 325 MG Oral Tablet', '650 mg', 'oral', 'every 6 hours as needed', '2014-02-07', '2014-02-17', '8075097708', 'MJ5046322');
