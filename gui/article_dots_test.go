package gui

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/guitest"
)

// dotCounts is how many other annotators label each sentence of the
// fixture: one to thirty, on a heading and on sentences.
var dotCounts = []int{30, 1, 4, 5, 13, 8, 2}

// dotsFixture is a UI on a real database whose sentences carry
// dotCounts[i] other annotators' labels, with long names, and final labels
// on two of them.
func dotsFixture(t *testing.T) *UI {
	t.Helper()
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "v.db"), len(dotCounts))
	docs, _ := st.Documents(ctx)
	labels := []string{"CLAIM", "FACT", "SPECULATION"}
	for i, n := range dotCounts {
		for a := range n {
			name := fmt.Sprintf("annotatrice-dal-nome-molto-lungo-%02d", a)
			if _, err := st.Annotate(ctx, model.Annotation{DocID: docs[0].ID, SentenceIndex: i, Annotator: name, Label: labels[(a+i)%3]}); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, i := range []int{2, 4} {
		if err := st.Adjudicate(ctx, docs[0].ID, i, "FACT", "olga"); err != nil {
			t.Fatal(err)
		}
	}
	return newTestUI(t, st)
}

// overlaps reports whether two rectangles share area.
func overlaps(p1 fyne.Position, s1 fyne.Size, p2 fyne.Position, s2 fyne.Size) bool {
	const e = 0.01
	return p1.X+s1.Width > p2.X+e && p2.X+s2.Width > p1.X+e && p1.Y+s1.Height > p2.Y+e && p2.Y+s2.Height > p1.Y+e
}

func TestDotsStayInTheirRowAtEveryWidthAndCount(t *testing.T) {
	u := dotsFixture(t)
	checked := map[int]bool{}
	for _, scale := range []float32{0.7, 1, 2.2} {
		u.setTextScale(scale)
		for _, w := range []float32{1280, 900, 640, 420} {
			u.win.Resize(fyne.NewSize(w, 800))
			rows := onScreen[*sentenceRow](u)
			if len(rows) == 0 {
				t.Fatalf("width %v: no rows on screen", w)
			}
			for _, r := range rows {
				if r.id < 0 || r.id >= len(dotCounts) {
					continue
				}
				checked[r.id] = true
				checkRowDots(t, u, r, fmt.Sprintf("scale %v width %v sentence %d", scale, w, r.id))
			}
		}
	}
	if len(checked) != len(dotCounts) {
		t.Errorf("checked sentences %v, want all %d", checked, len(dotCounts))
	}
}

// checkRowDots checks one row: every dot and "+N" inside the row and its
// chip gutter, none over another or over the adjudication mark, and every
// annotator counted once.
func checkRowDots(t *testing.T, u *UI, r *sentenceRow, where string) {
	t.Helper()
	rr := test.WidgetRenderer(r).(*rowRenderer)
	g := u.article.geo
	size := r.Size()
	gutterEnd := g.left + 2*g.pad + g.chipW + 0.01
	type box struct {
		p fyne.Position
		s fyne.Size
	}
	var drawn []box
	shown := 0
	for _, d := range rr.dots {
		if d.Hidden {
			continue
		}
		shown++
		drawn = append(drawn, box{d.Position(), d.Size()})
	}
	if !rr.more.Hidden {
		n, err := strconv.Atoi(strings.TrimPrefix(rr.more.Text, "+"))
		if err != nil {
			t.Fatalf("%s: %q", where, rr.more.Text)
		}
		shown += n
		drawn = append(drawn, box{rr.more.Position(), rr.more.MinSize()})
	}
	if want := len(u.others[r.id]); shown != want || want != dotCounts[r.id] {
		t.Errorf("%s: %d annotators shown as dots or +N, want %d", where, shown, dotCounts[r.id])
	}
	for i, b := range drawn {
		if b.p.X < 0 || b.p.Y < 0 || b.p.Y+b.s.Height > size.Height+0.01 || b.p.X+b.s.Width > gutterEnd {
			t.Errorf("%s: mark %d at %v size %v leaves the row %v or its gutter (ends at %v)", where, i, b.p, b.s, size, gutterEnd)
		}
		for j := range i {
			if overlaps(b.p, b.s, drawn[j].p, drawn[j].s) {
				t.Errorf("%s: marks %d and %d overlap", where, j, i)
			}
		}
		if !rr.scales.Hidden && overlaps(b.p, b.s, rr.scales.Position(), rr.scales.Size()) {
			t.Errorf("%s: mark %d covers the adjudication mark", where, i)
		}
	}
}

func TestDotsLegendSaysWhoChoseWhich(t *testing.T) {
	u := dotsFixture(t)
	u.win.Resize(fyne.NewSize(900, 600))
	var row *sentenceRow
	for _, r := range onScreen[*sentenceRow](u) {
		if r.id == 3 {
			row = r
		}
	}
	if row == nil {
		t.Fatal("sentence 3 is not on screen")
	}
	p := row.plan()
	if len(p.pos) == 0 {
		t.Fatal("no dots drawn")
	}
	row.hoverDots(p.pos[0].AddXY(p.size/2, p.size/2))
	tip := u.article.tip.box
	if !tip.Visible() {
		t.Fatal("hovering the dots shows no legend")
	}
	said := guitest.Texts(tip)
	for _, a := range u.others[3] {
		if !strings.Contains(said, clip(a.Annotator, 24)+": "+a.Label) {
			t.Errorf("the legend lacks %s: %s:\n%s", a.Annotator, a.Label, said)
		}
	}
	view := u.article.Size()
	if tp, ts := tip.Position(), tip.Size(); tp.X < 0 || tp.Y < 0 || tp.X+ts.Width > view.Width+0.01 || tp.Y+ts.Height > view.Height+0.01 {
		t.Errorf("the legend at %v size %v leaves the article %v", tp, ts, view)
	}
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("the legend is a popup: it would take the keys")
	}
	row.hoverDots(fyne.NewPos(row.Size().Width-2, 2)) // over the text
	if tip.Visible() {
		t.Error("the legend stays away from the dots")
	}
	row.hoverDots(p.pos[0])
	row.MouseOut()
	if tip.Visible() {
		t.Error("the legend stays after the pointer left the row")
	}
}
