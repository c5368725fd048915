package export

import (
	"encoding/json"
	"os"
	"testing"
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
			CompletedBy string `json:"completed_by"`
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
			who = append(who, a.CompletedBy)
			for _, r := range a.Result {
				k := key{ti, a.CompletedBy, r.ID}
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
	if notes[key{0, "alice", "s0"}] != note1 || ratings[key{0, "bob", "s0"}] != 2 || ratings[key{0, "alice", "s1"}] != 3 || len(ratings) != 4 || len(notes) != 4 {
		t.Errorf("notes %v ratings %v", notes, ratings)
	}
	if labels[key{1, "bob", "s1"}] != "SPECULATION" {
		t.Errorf("bob's label on 2:1 = %q", labels[key{1, "bob", "s1"}])
	}
}
