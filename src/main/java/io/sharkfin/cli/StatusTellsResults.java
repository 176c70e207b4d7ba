package io.sharkfin.cli;

/**
 * A command whose exit status 1 reports what it found ({@code pack run}: alerts; {@code pack
 * test}: a failed test), not a usage error as elsewhere: a command line it cannot read exits 2,
 * its status for errors, so that a script never takes a typo for a finding.
 */
public interface StatusTellsResults {
}
