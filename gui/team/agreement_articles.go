package team

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	vwidget "github.com/veritag/veritag/gui/widget"
)

// articles lists the articles, most disagreement first, each with its
// agreement as a bar; a click opens one in the main window at its first
// sentence with different labels.
func (v *agreementView) articles() fyne.CanvasObject {
	docs := v.result.report.Documents
	titles := make(map[int64]string, len(v.host.Documents()))
	for _, d := range v.host.Documents() {
		titles[d.ID] = d.Title
	}
	v.docs = widget.NewList(func() int { return len(docs) },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(title, vwidget.SmallText(""), container.NewPadded(vwidget.NewThinBar()))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			d := docs[id]
			rows := o.(*fyne.Container).Objects
			title := titles[d.DocID]
			if title == "" {
				title = lang.L("Article {{.ID}}", map[string]any{"ID": d.DocID})
			}
			rows[0].(*widget.Label).SetText(title)
			rows[1].(*widget.Label).SetText(lang.L("{{.Items}} items · {{.Percent}} agreement · α {{.Alpha}}",
				map[string]any{"Items": d.Items, "Percent": percent(d.PercentAgreement), "Alpha": coefficient(d.KrippendorffAlpha)}))
			rows[2].(*fyne.Container).Objects[0].(*vwidget.ThinBar).SetValue(*d.PercentAgreement)
		})
	v.docs.OnSelected = func(id widget.ListItemID) {
		v.docs.UnselectAll()
		v.open(docs[id].DocID)
	}
	hint := vwidget.Caption(lang.L("Least agreement first. Click an article to open it at its first sentence with different labels."))
	return container.NewBorder(hint, nil, nil, nil, container.NewThemeOverride(v.docs, vwidget.CompactTheme{}))
}

// open shows an article in the main window at its first conflicting
// sentence.
func (v *agreementView) open(docID int64) {
	v.host.Open(docID, v.result.firstConflict[docID])
}
