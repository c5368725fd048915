package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
)

func TestWrapMatchesDrawnWidth(t *testing.T) {
	test.NewTempApp(t)
	m := newMeasurer(14, fyne.TextStyle{})
	text := "La presenza di soldati nordcoreani nella liberazione della regione di Kursk ha sottolineato la stretta cooperazione militare tra Pyongyang e Mosca."
	for _, width := range []float32{120, 300, 640} {
		got := lines([]rune(text), m.wrap(text, width))
		if strings.Join(got, " ") != text {
			t.Errorf("width %v: lines lose text: %q", width, got)
		}
		for _, l := range got {
			if w := fyne.MeasureText(l, 14, fyne.TextStyle{}).Width; w > width+2 && strings.Contains(l, " ") {
				t.Errorf("width %v: line %q is %v wide", width, l, w)
			}
		}
	}
	long := strings.Repeat("x", 200)
	if n := len(m.wrap(long, 100)); n == 0 {
		t.Error("a word longer than the line is not cut")
	}
	if got := lines([]rune("a\nb"), m.wrap("a\nb", 500)); len(got) != 2 {
		t.Errorf("newline does not break: %q", got)
	}
}

func TestFuzzyScore(t *testing.T) {
	if _, ok := fuzzyScore("krsk", "Soldati a Kursk"); !ok {
		t.Error("subsequence not matched")
	}
	if _, ok := fuzzyScore("zz", "Kursk"); ok {
		t.Error("non-match matched")
	}
	a, _ := fuzzyScore("kursk", "Kursk today")
	b, _ := fuzzyScore("kursk", "K u r s k")
	if a <= b {
		t.Errorf("contiguous match %d not above scattered %d", a, b)
	}
}

func TestShapes(t *testing.T) {
	text := "Title line\nFirst one. Second one.\nLeggi anche:\nLast."
	sents := []model.Sentence{
		{Start: 0, End: 10, Text: "Title line"},
		{Start: 11, End: 21, Text: "First one."},
		{Start: 22, End: 33, Text: "Second one."},
		{Start: 34, End: 46, Text: "Leggi anche:"},
		{Start: 47, End: 52, Text: "Last."},
	}
	got := shapes(text, sents)
	want := []shape{{false, true}, {true, false}, {false, false}, {true, false}, {true, false}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestLabelColours(t *testing.T) {
	styles := newLabelStyles(append(model.DefaultLabels, model.Label{Name: "OPINION", Key: "4", Color: "bad"}))
	if c := styles["CLAIM"].color; c.R != 0x00 || c.G != 0x72 || c.B != 0xB2 {
		t.Errorf("CLAIM colour %v", c)
	}
	if styles["OPINION"].color != okabeIto[3] {
		t.Errorf("a label without a valid colour gets %v", styles["OPINION"].color)
	}
	if styles["CLAIM"].tint(true).A <= styles["CLAIM"].tint(false).A {
		t.Error("the dark theme tint is not stronger")
	}
}
