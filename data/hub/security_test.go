package hub

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/veritag/veritag/data/model"
)

// securityHub is a hub with one document, bruno's annotation and carla's
// adjudication on its first sentence, and a member of every role.
type securityHub struct {
	testHub
	doc                      model.SyncDocument
	sentence                 string
	anna, bruno, carla, olga string // annotator, annotator, adjudicator, owner (member, not table owner)
	owner                    *pgx.Conn
}

func newSecurityHub(t *testing.T) *securityHub {
	t.Helper()
	ctx := context.Background()
	s := &securityHub{testHub: newTestHub(t)}
	s.anna = s.member(t, "anna", RoleAnnotator)
	s.bruno = s.member(t, "bruno", RoleAnnotator)
	s.carla = s.member(t, "carla", RoleAdjudicator)
	s.olga = s.member(t, "olga", RoleOwner)
	s.doc = testDocument("Il ministro ha parlato. Potrebbe piovere. Fine.")
	s.sentence = sentenceHashOf(s.doc.Hash, s.doc.Sentences[0])
	push := func(url string, anns []model.SyncAnnotation, adjs []model.SyncAdjudication) {
		h, err := Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer h.Close()
		if _, err := h.PushDocuments(ctx, []model.SyncDocument{s.doc}); err != nil {
			t.Fatal(err)
		}
		if _, err := h.PushChanges(ctx, anns, adjs); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	push(s.bruno, []model.SyncAnnotation{{SentenceHash: s.sentence, Annotator: "bruno", Label: "CLAIM", UpdatedAt: now}}, nil)
	push(s.carla, nil, []model.SyncAdjudication{{SentenceHash: s.sentence, Label: "CLAIM", Adjudicator: "carla", UpdatedAt: now}})
	return s
}

// snapshot is every row a member could try to change, as text.
func (s *securityHub) snapshot(t *testing.T) string {
	t.Helper()
	if s.owner == nil {
		s.owner = sqlConn(t, s.ownerURL())
	}
	var out string
	err := s.owner.QueryRow(context.Background(), `SELECT concat_ws(' | ',
		(SELECT string_agg(concat_ws(',', sentence_hash, annotator, label, confidence, note, updated_ns), ';' ORDER BY sentence_hash, annotator) FROM veritag.annotations),
		(SELECT string_agg(concat_ws(',', sentence_hash, label, adjudicator, updated_ns), ';') FROM veritag.adjudications),
		(SELECT string_agg(concat_ws(',', name, key, color, description), ';' ORDER BY name) FROM veritag.labels),
		(SELECT string_agg(hash || created_by, ';') FROM veritag.documents),
		(SELECT count(*) FROM veritag.sentences),
		(SELECT count(*) || '/' || max(seq) FROM veritag.changes),
		(SELECT count(*) FROM pg_tables WHERE schemaname = 'veritag'))`).Scan(&out)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// refused runs each statement as the member of url, in its own
// transaction, and requires that the hub refuses it or changes nothing.
func (s *securityHub) refused(t *testing.T, who, url string, stmts ...string) {
	t.Helper()
	ctx := context.Background()
	conn := sqlConn(t, url)
	for _, stmt := range stmts {
		before := s.snapshot(t)
		tag, err := conn.Exec(ctx, stmt)
		if err == nil && tag.RowsAffected() != 0 {
			t.Errorf("%s: %s\n  was allowed (%s)", who, stmt, tag)
		}
		if after := s.snapshot(t); after != before {
			t.Errorf("%s: %s\n  changed the hub:\n  before %s\n  after  %s", who, stmt, before, after)
		}
	}
}

// TestAnnotatorIsRefusedEveryWriteOutsideTheirOwnAnnotations connects as
// the annotator anna with plain SQL and tries everything the hub forbids.
func TestAnnotatorIsRefusedEveryWriteOutsideTheirOwnAnnotations(t *testing.T) {
	s := newSecurityHub(t)
	sh, dh := s.sentence, s.doc.Hash
	s.refused(t, "annotator", s.anna,
		// someone else's annotations
		"INSERT INTO veritag.annotations VALUES ('"+sh+"', 'bruno', 'FACT', 0, '', 9e18)",
		"INSERT INTO veritag.annotations VALUES ('"+sh+"', 'bruno', 'FACT', 0, '', 9e18) ON CONFLICT (sentence_hash, annotator) DO UPDATE SET label = 'FACT'",
		"UPDATE veritag.annotations SET label = 'FACT', updated_ns = 9e18 WHERE annotator = 'bruno'",
		"UPDATE veritag.annotations SET annotator = 'anna' WHERE annotator = 'bruno'",
		"DELETE FROM veritag.annotations WHERE annotator = 'bruno'",
		"DELETE FROM veritag.annotations",
		// adjudications
		"INSERT INTO veritag.adjudications VALUES ('"+sentenceHashOf(dh, s.doc.Sentences[1])+"', 'FACT', 'anna', 1)",
		"UPDATE veritag.adjudications SET label = 'FACT'",
		"DELETE FROM veritag.adjudications",
		// the label set
		"INSERT INTO veritag.labels VALUES ('OPINION', '4', '#000000', '', 3)",
		"UPDATE veritag.labels SET name = 'CLAIMS' WHERE name = 'CLAIM'",
		"DELETE FROM veritag.labels WHERE name = 'SPECULATION'",
		// documents
		"DELETE FROM veritag.documents",
		"UPDATE veritag.documents SET title = 'x'",
		"UPDATE veritag.sentences SET text = 'x'",
		"DELETE FROM veritag.sentences",
		"INSERT INTO veritag.documents(hash, title, text, created_by) VALUES (encode(sha256('Altro.'), 'hex'), 't', 'Altro.', 'bruno')",
		"INSERT INTO veritag.documents(hash, title, text) VALUES (repeat('0', 64), 't', 'Falso.')",
		// the change log
		"INSERT INTO veritag.changes(actor, kind) VALUES ('bruno', 'annotation')",
		"UPDATE veritag.changes SET label = 'FACT'",
		"DELETE FROM veritag.changes",
		"SELECT veritag.log_lock()",
		// the schema itself
		"TRUNCATE veritag.annotations",
		"TRUNCATE veritag.documents CASCADE",
		"TRUNCATE veritag.changes",
		"DROP TABLE veritag.annotations",
		"ALTER TABLE veritag.annotations DISABLE ROW LEVEL SECURITY",
		"ALTER TABLE veritag.annotations DISABLE TRIGGER ALL",
		"DROP POLICY add_own ON veritag.annotations",
		"CREATE TABLE veritag.extra (x int)",
		"DROP SCHEMA veritag CASCADE",
		"GRANT "+ident("veritag_"+s.db+"_owner")+" TO anna",
		"ALTER ROLE bruno PASSWORD 'x'",
	)
	// a sentence whose offsets or hash lie is refused even for a new document
	conn := sqlConn(t, s.anna)
	ctx := context.Background()
	doc := testDocument("Uno. Due.")
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "INSERT INTO veritag.documents(hash, title, text) VALUES ($1, 't', $2)", doc.Hash, doc.Text); err != nil {
		t.Fatal(err)
	}
	_, err = tx.Exec(ctx, `INSERT INTO veritag.sentences VALUES ($1, $2, 0, 0, 4, 'Due.')`, sentenceHashOf(doc.Hash, model.Span{Start: 0, Text: "Due."}), doc.Hash)
	if err == nil || !strings.Contains(err.Error(), "does not match") {
		t.Fatalf("a sentence that is not its document's slice: %v", err)
	}
}

// TestAnnotatorWritesTheirOwnAnnotations proves the policies are not
// simply closed: anna's own rows go through, stamped in her name.
func TestAnnotatorWritesTheirOwnAnnotations(t *testing.T) {
	s := newSecurityHub(t)
	conn := sqlConn(t, s.anna)
	ctx := context.Background()
	for _, stmt := range []string{
		"INSERT INTO veritag.annotations VALUES ('" + s.sentence + "', 'anna', 'FACT', 2, 'nota', 1)",
		"UPDATE veritag.annotations SET label = 'SPECULATION', updated_ns = 2 WHERE annotator = 'anna'",
		"DELETE FROM veritag.annotations WHERE annotator = 'anna'",
	} {
		if tag, err := conn.Exec(ctx, stmt); err != nil || tag.RowsAffected() != 1 {
			t.Fatalf("%s: %v %s", stmt, err, tag)
		}
	}
	var actors string
	if err := conn.QueryRow(ctx, "SELECT string_agg(actor || ':' || label, ' ' ORDER BY seq) FROM veritag.changes WHERE annotator = 'anna'").Scan(&actors); err != nil {
		t.Fatal(err)
	}
	if actors != "anna:FACT anna:SPECULATION anna:" {
		t.Fatalf("change log for anna: %q", actors)
	}
}

// TestAdjudicatorAndOwnerRights: adjudicators adjudicate only in their own
// name and cannot touch the label set; owner members change the label set
// and delete documents but cannot truncate, drop or alter.
func TestAdjudicatorAndOwnerRights(t *testing.T) {
	s := newSecurityHub(t)
	ctx := context.Background()
	other := sentenceHashOf(s.doc.Hash, s.doc.Sentences[1])
	s.refused(t, "adjudicator", s.carla,
		"INSERT INTO veritag.adjudications VALUES ('"+other+"', 'FACT', 'dario', 1)",
		"UPDATE veritag.adjudications SET label = 'FACT', updated_ns = 9e18, adjudicator = 'dario'",
		"INSERT INTO veritag.annotations VALUES ('"+other+"', 'bruno', 'FACT', 0, '', 1)",
		"INSERT INTO veritag.labels VALUES ('OPINION', '4', '#000000', '', 3)",
		"DELETE FROM veritag.documents",
		"TRUNCATE veritag.adjudications",
	)
	carla := sqlConn(t, s.carla)
	if tag, err := carla.Exec(ctx, "INSERT INTO veritag.adjudications VALUES ('"+other+"', 'FACT', 'carla', 1)"); err != nil || tag.RowsAffected() != 1 {
		t.Fatalf("carla's own adjudication: %v", err)
	}
	s.refused(t, "owner member", s.olga,
		"TRUNCATE veritag.annotations",
		"TRUNCATE veritag.labels CASCADE",
		"DROP TABLE veritag.changes",
		"ALTER TABLE veritag.labels ADD COLUMN x int",
		"ALTER TABLE veritag.annotations DISABLE ROW LEVEL SECURITY",
		"INSERT INTO veritag.annotations VALUES ('"+other+"', 'bruno', 'FACT', 0, '', 1)",
		"UPDATE veritag.changes SET label = 'x'",
	)
	olga := sqlConn(t, s.olga)
	if _, err := olga.Exec(ctx, "INSERT INTO veritag.labels VALUES ('OPINION', '4', '#000000', '', 3)"); err != nil {
		t.Fatalf("owner adds a label: %v", err)
	}
	if tag, err := olga.Exec(ctx, "DELETE FROM veritag.documents"); err != nil || tag.RowsAffected() != 1 {
		t.Fatalf("owner deletes a document: %v", err)
	}
	var actor string
	if err := olga.QueryRow(ctx, "SELECT actor FROM veritag.changes WHERE kind = $1", model.ChangeDocumentDeleted).Scan(&actor); err != nil || actor != "olga" {
		t.Fatalf("the deletion is logged: %q %v", actor, err)
	}
}

// TestForgedAnnotationIsRefusedByTheHub pushes, through the client's own
// push path, an annotation in another member's name: the hub refuses the
// whole batch and nothing changes.
func TestForgedAnnotationIsRefusedByTheHub(t *testing.T) {
	s := newSecurityHub(t)
	ctx := context.Background()
	h, err := Open(ctx, s.anna)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	before := s.snapshot(t)
	forged := []model.SyncAnnotation{
		{SentenceHash: sentenceHashOf(s.doc.Hash, s.doc.Sentences[1]), Annotator: "anna", Label: "FACT", UpdatedAt: time.Now()},
		{SentenceHash: s.sentence, Annotator: "bruno", Label: "FACT", UpdatedAt: time.Now()},
	}
	_, err = h.PushChanges(ctx, forged, nil)
	if !IsRefused(err) || !strings.Contains(err.Error(), h.Name()) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("forged push: %v", err)
	}
	_, err = h.PushChanges(ctx, nil, []model.SyncAdjudication{{SentenceHash: s.sentence, Label: "FACT", Adjudicator: "anna", UpdatedAt: time.Now()}})
	if !IsRefused(err) {
		t.Fatalf("adjudication by an annotator: %v", err)
	}
	_, err = h.PushLabels(ctx, append(model.DefaultLabels, model.Label{Name: "OPINION", Key: "4", Color: "#000000"}))
	if !IsRefused(err) {
		t.Fatalf("label added by an annotator: %v", err)
	}
	if after := s.snapshot(t); after != before {
		t.Fatalf("the refused pushes changed the hub:\n%s\n%s", before, after)
	}
	if err := h.AddUser(ctx, "mallory", RoleOwner, "pw"); !IsRefused(err) {
		t.Fatalf("an annotator adding an owner: %v", err)
	}
	if _, err := pgxConnectErr(s.c.URL("mallory", "pw", s.db)); err == nil {
		t.Fatal("mallory was created")
	}
}

func pgxConnectErr(url string) (*pgx.Conn, error) {
	conn, err := pgx.Connect(context.Background(), url)
	if err == nil {
		conn.Close(context.Background())
	}
	return conn, err
}
