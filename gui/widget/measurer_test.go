package widget

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
)

func TestWrapMatchesDrawnWidth(t *testing.T) {
	test.NewTempApp(t)
	m := NewMeasurer(14, fyne.TextStyle{})
	text := "La presenza di soldati nordcoreani nella liberazione della regione di Kursk ha sottolineato la stretta cooperazione militare tra Pyongyang e Mosca."
	for _, width := range []float32{120, 300, 640} {
		got := Lines([]rune(text), m.Wrap(text, width))
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
	if n := len(m.Wrap(long, 100)); n == 0 {
		t.Error("a word longer than the line is not cut")
	}
	if got := Lines([]rune("a\nb"), m.Wrap("a\nb", 500)); len(got) != 2 {
		t.Errorf("newline does not break: %q", got)
	}
}

func TestLabelColours(t *testing.T) {
	styles := NewLabelStyles(append(model.DefaultLabels, model.Label{Name: "OPINION", Key: "4", Color: "bad"}))
	if c := styles["CLAIM"].Fill; c.R != 0x00 || c.G != 0x72 || c.B != 0xB2 {
		t.Errorf("CLAIM colour %v", c)
	}
	if styles["OPINION"].Fill != Palette[3] {
		t.Errorf("a label without a valid colour gets %v", styles["OPINION"].Fill)
	}
	if styles["CLAIM"].Tint(true).A <= styles["CLAIM"].Tint(false).A {
		t.Error("the dark theme tint is not stronger")
	}
}
