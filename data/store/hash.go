package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// DocumentHash is the content hash of a document's stored (NFC) text.
func DocumentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// SentenceHash is a sentence's stable content hash: the same document text
// segmented the same way gives the same hashes in every database, so work
// can be merged. The start offset keeps repeated sentences apart.
func SentenceHash(docHash string, start int, text string) string {
	h := sha256.New()
	h.Write([]byte(docHash))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(start)))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil)[:16])
}
