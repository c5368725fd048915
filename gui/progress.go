package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// progressDialog shows a long import or export: what it is doing and how
// far it got, with a Cancel button when the work can be stopped.
type progressDialog struct {
	d     dialog.Dialog
	bar   *widget.ProgressBar
	label *widget.Label
	done  bool // the work finished: closing is not cancelling
}

func newProgressDialog(w fyne.Window, title string, cancel func()) *progressDialog {
	p := &progressDialog{bar: widget.NewProgressBar(), label: widget.NewLabel("")}
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

// set shows progress v (0..1) and what is being done.
func (p *progressDialog) set(v float64, msg string) {
	p.bar.SetValue(v)
	p.label.SetText(msg)
}

// hide closes the dialog without calling the cancel function.
func (p *progressDialog) hide() {
	p.done = true
	p.d.Hide()
}
