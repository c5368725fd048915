package importer

import (
	"cmp"
	"encoding/json"
	"errors"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/veritag/veritag/data/model"
)

// lsTask is one Label Studio task as our labelstudio export writes it.
type lsTask struct {
	Data struct {
		Text  *string `json:"text"`
		Title string  `json:"title"`
		Lang  string  `json:"lang"`
	} `json:"data"`
	Annotations []struct {
		Annotator    string          `json:"veritag_annotator"`
		CompletedBy  json.RawMessage `json:"completed_by"`
		WasCancelled bool            `json:"was_cancelled"`
		Result       []lsResult      `json:"result"`
	} `json:"annotations"`
}

// lsResult is one result of an annotation: a labelled region ("labels"), or
// the note ("textarea") or confidence ("rating") of the region sharing its id.
type lsResult struct {
	ID    json.RawMessage `json:"id"`
	Type  string          `json:"type"`
	Value struct {
		Start  *int            `json:"start"`
		End    *int            `json:"end"`
		Text   json.RawMessage `json:"text"`
		Labels []string        `json:"labels"`
		Rating *float64        `json:"rating"`
	} `json:"value"`
}

// lsRegion is a labelled span of a task's text with everyone's labels on it.
type lsRegion struct {
	start, end int
	text       string // value.text of the first result, "" if none
	anns       []model.Annotation
}

// jsonLinesInJSON reports whether a .json file holds JSON objects without
// "data" (JSON Lines under the wrong extension), to be read as JSONL.
func jsonLinesInJSON(text string) bool {
	var probe struct {
		Data json.RawMessage `json:"data"`
	}
	return isObject(text) && (json.Unmarshal([]byte(text), &probe) != nil || probe.Data == nil)
}

// readLabelStudio reads a JSON array of Label Studio tasks, or one task
// object, one document per task.
func (s *source) readLabelStudio(text string) ([]model.ImportDoc, *Error) {
	if isObject(text) {
		var t lsTask
		if err := json.Unmarshal([]byte(text), &t); err != nil {
			return nil, errorf(1, "%s", jsonMessage(err))
		}
		d, err := s.lsTask(&t, 1, 1)
		if err != nil {
			return nil, err
		}
		return []model.ImportDoc{d}, nil
	}
	var se *json.SyntaxError
	if err := json.Unmarshal([]byte(text), new(struct{})); errors.As(err, &se) {
		return nil, errorf(lineAt([]byte(text), max(int(se.Offset)-1, 0)), "invalid JSON: %s", se.Error())
	}
	dec := json.NewDecoder(strings.NewReader(text))
	lines := &lineCounter{s: text, line: 1}
	var docs []model.ImportDoc
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, errorf(1, "expected a JSON array of Label Studio tasks")
	}
	for n := 1; dec.More(); n++ {
		off := int(dec.InputOffset())
		for off < len(text) && strings.IndexByte(", \t\n", text[off]) >= 0 {
			off++
		}
		line := lines.at(off)
		var t lsTask
		if err := dec.Decode(&t); err != nil {
			return nil, errorf(line, "task %d: %s", n, jsonMessage(err))
		}
		d, err := s.lsTask(&t, n, line)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// lsTask turns task n, which starts on line, into a document: labelled
// regions become sentences carrying each annotator's label, note and
// confidence; the text around them is segmented.
func (s *source) lsTask(t *lsTask, n, line int) (model.ImportDoc, *Error) {
	d := model.ImportDoc{Title: t.Data.Title}
	if t.Data.Text == nil {
		return d, errorf(line, "task %d: no data.text", n)
	}
	regions := map[[2]int]*lsRegion{}
	for _, a := range t.Annotations {
		if a.WasCancelled {
			continue
		}
		if err := addLSResults(regions, annotatorName(a.Annotator, a.CompletedBy), a.Result); err != nil {
			return d, errorf(line, "task %d: %s", n, err.Msg)
		}
	}
	sorted := slices.SortedFunc(maps.Values(regions), func(a, b *lsRegion) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
	})
	raw := *t.Data.Text
	b := &builder{lang: s.lang(t.Data.Lang, raw)}
	c := &runeCursor{s: raw}
	prev := 0
	for _, r := range sorted {
		if !c.toRune(r.start) {
			return d, errorf(line, "task %d: region %d..%d overlaps another or is outside the text", n, r.start, r.end)
		}
		from := c.at
		if !c.toRune(r.end) {
			return d, errorf(line, "task %d: region %d..%d is outside the text", n, r.start, r.end)
		}
		if r.text != "" && raw[from:c.at] != r.text {
			return d, errorf(line, "task %d: region %d..%d holds %s, not %s (offsets must be code points)", n, r.start, r.end, quote(raw[from:c.at]), quote(r.text))
		}
		b.gap(raw[prev:from])
		i, ok := b.sentence(raw[from:c.at], "")
		if !ok {
			return d, errorf(line, "task %d: region %d..%d is blank", n, r.start, r.end)
		}
		for _, a := range r.anns {
			a.SentenceIndex = i
			d.Annotations = append(d.Annotations, a)
		}
		prev = c.at
	}
	b.gap(raw[prev:])
	err := b.finish(&d, line)
	return d, err
}

// addLSResults adds one annotator's labelled regions to regions, with the
// note and confidence results that share their ids.
func addLSResults(regions map[[2]int]*lsRegion, who string, results []lsResult) *Error {
	notes, confs := map[string]string{}, map[string]int{}
	for _, r := range results {
		id := rawString(r.ID)
		switch {
		case r.Type == "textarea":
			var texts []string
			if json.Unmarshal(r.Value.Text, &texts) != nil {
				return errorf(0, "textarea result %s: value.text must be an array of strings", quote(id))
			}
			notes[id] = strings.Join(texts, "\n")
		case r.Type == "rating" && r.Value.Rating != nil:
			v := *r.Value.Rating
			if v != math.Trunc(v) {
				return errorf(0, "rating result %s: %v is not a whole number", quote(id), v)
			}
			confs[id] = int(max(min(v, 1e6), -1e6))
		}
	}
	for _, r := range results {
		if r.Type != "labels" {
			continue
		}
		id := rawString(r.ID)
		v := r.Value
		switch {
		case v.Start == nil || v.End == nil || *v.Start < 0 || *v.End <= *v.Start:
			return errorf(0, "labels result %s: missing or empty start..end", quote(id))
		case len(v.Labels) != 1:
			return errorf(0, "labels result %s: %d labels on one region; one expected", quote(id), len(v.Labels))
		}
		a, err := newAnnotation(0, who, v.Labels[0], confs[id], notes[id], "")
		if err != nil {
			return err
		}
		key := [2]int{*v.Start, *v.End}
		reg := regions[key]
		if reg == nil {
			reg = &lsRegion{start: key[0], end: key[1]}
			regions[key] = reg
		}
		var text string
		if json.Unmarshal(v.Text, &text) == nil && reg.text == "" {
			reg.text = text
		}
		reg.anns = mergeAnnotations(reg.anns, []model.Annotation{a})
	}
	return nil
}

// annotatorName is who made an annotation: our export's
// veritag_annotator, else completed_by as Label Studio or an older export
// of ours writes it (an object with an email, whose local part is taken,
// or an id; a member's id; a name); "labelstudio" when none is given.
func annotatorName(veritag string, completedBy json.RawMessage) string {
	if veritag != "" {
		return veritag
	}
	var user struct {
		Email string          `json:"email"`
		ID    json.RawMessage `json:"id"`
	}
	if json.Unmarshal(completedBy, &user) == nil {
		local, _, _ := strings.Cut(user.Email, "@")
		return cmp.Or(local, rawString(user.ID), "labelstudio")
	}
	return cmp.Or(rawString(completedBy), "labelstudio")
}

// lineCounter turns increasing byte offsets of s into line numbers.
type lineCounter struct {
	s         string
	off, line int
}

// at returns the 1-based line of byte offset off (not behind the last one).
func (l *lineCounter) at(off int) int {
	off = min(off, len(l.s))
	l.line += strings.Count(l.s[l.off:off], "\n")
	l.off = off
	return l.line
}
