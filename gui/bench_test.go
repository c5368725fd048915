package gui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
)

// article is a generated article of n sentences in paragraphs of five,
// with a heading every twenty.
func article(n int) model.ImportDoc {
	var text strings.Builder
	var spans []model.Span
	pos := 0
	for i := range n {
		sep := " "
		if i%5 == 0 {
			sep = "\n"
		}
		s := fmt.Sprintf("Sentence %d says that the ministry could announce new figures on troops and agreements soon.", i)
		if i%20 == 0 {
			s = fmt.Sprintf("Heading number %d", i)
		}
		if i > 0 {
			text.WriteString(sep)
			pos++
		}
		spans = append(spans, model.Span{Start: pos, End: pos + len([]rune(s)), Text: s})
		text.WriteString(s)
		pos += len([]rune(s))
	}
	return model.ImportDoc{Title: "Long article", Lang: "en", Text: text.String(), Sentences: spans}
}

func BenchmarkOpenArticle5000(b *testing.B) {
	f := newFakeBackend()
	f.ImportDocs(context.Background(), []model.ImportDoc{article(5000)}, nil)
	u := newTestUI(b, f)
	id := u.docs[0].ID
	for b.Loop() {
		u.open(id, 2500)
	}
	if len(u.sents) != 5000 || len(u.article.rows) != 5000 || u.selected != 2500 {
		b.Fatalf("not shown: %d sentences, %d rows", len(u.sents), len(u.article.rows))
	}
}

func BenchmarkTag(b *testing.B) {
	st := openStore(b, filepath.Join(b.TempDir(), "v.db"), 5000)
	u := newTestUI(b, st)
	labels := []string{"1", "2", "3"}
	i := 0
	for b.Loop() {
		press(u, labels[i%3])
		i++
		if u.selected == len(u.sents)-1 {
			u.selectSentence(0)
		}
	}
}
