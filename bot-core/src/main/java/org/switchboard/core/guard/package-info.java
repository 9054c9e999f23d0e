/**
 * The pipeline's guards. {@link org.switchboard.core.guard.InputGuard} is the first step: it decides whether a
 * customer's text can go to an agent at all (length, emptiness, garbage, prompt injection via
 * {@link org.switchboard.core.guard.PromptInjectionDetector}) and cleans it. {@link org.switchboard.core.guard.OutputGuard}
 * is the last: it masks card numbers and removes internal references from every reply before it is stored and sent.
 */
package org.switchboard.core.guard;
