-- Veritag schema, version 2: what each sentence is (running text, a heading,
-- or a navigation line kept from a pasted page) and what the source says
-- about a document besides its text. Existing rows are sentences and carry
-- no metadata.
ALTER TABLE sentences ADD COLUMN kind TEXT NOT NULL DEFAULT 'sentence';
-- counted: sentences that count toward progress (all but navigation lines).
ALTER TABLE documents ADD COLUMN counted INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET counted = sentence_count;
ALTER TABLE documents ADD COLUMN byline TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN published TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN summary TEXT NOT NULL DEFAULT '';
