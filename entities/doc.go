// Package entities recognizes and normalizes the actors of diplomatic text:
// countries (ISO 3166 alpha-3, former states by date), international
// organizations (short codes such as UN, NATO, EU) and leaders with the role
// they held on a given date.
package entities
