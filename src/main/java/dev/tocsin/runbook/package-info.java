/**
 * Runbooks written in Markdown, read into scenarios whose fenced commands are steps that Tocsin
 * can run: diagnosis by itself when an incident opens, destructive fixes after a second lead
 * approves. The format is in docs/runbooks.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Runbook")
package dev.tocsin.runbook;
