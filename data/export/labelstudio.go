package export

import (
	"encoding/json"
	"sort"
	"strconv"

	"github.com/veritag/veritag/data/model"
)

// labelStudioEncoder writes a JSON array of tasks, one per document,
// streamed one task at a time. Each task has one annotation per annotator,
// sorted by name; adjudicated labels are not written (Label Studio has no
// annotator for them). A sentence is a "labels" region with id "s<index>";
// its note is a "textarea" result and its confidence a "rating" result
// with the same id, as Label Studio does for per-region results.
type labelStudioEncoder struct {
	out     *fileSink
	enc     *json.Encoder
	started bool
	slot    map[string]int // annotator -> index in annotations
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
	CompletedBy string     `json:"completed_by"`
	Result      []lsResult `json:"result"`
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

func newLabelStudio(path string) (*labelStudioEncoder, error) {
	out, err := createFile(path)
	if err != nil {
		return nil, err
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	_, err = out.WriteString("[\n")
	return &labelStudioEncoder{out: out, enc: enc, slot: map[string]int{}}, err
}

func (e *labelStudioEncoder) document(d model.DocumentRecord) error {
	task := lsTask{
		Data:        lsData{Text: d.Text, Title: d.Title, DocID: d.ID, Lang: d.Lang},
		Annotations: []lsAnnotation{},
	}
	clear(e.slot)
	for _, s := range d.Sentences {
		id := "s" + strconv.Itoa(s.Index)
		for _, a := range s.Annotations {
			i, ok := e.slot[a.Annotator]
			if !ok {
				i = len(task.Annotations)
				e.slot[a.Annotator] = i
				task.Annotations = append(task.Annotations, lsAnnotation{CompletedBy: a.Annotator})
			}
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
	sort.Slice(task.Annotations, func(i, j int) bool {
		return task.Annotations[i].CompletedBy < task.Annotations[j].CompletedBy
	})
	if e.started {
		if err := e.out.WriteByte(','); err != nil {
			return err
		}
	}
	e.started = true
	return e.enc.Encode(task)
}

func (e *labelStudioEncoder) finish() error {
	if _, err := e.out.WriteString("]\n"); err != nil {
		return err
	}
	return e.out.commit()
}

func (e *labelStudioEncoder) discard() { e.out.discard() }
