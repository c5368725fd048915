package export

import (
	"encoding/json"
	"os"
	"strconv"

	"github.com/veritag/veritag/data/model"
)

// labelStudioEncoder writes a JSON array of tasks, one per document,
// streamed one task at a time, that a Label Studio server imports as it
// is. Each task has one annotation per annotator, sorted by name, with the
// name in "veritag_annotator", "ground_truth": false, and "completed_by"
// {"email":"<annotator>@<domain>"} only when a domain is given (a server
// refuses the whole import for a completed_by that is not a member's id
// or email). Adjudicated labels are not written (Label Studio has no
// annotator for them). A sentence is a "labels" region with id
// "s<index>a<n>" (n: the annotation's place in the task, so that ids are
// unique in the task); its note is a "textarea" result and its confidence
// a "rating" result with the same id, as Label Studio does for per-region
// results. Close also writes the matching labeling config beside the
// export, at <out>.config.xml.
type labelStudioEncoder struct {
	out     *fileSink
	enc     *json.Encoder
	started bool
	slot    map[string]int // annotator -> index in annotations
	domain  string
	labels  []model.Label
	seen    map[string]bool // labels written
}

type lsTask struct {
	Data        lsData         `json:"data"`
	Annotations []lsAnnotation `json:"annotations"`
}

type lsData struct {
	Text  string `json:"text"`
	Title string `json:"title"`
	DocID int64  `json:"doc_id"`
	Lang  string `json:"lang"`
}

type lsAnnotation struct {
	Annotator   string     `json:"veritag_annotator"`
	GroundTruth bool       `json:"ground_truth"`
	CompletedBy *lsUser    `json:"completed_by,omitempty"`
	Result      []lsResult `json:"result"`
}

// lsUser is a Label Studio member, named by email.
type lsUser struct {
	Email string `json:"email"`
}

type lsResult struct {
	ID       string  `json:"id"`
	FromName string  `json:"from_name"`
	ToName   string  `json:"to_name"`
	Type     string  `json:"type"`
	Value    lsValue `json:"value"`
}

type lsValue struct {
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Text   any      `json:"text,omitempty"` // span text, or [note] for a textarea
	Labels []string `json:"labels,omitempty"`
	Rating int      `json:"rating,omitempty"`
}

func newLabelStudio(path string, opts Options) (*labelStudioEncoder, error) {
	out, err := createFile(path)
	if err != nil {
		return nil, err
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	_, err = out.WriteString("[\n")
	return &labelStudioEncoder{out: out, enc: enc, slot: map[string]int{}, domain: opts.LSEmailDomain,
		labels: opts.Labels, seen: map[string]bool{}}, err
}

func (e *labelStudioEncoder) document(d model.DocumentRecord) error {
	task := lsTask{
		Data:        lsData{Text: d.Text, Title: d.Title, DocID: d.ID, Lang: d.Lang},
		Annotations: []lsAnnotation{},
	}
	clear(e.slot)
	for _, s := range d.Sentences {
		for _, a := range s.Annotations {
			e.slot[a.Annotator] = 0
		}
	}
	for i, who := range sortedKeys(e.slot) {
		e.slot[who] = i
		ann := lsAnnotation{Annotator: who}
		if e.domain != "" {
			ann.CompletedBy = &lsUser{Email: who + "@" + e.domain}
		}
		task.Annotations = append(task.Annotations, ann)
	}
	for _, s := range d.Sentences {
		for _, a := range s.Annotations {
			i := e.slot[a.Annotator]
			id := lsRegionID(s.Index, i)
			e.seen[a.Label] = true
			r := append(task.Annotations[i].Result, lsResult{ID: id, FromName: "label", ToName: "text", Type: "labels",
				Value: lsValue{Start: s.Start, End: s.End, Text: s.Text, Labels: []string{a.Label}}})
			if a.Note != "" {
				r = append(r, lsResult{ID: id, FromName: "note", ToName: "text", Type: "textarea",
					Value: lsValue{Start: s.Start, End: s.End, Text: []string{a.Note}}})
			}
			if a.Confidence != 0 {
				r = append(r, lsResult{ID: id, FromName: "confidence", ToName: "text", Type: "rating",
					Value: lsValue{Start: s.Start, End: s.End, Rating: a.Confidence}})
			}
			task.Annotations[i].Result = r
		}
	}
	if e.started {
		if err := e.out.WriteByte(','); err != nil {
			return err
		}
	}
	e.started = true
	return e.enc.Encode(task)
}

// lsRegionID is the id of sentence index's region in the task's
// annotation slot: unique across the task's annotations, because Label
// Studio's frontend keeps the regions of all of a task's annotations in one
// store by id, and mixes up regions that share one.
func lsRegionID(index, slot int) string {
	return "s" + strconv.Itoa(index) + "a" + strconv.Itoa(slot)
}

func (e *labelStudioEncoder) finish() error {
	if _, err := e.out.WriteString("]\n"); err != nil {
		return err
	}
	if e.out.path == "" { // standard output or a device: nothing beside it
		return e.out.commit()
	}
	conf, err := createFile(e.out.path + ".config.xml")
	if err != nil {
		return err
	}
	if _, err := conf.WriteString(labelingConfig(labelNames(e.labels, e.seen))); err != nil {
		conf.discard()
		return err
	}
	if err := conf.commit(); err != nil {
		return err
	}
	if err := e.out.commit(); err != nil {
		os.Remove(conf.path)
		return err
	}
	return nil
}

func (e *labelStudioEncoder) discard() { e.out.discard() }
