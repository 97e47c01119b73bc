-- Intake gaps (issue 11): the age band as a fixed set (for insight and for intakes that only
-- know roughly how old the young person is), and the consent re-check when the young person
-- turns 16 and 18.

-- age_band was free text nobody filled in; from now on one of TOT_12, J12_15, J16_17, J18_23.
UPDATE case_file SET age_band = NULL
WHERE age_band IS NOT NULL AND age_band NOT IN ('TOT_12', 'J12_15', 'J16_17', 'J18_23');
UPDATE case_file SET age_band = CASE
        WHEN age < 12 THEN 'TOT_12'
        WHEN age < 16 THEN 'J12_15'
        WHEN age < 18 THEN 'J16_17'
        WHEN age < 24 THEN 'J18_23'
        ELSE NULL END
WHERE age IS NOT NULL;

-- When consent is the basis, the proposing organisation re-checks it when the young person
-- turns 16 (consent passes from parent to young person) and 18. Kept to the month (the first
-- day of the month of that birthday), coarser than the encrypted date of birth, so the daily
-- reminder can find due cases without decrypting anything.
ALTER TABLE case_file ADD COLUMN consent_recheck_due DATE;
ALTER TABLE case_file ADD COLUMN consent_recheck_age INT;
CREATE INDEX ix_case_file_consent_recheck ON case_file (consent_recheck_due);

-- Waiting meedenkconsults per table (Overzicht counts them for the chair).
CREATE INDEX ix_consultation_table_answered ON consultation (care_table_id, answered_at);
