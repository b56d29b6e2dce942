package diplomacy

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/diplomacy-go/diplomacy/entities"
)

// DefaultMaxBytes is the default size limit of one input text (8 MiB).
const DefaultMaxBytes = 8 << 20

// Errors returned for input that cannot be parsed. They are wrapped in an
// *InputError that says where the problem is; test with errors.Is.
var (
	ErrEmpty       = errors.New("diplomacy: empty or blank text")
	ErrInvalidUTF8 = errors.New("diplomacy: invalid UTF-8")
	ErrNUL         = errors.New("diplomacy: NUL byte in text")
	ErrTooLarge    = errors.New("diplomacy: text over the size limit")
)

// InputError reports why an input text was rejected and at which byte.
type InputError struct {
	Err    error // one of ErrEmpty, ErrInvalidUTF8, ErrNUL, ErrTooLarge
	Offset int   // byte offset of the problem (the limit, for ErrTooLarge)
	Line   int   // 1-based line of Offset
	Column int   // 1-based byte column of Offset
}

// Error describes the problem and where it is.
func (e *InputError) Error() string {
	switch e.Err {
	case ErrEmpty:
		return e.Err.Error()
	case ErrTooLarge:
		return fmt.Sprintf("%v (limit %d bytes)", e.Err, e.Offset)
	}
	return fmt.Sprintf("%v at byte %d (line %d, column %d)", e.Err, e.Offset, e.Line, e.Column)
}

// Unwrap returns the sentinel error.
func (e *InputError) Unwrap() error { return e.Err }

// Options configures a Parser. The zero value means the defaults.
type Options struct {
	// MaxBytes is the largest text accepted; 0 means DefaultMaxBytes.
	MaxBytes int
	// Entities resolves countries, organizations and leaders; nil means
	// entities.Default(). Build one with entities.New to add dictionary
	// entries of your own.
	Entities *entities.Resolver
}

// Parser turns texts into Documents. It is immutable once built and safe
// for concurrent use by many goroutines.
type Parser struct {
	maxBytes int
	ent      *entities.Resolver
}

// NewParser builds a Parser from opt. It loads the built-in tables and
// lexicons the first time it is called in a program (about 20 ms), so
// that Parse never pays for loading them.
func NewParser(opt Options) (*Parser, error) {
	p := &Parser{maxBytes: opt.MaxBytes, ent: opt.Entities}
	if p.maxBytes < 0 {
		return nil, fmt.Errorf("diplomacy: Options.MaxBytes is negative (%d)", p.maxBytes)
	}
	if p.maxBytes == 0 {
		p.maxBytes = DefaultMaxBytes
	}
	var wg sync.WaitGroup
	wg.Go(warmLexicons)
	if p.ent == nil {
		p.ent = entities.Default()
	}
	wg.Wait()
	return p, nil
}

var defaultParser = sync.OnceValue(func() *Parser {
	p, _ := NewParser(Options{}) // the zero Options are always valid
	return p
})

// Parse parses one text with the default options. published is the
// reference date for relative expressions and date-dependent facts; the
// zero time means none (the dateline's date is used when it has one).
func Parse(text string, published time.Time) (*Document, error) {
	return defaultParser().Parse(text, published)
}

// check validates the input text.
func (p *Parser) check(s string) error {
	if len(s) > p.maxBytes {
		return &InputError{Err: ErrTooLarge, Offset: p.maxBytes}
	}
	if strings.TrimSpace(s) == "" {
		return &InputError{Err: ErrEmpty}
	}
	if strings.IndexByte(s, 0) < 0 && utf8.ValidString(s) {
		return nil // the common case, checked at memory speed
	}
	line, col := 1, 1
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0 {
			return &InputError{Err: ErrNUL, Offset: i, Line: line, Column: col}
		}
		if c < utf8.RuneSelf {
			if c == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return &InputError{Err: ErrInvalidUTF8, Offset: i, Line: line, Column: col}
		}
		i += size
		col += size
	}
	return nil
}
