package importer

import (
	"strings"
	"testing"
)

// Every shape of annotator Label Studio files carry reads back as a name:
// our veritag_annotator first, else an email's local part, else a
// member's id, else an older export's completed_by name.
func TestLabelStudioAnnotatorShapes(t *testing.T) {
	for _, c := range []struct{ annotation, want string }{
		{`"veritag_annotator":"anna","ground_truth":false,"completed_by":{"email":"someone@example.org"}`, "anna"},
		{`"veritag_annotator":"anna","ground_truth":false`, "anna"},
		{`"completed_by":{"email":"bruno@example.org"}`, "bruno"},
		{`"completed_by":{"id":12,"email":""}`, "12"},
		{`"completed_by":7`, "7"},
		{`"completed_by":"carla"`, "carla"},
		{`"ground_truth":true`, "labelstudio"},
	} {
		task := `[{"data":{"text":"Uno due. Tre quattro."},"annotations":[{` + c.annotation +
			`,"result":[{"id":"s0","from_name":"label","to_name":"text","type":"labels","value":{"start":0,"end":8,"text":"Uno due.","labels":["FACT"]}}]}]}]`
		docs, err := Read(strings.NewReader(task), "tasks.json", Auto, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.annotation, err)
		}
		checkDocs(t, docs)
		if a := docs[0].Annotations; len(a) != 1 || a[0].Annotator != c.want {
			t.Errorf("%s: annotations %+v, want one by %q", c.annotation, a, c.want)
		}
	}
}
