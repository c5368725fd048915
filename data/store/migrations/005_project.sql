-- Project preferences and roles (version 5). A setting holds for everyone
-- who uses this database; blind mode hides other annotators' labels, the
-- agreement view and suggestions while annotating. Owners and adjudicators
-- may switch it off; anyone may switch it on.
CREATE TABLE project_settings (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL
);

CREATE TABLE project_roles (
    annotator   TEXT PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('owner', 'adjudicator'))
);
