package team

import (
	"image/color"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/agree"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// resultContent lays out a computed report: the figures on top, then tabs
// for the overview and the articles, and Refresh and Close below.
func (v *agreementView) resultContent() fyne.CanvasObject {
	r := v.result.report
	v.items = figureValue(strconv.Itoa(r.Items))
	v.annotators = figureValue(strconv.Itoa(len(r.Annotators)))
	v.percent = figureValue(percent(r.PercentAgreement))
	v.fleiss = figureValue(coefficient(r.FleissKappa))
	v.alpha = figureValue(coefficient(r.KrippendorffAlpha))
	figures := container.NewGridWithColumns(5,
		figureCard(lang.L("Items"), v.items, lang.L("sentences with 2+ annotators")),
		figureCard(lang.L("Annotators"), v.annotators, strings.Join(r.Annotators, ", ")),
		figureCard(lang.L("Percent agreement"), v.percent, lang.L("agreeing annotator pairs per item")),
		figureCard(lang.L("Fleiss’ κ"), v.fleiss, fleissDetail(r.FleissItems)),
		figureCard(lang.L("Krippendorff’s α"), v.alpha, lang.L("nominal, all items")),
	)
	refresh := widget.NewButtonWithIcon(lang.L("Refresh")+"  (F5)", theme.ViewRefreshIcon(), v.compute)
	closeBtn := widget.NewButton(lang.L("Close"), v.win.Close)
	note := vwidget.SmallText(lang.L("Adjudicated labels are not counted: agreement is between annotators."))
	footer := container.NewBorder(nil, nil, nil, container.NewHBox(refresh, closeBtn), note)
	var body fyne.CanvasObject
	if r.Items == 0 {
		body = vwidget.MessageContent(theme.InfoIcon(), lang.L("Nothing to compare yet"),
			lang.L("No sentence has labels from two or more annotators. Merge your colleagues’ databases with File → Merge databases…"))
	} else {
		body = container.NewAppTabs(
			container.NewTabItemWithIcon(lang.L("Overview"), theme.GridIcon(), v.overview()),
			container.NewTabItemWithIcon(lang.L("Articles by disagreement"), theme.ListIcon(), v.articles()),
		)
	}
	return container.NewPadded(container.NewBorder(figures, footer, nil, nil, body))
}

// fleissDetail says what Fleiss' kappa is over.
func fleissDetail(items int) string {
	if items == 0 {
		return lang.L("no item was labelled by everyone")
	}
	return lang.N("over {{.Count}} items labelled by everyone", items, map[string]any{"Count": items})
}

// figureValue is a headline number.
func figureValue(s string) *widget.Label {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameHeadingText
	return l
}

// figureCard is one headline figure with its name and what it is over.
func figureCard(name string, value *widget.Label, detail string) fyne.CanvasObject {
	title := widget.NewLabel(name)
	d := vwidget.SmallText(detail)
	d.Truncation = fyne.TextTruncateEllipsis
	return vwidget.NewCard(container.NewVBox(title, value, d))
}

// overview puts the tables of pairs and labels beside the heat map.
func (v *agreementView) overview() fyne.CanvasObject {
	r := v.result.report
	v.pairs = vwidget.TableGrid(4, lang.L("Annotator"), lang.L("Annotator"), lang.L("Items"), lang.L("Cohen’s κ"))
	for _, p := range r.CohenKappa {
		vwidget.AddRow(v.pairs, p.A, p.B, strconv.Itoa(p.Items), coefficient(p.Kappa))
	}
	v.perLabel = vwidget.TableGrid(4, lang.L("Label"), lang.L("Given"), lang.L("Specific agreement"), lang.L("α (this label vs rest)"))
	labels, counts := v.confusion()
	for _, name := range labels {
		la := labelFigures(r.Labels, name)
		swatch := canvas.NewRectangle(v.host.Style(name).Fill)
		swatch.SetMinSize(fyne.NewSquareSize(theme.Size(theme.SizeNameCaptionText)))
		swatch.CornerRadius = 3
		v.perLabel.Add(container.NewBorder(nil, nil, container.NewCenter(swatch), nil, widget.NewLabel(name)))
		vwidget.AddRow(v.perLabel, strconv.Itoa(la.Values), percent(la.SpecificAgreement), coefficient(la.Alpha))
	}
	tables := container.NewVBox(
		vwidget.Heading(lang.L("Cohen’s κ per annotator pair")),
		vwidget.Caption(lang.L("Each pair over the sentences both of them labelled.")),
		v.pairs,
		widget.NewSeparator(),
		vwidget.Heading(lang.L("Agreement per label")),
		vwidget.Caption(lang.L("Specific agreement: how often another annotator gave the label when one did.")),
		v.perLabel,
	)
	v.heat = vwidget.NewHeatMap(labels, counts)
	matrix := container.NewBorder(
		container.NewVBox(vwidget.Heading(lang.L("Confusion matrix")),
			vwidget.Caption(lang.L("Pairs of annotators on the same sentence: one gave the row label, the other the column label."))),
		legend(), nil, nil, v.heat)
	split := container.NewHSplit(container.NewVScroll(container.NewPadded(container.NewThemeOverride(tables, vwidget.CompactTheme{}))),
		container.NewPadded(matrix))
	split.Offset = 0.46
	return split
}

// confusion is the confusion matrix without the labels no pair gave, in
// the order of the label set, any others after them.
func (v *agreementView) confusion() ([]string, [][]int) {
	c := v.result.report.Confusion
	rank := map[string]int{}
	for i, l := range v.host.Labels() {
		rank[l.Name] = i + 1
	}
	var order []int
	for i, row := range c.Pairs {
		for _, n := range row {
			if n > 0 {
				order = append(order, i)
				break
			}
		}
	}
	pos := func(i int) int {
		if r := rank[c.Labels[i]]; r > 0 {
			return r
		}
		return len(v.host.Labels()) + 1 + i
	}
	sort.SliceStable(order, func(a, b int) bool { return pos(order[a]) < pos(order[b]) })
	labels := make([]string, len(order))
	counts := make([][]int, len(order))
	for i, oi := range order {
		labels[i] = c.Labels[oi]
		counts[i] = make([]int, len(order))
		for j, oj := range order {
			counts[i][j] = c.Pairs[oi][oj]
		}
	}
	return labels, counts
}

// labelFigures finds one label's figures in the report.
func labelFigures(all []agree.LabelAgreement, name string) agree.LabelAgreement {
	for _, l := range all {
		if l.Label == name {
			return l
		}
	}
	return agree.LabelAgreement{Label: name}
}

// legend explains the heat map's colours.
func legend() fyne.CanvasObject {
	item := func(hue color.NRGBA, s string) fyne.CanvasObject {
		r := canvas.NewRectangle(hue)
		r.SetMinSize(fyne.NewSquareSize(theme.Size(theme.SizeNameCaptionText)))
		r.CornerRadius = 3
		return container.NewHBox(container.NewCenter(r), vwidget.SmallText(s))
	}
	return container.NewHBox(item(vwidget.AgreeHue, lang.L("agreeing pairs")), item(vwidget.DisagreeHue, lang.L("disagreeing pairs")),
		vwidget.SmallText(lang.L("stronger colour: more pairs")))
}
