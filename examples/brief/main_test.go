package main

import (
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
