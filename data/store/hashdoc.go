package store

import "github.com/veritag/veritag/data/model"

// hashedDoc is a document to store with its content hashes, computed once:
// in a streamed import by the reader's goroutine, off the writer's.
type hashedDoc struct {
	model.ImportDoc
	hash      string   // the text's content hash
	sentences []string // each span's sentence hash
}

// withHash is d with content hash hash and its spans' sentence hashes.
func withHash(d model.ImportDoc, hash string) hashedDoc {
	h := hashedDoc{ImportDoc: d, hash: hash, sentences: make([]string, len(d.Sentences))}
	for i, sp := range d.Sentences {
		h.sentences[i] = SentenceHash(hash, sp.Start, sp.Text)
	}
	return h
}

// checkedDoc is an import document checked (checkImportDoc) and hashed.
type checkedDoc struct {
	hashedDoc
	invalid error // why the document cannot be stored, if it cannot
}

// checkDoc checks and hashes d.
func checkDoc(d model.ImportDoc) checkedDoc {
	if err := checkImportDoc(d); err != nil {
		return checkedDoc{hashedDoc: hashedDoc{ImportDoc: d}, invalid: err}
	}
	return checkedDoc{hashedDoc: withHash(d, DocumentHash(d.Text))}
}
