CREATE TABLE "allergies" (
  "id" TEXT NOT NULL,
  "patient_id" BIGINT,
  "code" TEXT,
  "code_system" TEXT,
  "description" TEXT,
  "category" TEXT,
  "reaction" TEXT,
  "severity" TEXT,
  "recorded_date" DATE,
  PRIMARY KEY ("id"),
  FOREIGN KEY ("patient_id") REFERENCES "patients" ("id")
);
INSERT INTO "allergies" ("id", "patient_id", "code", "code_system", "description", "category", "reaction", "severity", "recorded_date") VALUES
('A3-1', 3, '70618', 'rxnorm', 'Penicillin', 'medication', 'Hives', 'mild', '2014-02-07');
