package export

import "github.com/veritag/veritag/data/model"

// filter drops annotations without a label and, when annotator is set,
// those of other annotators together with adjudicated labels. It copies
// only when something is dropped; d itself is never modified.
func filter(d model.DocumentRecord, annotator string) model.DocumentRecord {
	keep := func(a model.Annotation) bool {
		return a.Label != "" && (annotator == "" || a.Annotator == annotator)
	}
	changed := false
	for _, s := range d.Sentences {
		if annotator != "" && s.Adjudicated != "" {
			changed = true
		}
		for _, a := range s.Annotations {
			if !keep(a) {
				changed = true
			}
		}
	}
	if !changed {
		return d
	}
	sentences := make([]model.AnnotatedSentence, len(d.Sentences))
	for i, s := range d.Sentences {
		s.Annotations = nil
		for _, a := range d.Sentences[i].Annotations {
			if keep(a) {
				s.Annotations = append(s.Annotations, a)
			}
		}
		if annotator != "" {
			s.Adjudicated = ""
		}
		sentences[i] = s
	}
	d.Sentences = sentences
	return d
}

// annotated reports whether a filtered sentence carries a label.
func annotated(s model.AnnotatedSentence) bool {
	return len(s.Annotations) > 0 || s.Adjudicated != ""
}
