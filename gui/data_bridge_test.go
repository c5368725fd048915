package gui

import (
	"context"
	"errors"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
)

func TestBridgeReadsAndWritesInOrder(t *testing.T) {
	test.NewTempApp(t)
	f := newFakeBackend()
	id := kursk(f)
	br := &bridge{b: f, spawn: inline, db: &serial{spawn: inline}}
	var got []string
	br.write(func(ctx context.Context, b Backend) error {
		_, err := b.Annotate(ctx, model.Annotation{DocID: id, SentenceIndex: 1, Annotator: "alice", Label: "FACT"})
		return err
	}, func(err error) { got = append(got, "wrote") })
	if v, _ := f.DataVersion(context.Background()); br.dataVersion != v {
		t.Errorf("after a write the bridge knows version %d, the database is at %d", br.dataVersion, v)
	}
	fetch(br, func(ctx context.Context, b Backend) (model.Marks, error) { return b.Marks(ctx, id) },
		func(m model.Marks, err error) {
			if err != nil || len(m.Annotations) != 1 || m.Annotations[0].Label != "FACT" {
				t.Errorf("fetched %+v, %v", m, err)
			}
			got = append(got, "fetched")
		})
	errBad := errors.New("refused")
	fetch(br, func(context.Context, Backend) (int, error) { return 0, errBad }, func(_ int, err error) {
		if err != errBad {
			t.Errorf("the read's error arrives as %v", err)
		}
		got = append(got, "failed")
	})
	if len(got) != 3 || got[0] != "wrote" || got[1] != "fetched" || got[2] != "failed" {
		t.Errorf("results came back as %v, want wrote, fetched, failed", got)
	}
}
