-- Suggestions (version 3): an annotation accepted from the model's
-- suggestion is the annotator's own tag, and both its event and the
-- annotation say where it came from, so a team can measure automation bias.
ALTER TABLE events ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE annotations ADD COLUMN from_suggestion INTEGER NOT NULL DEFAULT 0;
