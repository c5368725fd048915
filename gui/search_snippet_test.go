package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
)

// segTexts returns the text of each segment.
func segTexts(segs []widget.RichTextSegment) []string {
	var out []string
	for _, s := range segs {
		out = append(out, s.Textual())
	}
	return out
}

// TestSnippet: a text that fits is shown whole with its matched letters
// apart; a long one, at a narrow width, as a window around the match cut
// at spaces with an ellipsis at each cut, no wider than the row.
func TestSnippet(t *testing.T) {
	newTestUI(t, newFakeBackend())
	if got := strings.Join(segTexts(snippet("Lavrov ha detto", []int{0, 1, 7}, "", 0)), "|"); got != "La|vrov |h|a detto" {
		t.Errorf("segments %q", got)
	}
	long := strings.Repeat("parola ", 60) + "Lavrov " + strings.Repeat("dopo ", 60)
	at := len([]rune(strings.Repeat("parola ", 60)))
	matched := []int{at, at + 1, at + 2, at + 3, at + 4, at + 5}
	for _, width := range []float32{120, 300, 700} {
		segs := snippet(long, matched, "", width)
		got := segTexts(segs)
		text := strings.Join(got, "")
		if got[0] != ellipsis || got[len(got)-1] != ellipsis || !strings.Contains(text, "Lavrov") {
			t.Errorf("width %.0f: not a window around the match with ellipses: %q", width, got)
		}
		for _, w := range strings.Fields(strings.Trim(text, ellipsis)) {
			if w != "parola" && w != "Lavrov" && w != "dopo" {
				t.Errorf("width %.0f: window not cut at spaces: %q", width, text)
			}
		}
		if w := segmentsWidth(segs); w > width-2*theme.InnerPadding() {
			t.Errorf("width %.0f: text %.0f wide, wider than the row", width, w)
		}
	}
	wide, narrow := snippet(long, matched, "", 700), snippet(long, matched, "", 300)
	if len(strings.Join(segTexts(wide), "")) <= len(strings.Join(segTexts(narrow), "")) {
		t.Error("a wider row shows no more of the sentence")
	}
	if got := segTexts(snippet(long, matched, "Note by anna: ", 20)); len(got) != 4 || got[0] != "Note by anna: " || !strings.HasPrefix(got[2], "L") {
		t.Errorf("a row narrower than the match: %q, want the note marker and the match's start", got)
	}
}

// TestResultRowsFitNarrowWindow: in a narrow window (side panels hidden)
// every result row
// shows its match inside the row with an ellipsis where the sentence is
// cut; widened, the rows show more.
func TestResultRowsFitNarrowWindow(t *testing.T) {
	f := newFakeBackend()
	long := strings.Repeat("Il comunicato ufficiale ripete le stesse parole ", 8) + "Lavrov " + strings.Repeat("e poi continua a lungo ", 8)
	f.addDoc("Lungo", []string{long, "Lavrov breve."})
	u := newTestUI(t, f)
	u.library.box.Hide()
	u.panel.box.Hide()
	u.win.Resize(fyne.NewSize(420, 600))
	shortcut(u, scFind)
	press(u, "Lavrov")
	shown := func() map[string]string {
		out := map[string]string{}
		for _, r := range onScreen[*resultRow](u) {
			text := strings.Join(segTexts(r.text.Segments), "")
			out[r.hit.text] = text
			if w := segmentsWidth(r.text.Segments); w > r.text.Size().Width-2*theme.InnerPadding() {
				t.Errorf("row %q: text %.0f wide in a row of %.0f", text, w, r.text.Size().Width)
			}
			if !strings.Contains(text, "Lavrov") {
				t.Errorf("row %q does not show the match", text)
			}
		}
		return out
	}
	narrow := shown()
	if len(narrow) != 2 {
		t.Fatalf("%d rows shown, want 2", len(narrow))
	}
	if got := narrow[long]; !strings.HasPrefix(got, ellipsis) || !strings.HasSuffix(got, ellipsis) {
		t.Errorf("the long sentence shows %q, want a window with ellipses", got)
	}
	if narrow["Lavrov breve."] != "Lavrov breve." {
		t.Errorf("the short sentence shows %q", narrow["Lavrov breve."])
	}
	u.win.Resize(fyne.NewSize(1200, 600))
	if wide := shown(); len(wide[long]) <= len(narrow[long]) {
		t.Errorf("widened, the long sentence shows %q, no more than %q", wide[long], narrow[long])
	}
}

// TestSearchFindsNotes: a note written in the app is found by its words
// at once, the result says that the note matched, and opens its sentence;
// a changed note is found by its new words only.
func TestSearchFindsNotes(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	u.commit(2, model.AnnotationState{Label: "FACT", Note: "fonte da ricontrollare"})
	shortcut(u, scFind)
	press(u, "ricontrolare")
	if len(u.search.hits) != 1 || u.search.hits[0].noteBy != "alice" || u.search.hits[0].index != 2 {
		t.Fatalf("hits %+v, want sentence 2 by alice's note", u.search.hits)
	}
	rows := onScreen[*resultRow](u)
	if len(rows) != 1 || !strings.HasPrefix(strings.Join(segTexts(rows[0].text.Segments), ""), "Note by alice: fonte") {
		t.Fatalf("the row does not say the note matched: %d rows", len(rows))
	}
	pressKey(u, fyne.KeyReturn)
	if u.doc.ID != doc || u.selected != 2 {
		t.Errorf("opened %d sentence %d", u.doc.ID, u.selected)
	}
	u.commit(2, model.AnnotationState{Label: "FACT", Note: "verificata"})
	shortcut(u, scFind)
	u.search.entry.SetText("ricontrollare")
	if len(u.search.hits) != 0 {
		t.Errorf("the old note is still found: %+v", u.search.hits)
	}
	u.search.entry.SetText("verificata")
	if len(u.search.hits) != 1 || u.search.hits[0].noteBy != "alice" {
		t.Errorf("the new note: %+v", u.search.hits)
	}
}
