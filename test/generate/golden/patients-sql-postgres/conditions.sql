CREATE TABLE "conditions" (
  "id" TEXT NOT NULL,
  "patient_id" BIGINT,
  "encounter_id" TEXT,
  "icd10_code" TEXT,
  "snomed_code" TEXT,
  "description" TEXT,
  "onset_date" DATE,
  "abatement_date" DATE,
  PRIMARY KEY ("id"),
  FOREIGN KEY ("patient_id") REFERENCES "patients" ("id"),
  FOREIGN KEY ("encounter_id") REFERENCES "encounters" ("id")
);
INSERT INTO "conditions" ("id", "patient_id", "encounter_id", "icd10_code", "snomed_code", "description", "onset_date", "abatement_date") VALUES
('C1-1', 1, 'E1-1', 'E78.5', '55822004', 'Hyperlipidemia', '2016-10-02', NULL),
('C1-2', 1, 'E1-7', 'J01.90', '15805002', 'Acute sinusitis', '2021-07-15', '2021-07-25'),
('C1-3', 1, 'E1-10', 'N39.0', '68566005', 'Urinary tract infectious disease', '2023-02-24', '2023-03-02'),
('C2-1', 2, 'E2-1', 'J20.9', '10509002', 'Acute bronchitis', '2017-09-21', '2017-10-03'),
('C2-2', 2, 'E2-1', 'E66.9', '414916001', 'Obesity', '1981-02-18', NULL),
('C2-3', 2, 'E2-1', 'E11.9', '44054006', 'Diabetes mellitus type 2', '2015-08-16', NULL),
('C2-4', 2, 'E2-1', 'M19.90', '396275006', 'Osteoarthritis', '2015-06-09', NULL),
('C2-5', 2, 'E2-4', 'J20.9', '10509002', 'Acute bronchitis', '2020-09-02', '2020-09-22'),
('C3-1', 3, 'E3-1', 'J20.9', '10509002', 'Acute bronchitis', '2014-02-03', '2014-02-19'),
('C3-2', 3, 'E3-1', 'E66.9', '414916001', 'Obesity', '1987-02-04', NULL),
('C3-3', 3, 'E3-4', 'J20.9', '10509002', 'Acute bronchitis', '2017-05-20', '2017-06-09');
