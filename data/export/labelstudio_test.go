package export

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"reflect"
	"strconv"
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestLabelStudio(t *testing.T) {
	out := tempOut(t, "ls.json")
	docs := sampleDocs(t)
	export(t, "labelstudio", out, Options{}, docs)
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var tasks []struct {
		Data struct {
			Text  string `json:"text"`
			Title string `json:"title"`
		} `json:"data"`
		Annotations []struct {
			Annotator   string           `json:"veritag_annotator"`
			GroundTruth *bool            `json:"ground_truth"`
			CompletedBy *json.RawMessage `json:"completed_by"`
			Result      []struct {
				ID       string `json:"id"`
				FromName string `json:"from_name"`
				ToName   string `json:"to_name"`
				Type     string `json:"type"`
				Value    struct {
					Start  int             `json:"start"`
					End    int             `json:"end"`
					Text   json.RawMessage `json:"text"`
					Labels []string        `json:"labels"`
					Rating int             `json:"rating"`
				} `json:"value"`
			} `json:"result"`
		} `json:"annotations"`
	}
	if err := json.NewDecoder(f).Decode(&tasks); err != nil {
		t.Fatal(err)
	}
	if len(tasks) != 2 || tasks[0].Data.Text != text1 || tasks[1].Data.Title != "Seconda" {
		t.Fatalf("%d tasks: %+v", len(tasks), tasks)
	}
	type key struct {
		task    int
		who, id string
	}
	labels := map[key]string{}
	notes := map[key]string{}
	ratings := map[key]int{}
	var who []string
	for ti, task := range tasks {
		for _, a := range task.Annotations {
			who = append(who, a.Annotator)
			if a.GroundTruth == nil || *a.GroundTruth {
				t.Errorf("%s: ground_truth %v, want false (Label Studio takes a missing one for true)", a.Annotator, a.GroundTruth)
			}
			if a.CompletedBy != nil {
				t.Errorf("%s: completed_by %s without --ls-email-domain (a server refuses the import)", a.Annotator, *a.CompletedBy)
			}
			for _, r := range a.Result {
				k := key{ti, a.Annotator, r.ID}
				if r.ToName != "text" {
					t.Errorf("to_name %q", r.ToName)
				}
				switch r.Type {
				case "labels":
					var text string
					if err := json.Unmarshal(r.Value.Text, &text); err != nil {
						t.Fatal(err)
					}
					if got := slice(t, task.Data.Text, r.Value.Start, r.Value.End); got != text || r.FromName != "label" || len(r.Value.Labels) != 1 {
						t.Errorf("region %v: text[%d:%d] = %q, value.text %q", k, r.Value.Start, r.Value.End, got, text)
					}
					labels[k] = r.Value.Labels[0]
				case "textarea":
					var text []string
					if err := json.Unmarshal(r.Value.Text, &text); err != nil || len(text) != 1 || r.FromName != "note" {
						t.Fatalf("textarea %v: %s", k, r.Value.Text)
					}
					notes[k] = text[0]
				case "rating":
					if r.FromName != "confidence" {
						t.Errorf("rating from %q", r.FromName)
					}
					ratings[k] = r.Value.Rating
				default:
					t.Errorf("result type %q", r.Type)
				}
			}
		}
	}
	wantWho := []string{"alice", "bob", "carol", "alice", "bob"}
	if len(who) != len(wantWho) {
		t.Fatalf("annotations by %v, want %v", who, wantWho)
	}
	for i := range who {
		if who[i] != wantWho[i] {
			t.Errorf("annotations by %v, want %v", who, wantWho)
			break
		}
	}
	if len(labels) != 10 {
		t.Errorf("%d label regions, want 10, one per annotation", len(labels))
	}
	for k := range notes {
		if labels[k] == "" {
			t.Errorf("note %v shares no labels region id", k)
		}
	}
	for k := range ratings {
		if labels[k] == "" {
			t.Errorf("rating %v shares no labels region id", k)
		}
	}
	if notes[key{0, "alice", "s0a0"}] != note1 || ratings[key{0, "bob", "s0a1"}] != 2 || ratings[key{0, "alice", "s1a0"}] != 3 || len(ratings) != 4 || len(notes) != 4 {
		t.Errorf("notes %v ratings %v", notes, ratings)
	}
	if labels[key{1, "bob", "s1a1"}] != "SPECULATION" {
		t.Errorf("bob's label on 2:1 = %q", labels[key{1, "bob", "s1a1"}])
	}
	// Label Studio's frontend keeps a task's regions in one store by id:
	// two annotations' regions must never share one.
	owner := map[[2]string]string{}
	for k := range labels {
		id := [2]string{strconv.Itoa(k.task), k.id}
		if owner[id] != "" && owner[id] != k.who {
			t.Errorf("task %d: region id %q in the annotations of %s and %s", k.task, k.id, owner[id], k.who)
		}
		owner[id] = k.who
	}
}

// With an email domain every annotation names a Label Studio member by
// email, the only form besides a numeric id that a server accepts.
func TestLabelStudioEmailDomain(t *testing.T) {
	out := tempOut(t, "ls.json")
	export(t, "labelstudio", out, Options{LSEmailDomain: "example.org"}, sampleDocs(t))
	var tasks []struct {
		Annotations []map[string]json.RawMessage `json:"annotations"`
	}
	if err := json.Unmarshal([]byte(readFile(t, out)), &tasks); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, task := range tasks {
		for _, a := range task.Annotations {
			var who string
			var by struct {
				Email string `json:"email"`
			}
			if err := json.Unmarshal(a["veritag_annotator"], &who); err != nil {
				t.Fatal(err)
			}
			var fields map[string]any
			if err := json.Unmarshal(a["completed_by"], &fields); err != nil || len(fields) != 1 {
				t.Fatalf("completed_by %s: want an object with only an email", a["completed_by"])
			}
			json.Unmarshal(a["completed_by"], &by)
			if by.Email != who+"@example.org" {
				t.Errorf("completed_by email %q for %q", by.Email, who)
			}
			n++
		}
	}
	if n != 5 {
		t.Errorf("%d annotations, want 5", n)
	}
}

// lsConfig is the part of a Label Studio labeling config our export uses.
type lsConfig struct {
	XMLName xml.Name `xml:"View"`
	Labels  struct {
		Name   string `xml:"name,attr"`
		ToName string `xml:"toName,attr"`
		Label  []struct {
			Value string `xml:"value,attr"`
		} `xml:"Label"`
	} `xml:"Labels"`
	Text struct {
		Name  string `xml:"name,attr"`
		Value string `xml:"value,attr"`
	} `xml:"Text"`
	Region struct {
		TextArea struct {
			Name      string `xml:"name,attr"`
			ToName    string `xml:"toName,attr"`
			PerRegion string `xml:"perRegion,attr"`
		} `xml:"TextArea"`
		Rating struct {
			Name      string `xml:"name,attr"`
			ToName    string `xml:"toName,attr"`
			PerRegion string `xml:"perRegion,attr"`
			MaxRating string `xml:"maxRating,attr"`
		} `xml:"Rating"`
	} `xml:"View"`
}

// The labeling config beside the export names the controls the results
// use: Labels from the label set (and any other label written), a
// per-region TextArea "note" and a per-region Rating "confidence" of 3.
func TestLabelStudioConfig(t *testing.T) {
	out := tempOut(t, "ls.json")
	labels := []model.Label{{Name: "FACT"}, {Name: `A "quoted" & <odd> label`}, {Name: "CLAIM"}}
	export(t, "labelstudio", out, Options{Labels: labels}, sampleDocs(t))
	var c lsConfig
	if err := xml.Unmarshal([]byte(readFile(t, out+".config.xml")), &c); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, l := range c.Labels.Label {
		names = append(names, l.Value)
	}
	if want := []string{"FACT", `A "quoted" & <odd> label`, "CLAIM", "SPECULATION"}; !reflect.DeepEqual(names, want) {
		t.Errorf("labels %q, want %q", names, want)
	}
	if c.Labels.Name != "label" || c.Labels.ToName != "text" || c.Text.Name != "text" || c.Text.Value != "$text" {
		t.Errorf("labels %+v, text %+v", c.Labels, c.Text)
	}
	ta, r := c.Region.TextArea, c.Region.Rating
	if ta.Name != "note" || ta.ToName != "text" || ta.PerRegion != "true" {
		t.Errorf("textarea %+v", ta)
	}
	if r.Name != "confidence" || r.ToName != "text" || r.PerRegion != "true" || r.MaxRating != "3" {
		t.Errorf("rating %+v", r)
	}
}

// Standard output gets the tasks only: there is no path to put a config
// beside.
func TestLabelStudioConfigOnlyBesideAFile(t *testing.T) {
	w, err := New("labelstudio", os.DevNull, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(os.DevNull + ".config.xml"); err == nil {
		t.Errorf("a config was written beside %s", os.DevNull)
	}
}
