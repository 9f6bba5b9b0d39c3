/**
 * The papers' claims as the labs test them: a {@link dev.ste4j.lab.claim.Claim} pairs one claim with its measurement
 * and the {@link dev.ste4j.lab.claim.Verdict} a written rule computed from it. Each lab owns the rules for its paper;
 * the report only shows them.
 */
package dev.ste4j.lab.claim;
