package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplomacy-go/diplomacy"
)

func TestBriefSample(t *testing.T) {
	ref, _ := time.Parse("2006-01-02", samplePublished)
	doc, err := diplomacy.Parse(sample, ref)
	require.NoError(t, err)
	out := Brief(doc)
	for _, want := range []string{
		"Brazil, India agree to deepen trade and energy partnership\n",
		"2024-03-14, filed from BRASILIA (Brazil)",
		"Narendra Modi, prime minister of India",
		"Who said what",
	} {
		assert.Contains(t, out, want)
	}
	assert.False(t, strings.Contains(out, "\n\n\n"), "empty sections are left out")
}

func TestBriefEmpty(t *testing.T) {
	doc, err := diplomacy.Parse("Nothing to report.", time.Time{})
	require.NoError(t, err)
	out := Brief(doc)
	assert.True(t, strings.HasPrefix(out, "(untitled)\n"))
	assert.NotContains(t, out, "Who said what")
}

// TestREADME keeps the brief shown in the README in step with the program.
func TestREADME(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	readme := string(b)
	const head = "## The brief of the built-in article\n\n```\n"
	i := strings.Index(readme, head)
	require.GreaterOrEqual(t, i, 0, "README has no brief section")
	rest := readme[i+len(head):]
	shown := rest[:strings.Index(rest, "```")]
	ref, _ := time.Parse("2006-01-02", samplePublished)
	doc, err := diplomacy.Parse(sample, ref)
	require.NoError(t, err)
	assert.Equal(t, shown, Brief(doc), "update the README's brief: go run ./examples/brief")
}
