package gui

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// filesDialog is the in-app chooser of several files, for desktops without
// a file chooser portal (Fyne's own file dialog takes one file). It lists
// one folder, starting in the last one used: sub-folders to open and the
// files of the wanted kinds to tick. A folder, or files separated by ";",
// can be typed or pasted in the path field; Enter opens the folder or
// takes the files.
type filesDialog struct {
	u      *UI
	r      pickRequest
	done   func(paths []string)
	path   *widget.Entry
	list   *widget.List
	status *widget.Label
	accept *widget.Button
	d      *dialog.CustomDialog

	dir     string
	entries []dirEntry
	ticked  map[string]bool // file names ticked in dir
}

// dirEntry is one row of the list: a sub-folder or a file.
type dirEntry struct {
	name   string
	folder bool
}

// showFilesDialog opens the chooser in r.dir (else the home folder).
func (u *UI) showFilesDialog(r pickRequest, done func(paths []string)) *filesDialog {
	f := &filesDialog{u: u, r: r, done: done, ticked: map[string]bool{}}
	f.path = widget.NewEntry()
	f.path.SetPlaceHolder(lang.L("A folder, or files separated by ;"))
	f.path.OnSubmitted = func(string) { f.submit() }
	f.path.OnChanged = func(string) { f.update() }
	f.list = widget.NewList(func() int { return len(f.entries) }, f.newRow, f.updateRow)
	f.list.OnSelected = func(id widget.ListItemID) {
		f.list.Unselect(id)
		f.activate(id)
	}
	f.status = widget.NewLabel("")
	f.status.Truncation = fyne.TextTruncateEllipsis
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { f.open(filepath.Dir(f.dir)) })
	all := widget.NewButton(lang.L("Select all"), func() { f.tickAll(true) })
	none := widget.NewButton(lang.L("Select none"), func() { f.tickAll(false) })
	f.accept = widget.NewButton(r.accept, f.finish)
	f.accept.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("Cancel"), func() { f.d.Hide() })

	top := container.NewBorder(nil, nil, up, nil, f.path)
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(all, none), f.status)
	f.d = dialog.NewCustomWithoutButtons(r.title, container.NewBorder(top, bottom, nil, nil, f.list), u.win)
	f.d.SetButtons([]fyne.CanvasObject{cancel, f.accept})
	home, _ := os.UserHomeDir()
	if r.dir == "" || !f.open(r.dir) {
		f.open(home)
	}
	f.d.Resize(dialogSize(u.win))
	f.d.Show()
	u.win.Canvas().Focus(f.path)
	return f
}

func (f *filesDialog) newRow() fyne.CanvasObject {
	return container.NewHBox(widget.NewIcon(theme.FileIcon()), widget.NewLabel(""))
}

func (f *filesDialog) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(f.entries) {
		return
	}
	e := f.entries[id]
	row := o.(*fyne.Container)
	icon, label := row.Objects[0].(*widget.Icon), row.Objects[1].(*widget.Label)
	switch {
	case e.folder:
		icon.SetResource(theme.FolderIcon())
		label.SetText(e.name + string(filepath.Separator))
	case f.ticked[e.name]:
		icon.SetResource(theme.CheckButtonCheckedIcon())
		label.SetText(e.name)
	default:
		icon.SetResource(theme.CheckButtonIcon())
		label.SetText(e.name)
	}
}

// open lists dir: its sub-folders, then its files of the wanted kinds. It
// reports whether dir could be read.
func (f *filesDialog) open(dir string) bool {
	entries, err := listDir(dir, f.r.exts)
	if err != nil {
		f.status.SetText(err.Error())
		return false
	}
	f.dir, f.entries, f.ticked = dir, entries, map[string]bool{}
	f.path.SetText(dir)
	f.list.Refresh()
	f.list.ScrollToTop()
	f.update()
	return true
}

// activate opens a folder row or ticks and unticks a file row.
func (f *filesDialog) activate(id widget.ListItemID) {
	if id < 0 || id >= len(f.entries) {
		return
	}
	e := f.entries[id]
	if e.folder {
		f.open(filepath.Join(f.dir, e.name))
		return
	}
	f.ticked[e.name] = !f.ticked[e.name]
	f.list.RefreshItem(id)
	f.update()
}

// tickAll ticks or unticks every file listed.
func (f *filesDialog) tickAll(on bool) {
	for _, e := range f.entries {
		if !e.folder {
			f.ticked[e.name] = on
		}
	}
	f.list.Refresh()
	f.update()
}

// typed is what the path field holds: a folder, or files (nil when it is
// the folder listed or names nothing that exists).
func (f *filesDialog) typed() (dir string, files []string, missing string) {
	text := strings.TrimSpace(f.path.Text)
	if text == "" || filepath.Clean(expandHome(text)) == filepath.Clean(f.dir) {
		return "", nil, ""
	}
	for _, part := range strings.Split(text, ";") {
		p := expandHome(strings.TrimPrefix(strings.TrimSpace(part), "file://"))
		if p == "" {
			continue
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(f.dir, p)
		}
		st, err := os.Stat(p)
		switch {
		case err != nil:
			return "", nil, p
		case st.IsDir():
			dir = p
		default:
			files = append(files, p)
		}
	}
	if dir != "" && len(files) == 0 && !strings.Contains(text, ";") {
		return dir, nil, ""
	}
	return "", files, ""
}

// chosen is every path the dialog would hand over now: typed files, else
// the ticked ones.
func (f *filesDialog) chosen() []string {
	if _, files, _ := f.typed(); len(files) > 0 {
		return files
	}
	var paths []string
	for _, e := range f.entries {
		if !e.folder && f.ticked[e.name] {
			paths = append(paths, filepath.Join(f.dir, e.name))
		}
	}
	return paths
}

// update says how many files are chosen and enables the accept button.
func (f *filesDialog) update() {
	n := len(f.chosen())
	if _, _, missing := f.typed(); missing != "" {
		f.status.SetText(lang.L("No such file or folder: {{.Path}}", map[string]any{"Path": missing}))
	} else {
		f.status.SetText(lang.N("{{.Count}} files chosen", n, map[string]any{"Count": n}))
	}
	if n == 0 {
		f.accept.Disable()
	} else {
		f.accept.Enable()
	}
}

// submit is Enter in the path field: a folder is listed, files are taken.
func (f *filesDialog) submit() {
	if dir, files, _ := f.typed(); dir != "" {
		f.open(dir)
	} else if len(files) > 0 {
		f.finish()
	}
}

// finish hands over the chosen files and closes the dialog.
func (f *filesDialog) finish() {
	paths := f.chosen()
	if len(paths) == 0 {
		return
	}
	f.d.Hide()
	f.done(paths)
}

// listDir lists dir's visible sub-folders and its files with one of exts
// (any file when exts is empty), each group by name.
func listDir(dir string, exts []string) ([]dirEntry, error) {
	items, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var folders, files []dirEntry
	for _, it := range items {
		name := it.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		isDir := it.IsDir()
		if it.Type()&os.ModeSymlink != 0 {
			if st, err := os.Stat(filepath.Join(dir, name)); err == nil {
				isDir = st.IsDir()
			}
		}
		switch {
		case isDir:
			folders = append(folders, dirEntry{name: name, folder: true})
		case len(exts) == 0 || contains(exts, strings.ToLower(filepath.Ext(name))):
			files = append(files, dirEntry{name: name})
		}
	}
	byName := func(l []dirEntry) {
		sort.Slice(l, func(i, j int) bool { return strings.ToLower(l[i].name) < strings.ToLower(l[j].name) })
	}
	byName(folders)
	byName(files)
	return append(folders, files...), nil
}

// expandHome turns a leading ~ into the home folder.
func expandHome(p string) string {
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, p[1:])
		}
	}
	return p
}
