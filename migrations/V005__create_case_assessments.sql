-- Repeated risk assessments and route milestones of a case (product.md F-3).

CREATE TABLE risk_assessment (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_file_id           BIGINT       NOT NULL,
    instrument             VARCHAR(100) NOT NULL,
    assessed_on            DATE         NOT NULL,
    outcome                TEXT         NOT NULL,
    assessed_by            VARCHAR(200) NOT NULL,
    recorded_by_person_id  BIGINT       NOT NULL,
    version                INT          NOT NULL DEFAULT 0,
    created_at             DATETIME     NOT NULL,
    CONSTRAINT fk_risk_case FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT fk_risk_person FOREIGN KEY (recorded_by_person_id) REFERENCES person (id)
);
CREATE INDEX ix_risk_assessment_case ON risk_assessment (case_file_id, assessed_on);

-- Meldcode steps, reports to Veilig Thuis, police/AVIM and CoMensha, aangifte, missing-person
-- reports and the safety plan; variant holds e.g. "with consent" or "considered".
CREATE TABLE route_milestone (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_file_id           BIGINT        NOT NULL,
    milestone              VARCHAR(40)   NOT NULL,
    variant                VARCHAR(40),
    occurred_on            DATE          NOT NULL,
    by_organisation_id     BIGINT,
    note                   VARCHAR(1000),
    recorded_by_person_id  BIGINT        NOT NULL,
    version                INT           NOT NULL DEFAULT 0,
    created_at             DATETIME      NOT NULL,
    CONSTRAINT fk_milestone_case FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT fk_milestone_organisation FOREIGN KEY (by_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_milestone_person FOREIGN KEY (recorded_by_person_id) REFERENCES person (id)
);
CREATE INDEX ix_route_milestone_case ON route_milestone (case_file_id, occurred_on);
