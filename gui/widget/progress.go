package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// ProgressDialog shows a long import, export or merge: what it is doing
// and how far it got (or only that it is busy), with a Cancel button when
// the work can be stopped.
type ProgressDialog struct {
	d     dialog.Dialog
	bar   *widget.ProgressBar // nil when only busy
	label *widget.Label
	done  bool // the work finished: closing is not cancelling
}

// NewProgressDialog shows the dialog in w; cancel, if not nil, runs when the
// user closes it before Hide.
func NewProgressDialog(w fyne.Window, title string, cancel func()) *ProgressDialog {
	p := &ProgressDialog{bar: widget.NewProgressBar(), label: widget.NewLabel("")}
	p.label.Truncation = fyne.TextTruncateEllipsis
	content := container.NewVBox(p.label, p.bar)
	if cancel != nil {
		p.d = dialog.NewCustom(title, lang.L("Cancel"), content, w)
		p.d.SetOnClosed(func() {
			if !p.done {
				cancel()
			}
		})
	} else {
		p.d = dialog.NewCustomWithoutButtons(title, content, w)
	}
	p.d.Resize(fyne.NewSize(460, p.d.MinSize().Height))
	p.d.Show()
	return p
}

// NewBusyDialog shows work whose progress is not known, with no Cancel.
func NewBusyDialog(w fyne.Window, title string) *ProgressDialog {
	p := &ProgressDialog{label: widget.NewLabel("")}
	p.label.Truncation = fyne.TextTruncateEllipsis
	p.d = dialog.NewCustomWithoutButtons(title, container.NewVBox(p.label, widget.NewProgressBarInfinite()), w)
	p.d.Resize(fyne.NewSize(460, p.d.MinSize().Height))
	p.d.Show()
	return p
}

// Set shows progress v (0..1), unless only busy, and what is being done.
func (p *ProgressDialog) Set(v float64, msg string) {
	if p.bar != nil {
		p.bar.SetValue(v)
	}
	p.label.SetText(msg)
}

// Hide closes the dialog without calling the cancel function.
func (p *ProgressDialog) Hide() {
	p.done = true
	p.d.Hide()
}
